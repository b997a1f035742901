// What Taro's h5 build sets; components branch on it.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';

// Taro's <Input> is a Stencil web component: in jsdom it sometimes upgrades after a test has unmounted it and then
// logs a TypeError from its own value watcher. That noise says nothing about our code; everything else still shows.
const originalError = console.error;
console.error = (...args) => {
  const text = args.map((a) => (a && a.stack) || String(a)).join(' ');
  if (text.includes('taro-input-core')) return;
  originalError(...args);
};
