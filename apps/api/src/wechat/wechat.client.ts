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

/** The outcome of one subscribe message: sent, or why not (WeChat's errcode when it refused). */
export type SendOutcome = { sent: true } | { sent: false; errcode: number; errmsg: string };

/**
 * WeChat's server API over real HTTP. The base URL is configurable so that tests, and a private deployment
 * behind a proxy, can point it elsewhere.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);
  private accessToken: { value: string; expiresAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;

  constructor(private readonly config: AppConfig) {}

  private async getJson<T>(url: URL, init?: RequestInit): Promise<T> {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.config.WECHAT_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as T;
    } catch (err) {
      this.logger.warn(`${url.pathname} unreachable: ${(err as Error).message}`);
      throw new DomainException('WECHAT_UNAVAILABLE');
    }
  }

  /** The app's access token, cached until 5 minutes before it expires; one request at a time renews it. */
  private async token(forceRenew = false): Promise<string> {
    if (!forceRenew && this.accessToken && this.accessToken.expiresAt > Date.now()) return this.accessToken.value;
    this.tokenRequest ??= (async () => {
      const { WECHAT_APPID, WECHAT_SECRET, WECHAT_API_BASE_URL } = this.config;
      if (!WECHAT_APPID || !WECHAT_SECRET) throw new DomainException('WECHAT_UNAVAILABLE', '服务器未配置微信');
      const url = new URL('/cgi-bin/token', WECHAT_API_BASE_URL);
      url.search = new URLSearchParams({
        grant_type: 'client_credential',
        appid: WECHAT_APPID,
        secret: WECHAT_SECRET,
      }).toString();
      const answer = await this.getJson<{
        access_token?: string;
        expires_in?: number;
        errcode?: number;
        errmsg?: string;
      }>(url);
      if (!answer.access_token)
        throw new DomainException('WECHAT_UNAVAILABLE', `微信 access_token 获取失败（${answer.errcode ?? '?'}）`);
      this.accessToken = {
        value: answer.access_token,
        expiresAt: Date.now() + ((answer.expires_in ?? 7200) - 300) * 1000,
      };
      return answer.access_token;
    })().finally(() => {
      this.tokenRequest = null;
    });
    return this.tokenRequest;
  }

  /**
   * Sends a one-time subscribe message. A user who did not accept (43101) is an outcome, not an error; an
   * expired token (40001, 42001) is renewed once.
   */
  async sendSubscribeMessage(message: {
    openid: string;
    templateId: string;
    page: string;
    data: Record<string, { value: string }>;
  }): Promise<SendOutcome> {
    const body = JSON.stringify({
      touser: message.openid,
      template_id: message.templateId,
      page: message.page,
      data: message.data,
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    });
    for (const renew of [false, true]) {
      const url = new URL('/cgi-bin/message/subscribe/send', this.config.WECHAT_API_BASE_URL);
      url.search = new URLSearchParams({ access_token: await this.token(renew) }).toString();
      const answer = await this.getJson<{ errcode?: number; errmsg?: string }>(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (!answer.errcode) return { sent: true };
      if (!renew && (answer.errcode === 40001 || answer.errcode === 42001)) continue;
      return { sent: false, errcode: answer.errcode, errmsg: answer.errmsg ?? '' };
    }
    return { sent: false, errcode: -1, errmsg: 'unreachable' };
  }

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
