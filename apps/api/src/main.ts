import { loadConfig, ConfigError, type AppConfig } from './common/config/app-config.js';
import { createApp } from './app.factory.js';
import { seedDemo } from './demo/seed.js';

let config: AppConfig;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const app = await createApp(config);
// Modules register their parts (publication content builders…) on init: the demo seed uses them before listen().
await app.init();
if (config.DEMO_SEED) {
  const seeded = await seedDemo(app);
  console.log(seeded ? 'demo data written' : 'demo data already present');
}
await app.listen(config.PORT, config.HOST);
console.log(`xiaoqu API listening on http://${config.HOST}:${config.PORT}/api (OpenAPI: /api/docs)`);
