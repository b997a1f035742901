import { Module } from '@nestjs/common';
import { WechatClient } from './wechat.client.js';

/** WeChat's server APIs (login, subscribe messages) through one HTTP client. */
@Module({ providers: [WechatClient], exports: [WechatClient] })
export class WechatModule {}
