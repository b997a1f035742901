/**
 * Where to go after logging in: the page the user wanted when the login page was opened, remembered in the login
 * page's own URL (`?back=…`), so that it survives an h5 reload. Pure, so that its allow rules are tested.
 */

export const LOGIN_PAGE = '/pages/login/index';
export const HOME_PAGE = '/pages/home/index';

/** The tab bar's pages (app.config.ts): reached with switchTab, which takes no query. */
export const TAB_PAGES: readonly string[] = [
  HOME_PAGE,
  '/pages/disclosure/index',
  '/pages/deliberation/index',
  '/pages/complaint/index',
  '/pages/mine/index',
];

/** The login page's parameter that carries the page to return to. */
export const BACK_PARAM = 'back';

export interface ReturnTarget {
  /** A page of this app with its query, ready for reLaunch (or switchTab when `tab`). */
  url: string;
  tab: boolean;
}

export const HOME_TARGET: ReturnTarget = { url: HOME_PAGE, tab: true };

/** Every page of this app is `segment/…/index`; nothing else (no scheme, no `//host`, no `..`) is allowed. */
const PAGE_PATH = /^\/(?:[A-Za-z0-9_-]+\/)+index$/;
const QUERY_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Taro's own parameters (h5 `stamp`, `$taroTimestamp`), not the page's. */
const TARO_KEYS = new Set(['stamp']);

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    query[key] = at < 0 ? '' : pair.slice(at + 1);
  }
  return query;
}

/** A route as Taro reports it ('pages/x/index', maybe '?…' after it) as a page path with a leading slash. */
function pagePath(path: string): string {
  const bare = path.split('?')[0].trim();
  return bare.startsWith('/') ? bare : `/${bare}`;
}

/** Whether `path` (a route as Taro reports it) is the login page. */
export function isLoginPage(path: string | null | undefined): boolean {
  return typeof path === 'string' && pagePath(path) === LOGIN_PAGE;
}

/**
 * The page to return to after login, or null when there is none to return to (the login page itself, a path that
 * is not a page of this app). `path` is the page's route as Taro reports it (with or without a leading slash, maybe
 * with a query); `query` its parameters as the platform hands them over (still URL-encoded on weapp and h5).
 * Tab pages are returned without a query (switchTab takes none).
 */
export function returnTarget(
  path: string | null | undefined,
  query: Record<string, unknown> | null | undefined = {},
): ReturnTarget | null {
  if (typeof path !== 'string') return null;
  const at = path.indexOf('?');
  const page = pagePath(path);
  if (!PAGE_PATH.test(page) || page === LOGIN_PAGE) return null;
  if (TAB_PAGES.includes(page)) return { url: page, tab: true };

  const merged: Record<string, unknown> = { ...(at < 0 ? {} : parseQuery(path.slice(at + 1))), ...query };
  const parts: string[] = [];
  for (const [key, value] of Object.entries(merged)) {
    if (!QUERY_KEY.test(key) || TARO_KEYS.has(key)) continue;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = decodeOnce(String(value));
    if (text === '') continue;
    parts.push(`${key}=${encodeURIComponent(text)}`);
  }
  return { url: parts.length ? `${page}?${parts.join('&')}` : page, tab: false };
}

/** The login page's URL, remembering `target` (the plain login page when there is none). */
export function loginUrl(target: ReturnTarget | null): string {
  if (!target || target.url === HOME_PAGE) return LOGIN_PAGE;
  return `${LOGIN_PAGE}?${BACK_PARAM}=${encodeURIComponent(target.url)}`;
}

/**
 * Where the login page sends the user once logged in: its `back` parameter checked again by the same rules (it is
 * part of a URL anyone can type), else the home page. Accepts the value still encoded (as Taro hands it over) or
 * already decoded.
 */
export function targetAfterLogin(back: unknown): ReturnTarget {
  if (typeof back !== 'string' || !back) return HOME_TARGET;
  const url = back.startsWith('/') ? back : decodeOnce(back);
  if (!url.startsWith('/')) return HOME_TARGET;
  return returnTarget(url) ?? HOME_TARGET;
}
