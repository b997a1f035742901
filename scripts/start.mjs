// `npm start`: builds everything, then runs the API on an embedded SQLite file with the demo data and dev login,
// serving the h5 build of the mini program from the same address. Ctrl-C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '3000';
const run = (args, env = {}) => {
  console.log(`\n> npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) {
  run(['run', 'build', '-w', 'libs/shared']);
  run(['run', 'build', '-w', 'apps/api']);
  run(['run', 'build:h5', '-w', 'apps/miniprogram']);
}

// The demo's data key lives beside its database, so a restart can read what the last run wrote.
const dataDir = join(root, '.data');
mkdirSync(dataDir, { recursive: true });
const keyFile = join(dataDir, 'pii.key');
if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 });

const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: port,
  HOST: process.env.HOST ?? '127.0.0.1',
  DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dataDir, 'xiaoqu.sqlite')}`,
  PII_KEY: process.env.PII_KEY ?? readFileSync(keyFile, 'utf8').trim(),
  AUTH_DEV_LOGIN: '1',
  DEMO_SEED: '1',
  H5_DIR: join(root, 'apps/miniprogram/dist-h5'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
const api = spawn(process.execPath, ['apps/api/dist/main.js'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
api.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('listening')) {
    console.log(
      `\n小区共治 demo is up. Open http://${env.HOST}:${port}/ in a browser (phone-sized window), pick a persona.`,
    );
    console.log(`API: http://${env.HOST}:${port}/api  ·  OpenAPI: http://${env.HOST}:${port}/api/docs\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
