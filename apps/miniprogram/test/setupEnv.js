// What Taro's h5 build sets; components branch on it.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
