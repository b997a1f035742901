/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// One run for every workspace; each workspace keeps its own config beside its code.
// Run with NODE_OPTIONS=--experimental-vm-modules (the API is ESM-only): `npm test` does.
const config: Config = {
  projects: ['<rootDir>/libs/shared', '<rootDir>/apps/api', '<rootDir>/apps/miniprogram'],
  // Global options (a project's own testTimeout is not read in a multi-project run): API suites start an app and
  // seed a database in their hooks, which on a busy machine on MariaDB takes longer than Jest's 5 s default.
  testTimeout: 60_000,
  // A hook that failed leaves its app's sockets open; exit anyway rather than let CI wait for ever.
  forceExit: true,
};

export default config;
