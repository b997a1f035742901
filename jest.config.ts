/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// One run for every workspace; each workspace keeps its own config beside its code.
// Run with NODE_OPTIONS=--experimental-vm-modules (the API is ESM-only): `npm test` does.
const config: Config = {
  projects: ['<rootDir>/libs/shared', '<rootDir>/apps/api', '<rootDir>/apps/miniprogram'],
};

export default config;
