import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

// libs/shared is an npm workspace (a symlink outside node_modules): compile it like our own sources.
const sharedDir = path.resolve(__dirname, '../../../libs/shared');

// 关怀模式: font sizes scale with one CSS variable (a local PostCSS plugin, path relative to this app).
const FONT_SCALE = './config/postcss-font-scale.cjs';

// On h5 the API serves the build itself, so requests stay relative ('/api/...').
// On weapp the API lives elsewhere: TARO_APP_API_BASE_URL (https in production).
const apiBaseUrl = process.env.TARO_ENV === 'h5' ? '' : (process.env.TARO_APP_API_BASE_URL ?? 'http://127.0.0.1:3000');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xiaoqu',
    date: '2026-11-26',
    // NutUI is drawn for 375px; everything else for 750px
    designWidth(input) {
      const file = typeof input === 'object' ? input.file : undefined;
      return file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist',
    plugins: [],
    env: {
      TARO_APP_API_BASE_URL: JSON.stringify(apiBaseUrl),
      // Subscribe-message template for "your question was answered"; unset: the mini program does not ask.
      TARO_APP_TPL_QUESTION_ANSWERED: JSON.stringify(process.env.TARO_APP_TPL_QUESTION_ANSWERED ?? ''),
    },
    defineConstants: {},
    // The h5 page's icon (src/index.html links /favicon.svg); the mini program has none.
    copy: {
      patterns: process.env.TARO_ENV === 'h5' ? [{ from: 'src/favicon.svg', to: 'dist-h5/favicon.svg' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedDir] },
      // NutUI's on-demand CSS lands in shared chunks in differing orders; its rules do not depend on order.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        [FONT_SCALE]: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      compile: { include: [sharedDir] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: { autoprefixer: { enable: true, config: {} }, [FONT_SCALE]: { enable: true, config: {} } },
      webpackChain(chain) {
        // Pages load lazily on h5: share NutUI and our components between page chunks instead of copying them in each.
        const splitChunks = chain.optimization.get('splitChunks');
        chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' });
      },
    },
  };
  return merge({}, baseConfig, {});
});
