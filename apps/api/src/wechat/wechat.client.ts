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

/** WeChat's content-security verdict. */
export type ContentVerdict = 'pass' | 'review' | 'risky';
const isVerdict = (v: unknown): v is ContentVerdict => v === 'pass' || v === 'review' || v === 'risky';

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
   * POSTs JSON to one of WeChat's server APIs with the app's access token; an expired token (40001, 42001) is
   * renewed once. Returns WeChat's answer, errcode included: what an errcode means is the caller's to decide.
   */
  private async postWithToken<T extends { errcode?: number; errmsg?: string }>(
    path: string,
    body: unknown,
  ): Promise<T> {
    const json = JSON.stringify(body);
    let answer: T = { errcode: -1 } as T;
    for (const renew of [false, true]) {
      const url = new URL(path, this.config.WECHAT_API_BASE_URL);
      url.search = new URLSearchParams({ access_token: await this.token(renew) }).toString();
      answer = await this.getJson<T>(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json,
      });
      if (renew || (answer.errcode !== 40001 && answer.errcode !== 42001)) break;
    }
    return answer;
  }

  /** Sends a one-time subscribe message. A user who did not accept (43101) is an outcome, not an error. */
  async sendSubscribeMessage(message: {
    openid: string;
    templateId: string;
    page: string;
    data: Record<string, { value: string }>;
  }): Promise<SendOutcome> {
    const answer = await this.postWithToken('/cgi-bin/message/subscribe/send', {
      touser: message.openid,
      template_id: message.templateId,
      page: message.page,
      data: message.data,
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    });
    if (!answer.errcode) return { sent: true };
    return { sent: false, errcode: answer.errcode, errmsg: answer.errmsg ?? '' };
  }

  /**
   * msgSecCheck (content security 2.0) of a user's text: `pass`, `review` or `risky`. An error answer from WeChat
   * (a bad openid, a limit) is WECHAT_UNAVAILABLE: we do not publish text nobody checked.
   */
  async checkText(openid: string, content: string, scene: 1 | 2 | 3 | 4 = 3): Promise<ContentVerdict> {
    const answer = await this.postWithToken<{ errcode?: number; errmsg?: string; result?: { suggest?: string } }>(
      '/wxa/msg_sec_check',
      { content, version: 2, scene, openid },
    );
    const suggest = answer.result?.suggest;
    if (answer.errcode || !isVerdict(suggest)) {
      this.logger.warn(`msg_sec_check errcode ${answer.errcode ?? '?'}: ${answer.errmsg ?? ''}`);
      throw new DomainException('WECHAT_UNAVAILABLE', '暂时无法完成内容安全检测，请稍后再试');
    }
    return suggest;
  }

  /** mediaCheckAsync of an image WeChat can download from `mediaUrl`; the verdict comes later as an event. */
  async checkImageAsync(openid: string, mediaUrl: string, scene: 1 | 2 | 3 | 4 = 3): Promise<{ traceId: string }> {
    const answer = await this.postWithToken<{ errcode?: number; errmsg?: string; trace_id?: string }>(
      '/wxa/media_check_async',
      { media_url: mediaUrl, media_type: 2, version: 2, scene, openid },
    );
    if (answer.errcode || !answer.trace_id) {
      this.logger.warn(`media_check_async errcode ${answer.errcode ?? '?'}: ${answer.errmsg ?? ''}`);
      throw new DomainException('WECHAT_UNAVAILABLE', '暂时无法完成图片安全检测，请稍后再试');
    }
    return { traceId: answer.trace_id };
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
    const answer = await this.getJson<Code2SessionAnswer>(url);
    if (answer.errcode) {
      this.logger.warn(`jscode2session errcode ${answer.errcode}: ${answer.errmsg ?? ''}`);
      throw new DomainException(ERRCODES[answer.errcode] ?? 'WECHAT_LOGIN_FAILED');
    }
    if (!answer.openid) throw new DomainException('WECHAT_LOGIN_FAILED');
    return { openid: answer.openid, ...(answer.unionid ? { unionid: answer.unionid } : {}) };
  }
}
