// 关怀模式 (issue 12 §2): every font size in our styles and NutUI's is multiplied by `--xq-font-scale` and is at least
// `--xq-font-min`; both are unset (1 and 0) unless the elder-friendly mode sets them (services/care-mode.ts). Sizes
// relative to the parent (em, %, keywords) follow by themselves.
const SCALE = 'var(--xq-font-scale, 1)';
const FLOOR = 'var(--xq-font-min, 0px)';
const ABSOLUTE = /(?:\d|\))\s*(?:px|rpx|rem|PX|vw)\b|^var\(/;

/** @type {import('postcss').PluginCreator<void>} */
module.exports = () => ({
  postcssPlugin: 'xq-font-scale',
  Declaration: {
    'font-size'(decl) {
      const value = decl.value.trim();
      if (value.includes('--xq-font-scale') || !ABSOLUTE.test(value)) return;
      decl.value = `max(calc(${value} * ${SCALE}), ${FLOOR})`;
    },
  },
});
module.exports.postcss = true;
