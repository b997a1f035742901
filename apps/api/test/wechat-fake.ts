import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_APPID = 'wx-test-appid';
export const FAKE_SECRET = 'wx-test-secret';

/**
 * A local HTTP server that answers like WeChat's jscode2session, errors included.
 * Codes: `ok:<openid>` succeeds; `used` → 40029; `frequent` → 45011; `risky` → 40226; `busy` → -1;
 * `html` → an HTTP 502 page; `slow` → never answers. A wrong appid or secret → 40013 / 40125.
 */
export async function startWechatFake(): Promise<{ url: string; calls: URL[]; close: () => Promise<void> }> {
  const calls: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    calls.push(url);
    const json = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
