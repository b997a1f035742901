import { loadConfig, ConfigError } from './common/config/app-config.js';
import { createApp } from './app.factory.js';

let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
const app = await createApp(config);
await app.listen(config.PORT, config.HOST);
console.log(`xiaoqu API listening on http://${config.HOST}:${config.PORT}/api (docs: /api/docs)`);
