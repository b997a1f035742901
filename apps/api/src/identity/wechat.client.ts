import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { ErrorCode } from '@xiaoqu/shared';

interface Code2SessionAnswer {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/** WeChat's documented error answers of jscode2session, and what they mean for our user. */
const ERRCODES: Record<number, ErrorCode> = {
  40029: 'WECHAT_CODE_INVALID',
  40163: 'WECHAT_CODE_INVALID',
  45011: 'WECHAT_RATE_LIMITED',
  40226: 'WECHAT_USER_BLOCKED',
};

/**
 * WeChat's server API over real HTTP. The base URL is configurable so that tests, and a private deployment
 * behind a proxy, can point it elsewhere.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);

  constructor(private readonly config: AppConfig) {}

  /** Exchanges a wx.login code for the user's openid (the session key is not kept: we do not need it). */
  async code2Session(code: string): Promise<{ openid: string; unionid?: string }> {
    const { WECHAT_APPID, WECHAT_SECRET, WECHAT_API_BASE_URL } = this.config;
    if (!WECHAT_APPID || !WECHAT_SECRET) throw new DomainException('WECHAT_UNAVAILABLE', '服务器未配置微信登录');
    const url = new URL('/sns/jscode2session', WECHAT_API_BASE_URL);
    url.search = new URLSearchParams({
      appid: WECHAT_APPID,
      secret: WECHAT_SECRET,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
    let answer: Code2SessionAnswer;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.config.WECHAT_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      answer = (await response.json()) as Code2SessionAnswer;
    } catch (err) {
      this.logger.warn(`jscode2session unreachable: ${(err as Error).message}`);
      throw new DomainException('WECHAT_UNAVAILABLE');
    }
    if (answer.errcode) {
      this.logger.warn(`jscode2session errcode ${answer.errcode}: ${answer.errmsg ?? ''}`);
      throw new DomainException(ERRCODES[answer.errcode] ?? 'WECHAT_LOGIN_FAILED');
    }
    if (!answer.openid) throw new DomainException('WECHAT_LOGIN_FAILED');
    return { openid: answer.openid, ...(answer.unionid ? { unionid: answer.unionid } : {}) };
  }
}
