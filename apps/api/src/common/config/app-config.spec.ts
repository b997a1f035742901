import { ConfigError, loadConfig } from './app-config.js';

const KEY = Buffer.alloc(32, 1).toString('base64');

test('defaults fill what is not set, and values are typed', () => {
  const config = loadConfig({ PII_KEY: KEY, PORT: '8080', AUTH_DEV_LOGIN: '1' });
  expect(config).toMatchObject({
    PORT: 8080,
    AUTH_DEV_LOGIN: true,
    DATABASE_URL: 'sqlite:.data/xiaoqu.sqlite',
    NODE_ENV: 'development',
  });
});

test.each([
  [{}, /^Invalid configuration: PII_KEY: PII_KEY must be 32 random bytes/],
  [{ PII_KEY: KEY, PORT: 'eighty' }, /^Invalid configuration: PORT: /],
  [
    { PII_KEY: KEY, DATABASE_URL: 'postgres://x' },
    /^Invalid configuration: DATABASE_URL: DATABASE_URL must be sqlite:<file>, mysql:/,
  ],
  [{ PII_KEY: KEY, WECHAT_API_BASE_URL: 'not a url' }, /^Invalid configuration: WECHAT_API_BASE_URL: /],
  [
    { PII_KEY: KEY, NODE_ENV: 'production', AUTH_DEV_LOGIN: '1', WECHAT_APPID: 'a', WECHAT_SECRET: 'b' },
    /AUTH_DEV_LOGIN must not be on in production/,
  ],
  [{ PII_KEY: KEY, NODE_ENV: 'production' }, /WECHAT_APPID and WECHAT_SECRET are required in production/],
])('a bad setting stops start-up with one line: %j', (env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  try {
    loadConfig(env);
  } catch (err) {
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  }
});
