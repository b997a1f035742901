import Taro from '@tarojs/taro';
import { ERROR_MESSAGES, type DevLoginRequest, type LoginResponse, type WechatLoginRequest } from '@xiaoqu/shared';
import { ApiError, createApiClient, LOGIN_REQUIRED_MESSAGE, type PlainPost } from './request';
import { idempotentPost } from './idempotent';
import { isLoginPage, LOGIN_PAGE, loginUrl, returnTarget } from './return-target';
import { storageSessions, taroTransport } from './transport';

const IS_H5 = process.env.TARO_ENV === 'h5';
export { LOGIN_PAGE };
const PERSONA_KEY = 'xiaoqu.persona';

/** The persona chosen on the h5 demo's login page. */
export function currentPersona(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(PERSONA_KEY);
    return typeof value === 'string' && value ? value : null;
  } catch {
    return null;
  }
}

async function authenticate(post: PlainPost): Promise<LoginResponse> {
  if (IS_H5) {
    const openid = currentPersona();
    if (!openid) throw new ApiError('LOGIN_REQUIRED', LOGIN_REQUIRED_MESSAGE, 401);
    return post<LoginResponse>('/api/auth/dev-login', { openid } satisfies DevLoginRequest);
  }
  let code: string;
  try {
    code = (await Taro.login()).code;
  } catch {
    throw new ApiError('WECHAT_LOGIN_FAILED', ERROR_MESSAGES.WECHAT_LOGIN_FAILED, 0);
  }
  return post<LoginResponse>('/api/auth/wechat-login', { code } satisfies WechatLoginRequest);
}

let openingLogin = false;
/** Opens the login page, remembering the page (and its query) the user was on, to return there once logged in. */
function openLoginPage() {
  // Only the h5 demo has a login page; on weapp a refused wx.login is shown where it happened.
  if (!IS_H5 || openingLogin) return;
  const router = Taro.getCurrentInstance().router;
  // A refused login on the login page itself is shown there; reopening it would lose the page to return to.
  if (isLoginPage(router?.path)) return;
  openingLogin = true;
  void Taro.reLaunch({ url: loginUrl(router ? returnTarget(router.path, router.params) : null) }).finally(() => {
    openingLogin = false;
  });
}

export const client = createApiClient({
  baseUrl: IS_H5 ? '' : (process.env.TARO_APP_API_BASE_URL ?? ''),
  transport: taroTransport,
  sessions: storageSessions,
  authenticate,
  onLoginRequired: openLoginPage,
});

/** h5 demo: log in as one of the seeded personas. */
export async function loginAsPersona(openid: string): Promise<void> {
  client.logout();
  Taro.setStorageSync(PERSONA_KEY, openid);
  await client.login();
}

/** h5 demo: forget the persona and the session. */
export function forgetPersona(): void {
  client.logout();
  Taro.removeStorageSync(PERSONA_KEY);
}

/** A POST that creates a record, sent with one `Idempotency-Key` per tap (see idempotentPost): `post(path, body)`. */
export const keyedPost = <Res>() =>
  idempotentPost<Res>((path, body, key) =>
    client.request<Res>('POST', path, { body, headers: { 'Idempotency-Key': key } }),
  );
