import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_APPID = 'wx-test-appid';
export const FAKE_SECRET = 'wx-test-secret';

/**
 * A local HTTP server that answers like WeChat's jscode2session, errors included.
 * Codes: `ok:<openid>` succeeds; `used` → 40029; `frequent` → 45011; `risky` → 40226; `busy` → -1;
 * `html` → an HTTP 502 page; `slow` → never answers. A wrong appid or secret → 40013 / 40125.
 */
export interface SentMessage {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
}

export interface WechatFake {
  url: string;
  calls: URL[];
  /** Subscribe messages WeChat accepted. */
  sent: SentMessage[];
  /** Photos sent to media_check_async: the link WeChat would download, and the trace id it answered. */
  mediaChecks: { mediaUrl: string; traceId: string; openid: string }[];
  /** Texts sent to msg_sec_check. */
  textChecks: string[];
  /** Makes every access token issued so far invalid (as when WeChat rotates it): the next send answers 40001. */
  revokeTokens(): void;
  close(): Promise<void>;
}

/**
 * Also `/cgi-bin/token` (client_credential) and `/cgi-bin/message/subscribe/send`: an unknown token → 40001,
 * an openid starting with `refuser` → 43101 (the user did not accept the template).
 * And the content checks (2.0): `/wxa/msg_sec_check` answers `risky` for text containing 违禁, `review` for 待审,
 * `pass` otherwise, and errcode 61010 for an empty openid; `/wxa/media_check_async` answers a trace id
 * (the verdict is posted later by the test, as WeChat's push would), or 40006 for a link that is not http(s).
 */
export async function startWechatFake(): Promise<WechatFake> {
  const calls: URL[] = [];
  const sent: SentMessage[] = [];
  const mediaChecks: WechatFake['mediaChecks'] = [];
  const textChecks: string[] = [];
  let tokens = new Set<string>();
  let issued = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    calls.push(url);
    const json = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/cgi-bin/token') {
      if (url.searchParams.get('appid') !== FAKE_APPID || url.searchParams.get('secret') !== FAKE_SECRET)
        return json({ errcode: 40125, errmsg: 'invalid appsecret' });
      const token = `token-${++issued}`;
      tokens.add(token);
      return json({ access_token: token, expires_in: 7200 });
    }
    if ((url.pathname === '/wxa/msg_sec_check' || url.pathname === '/wxa/media_check_async') && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        if (!tokens.has(url.searchParams.get('access_token') ?? ''))
          return json({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        const body = JSON.parse(raw) as { content?: string; media_url?: string; openid?: string; version?: number };
        if (body.version !== 2 || !body.openid) return json({ errcode: 61010, errmsg: 'openid required' });
        if (url.pathname === '/wxa/msg_sec_check') {
          const content = body.content ?? '';
          textChecks.push(content);
          const suggest = content.includes('违禁') ? 'risky' : content.includes('待审') ? 'review' : 'pass';
          return json({ errcode: 0, errmsg: 'ok', result: { suggest, label: suggest === 'pass' ? 100 : 20001 } });
        }
        if (!/^https?:\/\//.test(body.media_url ?? '')) return json({ errcode: 40006, errmsg: 'invalid media url' });
        const traceId = `trace-${mediaChecks.length + 1}`;
        mediaChecks.push({ mediaUrl: body.media_url!, traceId, openid: body.openid });
        return json({ errcode: 0, errmsg: 'ok', trace_id: traceId });
      });
      return;
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        if (!tokens.has(url.searchParams.get('access_token') ?? ''))
          return json({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        const message = JSON.parse(raw) as SentMessage;
        if (message.touser.startsWith('refuser'))
          return json({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
        sent.push(message);
        return json({ errcode: 0, errmsg: 'ok' });
      });
      return;
    }
    if (url.pathname !== '/sns/jscode2session') return void res.writeHead(404).end();
    const q = url.searchParams;
    if (q.get('appid') !== FAKE_APPID) return json({ errcode: 40013, errmsg: 'invalid appid' });
    if (q.get('secret') !== FAKE_SECRET) return json({ errcode: 40125, errmsg: 'invalid appsecret' });
    if (q.get('grant_type') !== 'authorization_code') return json({ errcode: 40002, errmsg: 'invalid grant_type' });
    const code = q.get('js_code') ?? '';
    if (code.startsWith('ok:')) return json({ openid: code.slice(3), session_key: 'c2Vzc2lvbmtleQ==' });
    if (code === 'used') return json({ errcode: 40029, errmsg: 'invalid code, rid: 1' });
    if (code === 'frequent') return json({ errcode: 45011, errmsg: 'api minute-quota reach limit' });
    if (code === 'risky') return json({ errcode: 40226, errmsg: 'high risk user' });
    if (code === 'busy') return json({ errcode: -1, errmsg: 'system error' });
    if (code === 'html')
      return void res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
    if (code === 'slow') return; // never answers: the client's timeout must end it
    return json({ errcode: 40029, errmsg: 'invalid code' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    sent,
    mediaChecks,
    textChecks,
    revokeTokens: () => {
      tokens = new Set();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
