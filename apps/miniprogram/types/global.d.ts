/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | undefined;
    /** The API origin for weapp builds (h5 builds call the same origin). */
    TARO_APP_API_BASE_URL?: string;
    /** The subscribe-message template id for "your question was answered" (weapp; empty: not asked). */
    TARO_APP_TPL_QUESTION_ANSWERED?: string;
  }
}

/** uCharts ships no types; this is the part the expense chart uses. */
declare module '@qiun/ucharts' {
  export default class UCharts {
    constructor(options: Record<string, unknown>);
  }
}
