const path = require('node:path');

/**
 * Component and service tests in jsdom, run by the root jest.config.ts as the project "miniprogram".
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'miniprogram',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/' },
  testMatch: ['<rootDir>/src/**/*.test.[jt]s?(x)'],
  setupFiles: ['<rootDir>/test/setupEnv.js'],
  // The project's babel config (Taro preset + NutUI on-demand import), also for libs/shared's TypeScript sources.
  transform: {
    '^.+\\.(mjs|cjs|js|jsx|ts|tsx)$': ['babel-jest', { configFile: path.join(__dirname, 'babel.config.js') }],
  },
  // Taro and NutUI ship ESM: let babel-jest transform them (and the tslib copy nested in @tarojs/components/lib/react).
  transformIgnorePatterns: [
    '/node_modules/(?!(@tarojs|@nutui|@stencil|@swc/helpers|swiper|ssr-window|dom7|tslib|\\.pnpm)/)',
  ],
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/test/styleMock.js',
    // The H5 React wrappers of the Taro components (what the h5 build uses)
    '^@tarojs/components$': '@tarojs/components/lib/react',
    // The shared package's sources, so tests need no build of libs/shared
    '^@xiaoqu/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    // libs/shared imports its siblings as './x.js' (Node ESM style)
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // Compile-time constants that Taro's build normally defines
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react',
  },
};
