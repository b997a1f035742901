import { HOME_TARGET, isLoginPage, LOGIN_PAGE, loginUrl, returnTarget, targetAfterLogin } from './return-target';

describe('returnTarget', () => {
  it('keeps a sub-package page with its query (weapp route without a leading slash)', () => {
    expect(returnTarget('disclosure/pages/service/index', { compoundId: '3' })).toEqual({
      url: '/disclosure/pages/service/index?compoundId=3',
      tab: false,
    });
  });

  it('reads the query of an h5 route and drops Taro’s own parameters', () => {
    expect(
      returnTarget('/deliberation/pages/proposal/index?id=7&stamp=2', { pollId: 4, $taroTimestamp: 1712 }),
    ).toEqual({ url: '/deliberation/pages/proposal/index?id=7&pollId=4', tab: false });
  });

  it('encodes values exactly once, whether handed over encoded or not', () => {
    expect(returnTarget('/staff/pages/work/index', { q: '%E4%B8%80%20%E4%BA%8C' })?.url).toBe(
      '/staff/pages/work/index?q=%E4%B8%80%20%E4%BA%8C',
    );
    expect(returnTarget('/staff/pages/work/index', { q: '一 二' })?.url).toBe(
      '/staff/pages/work/index?q=%E4%B8%80%20%E4%BA%8C',
    );
  });

  it('skips empty values, objects and odd keys', () => {
    expect(returnTarget('/complaint/pages/detail/index', { id: '5', empty: '', obj: { a: 1 }, 'a&b': '1' })?.url).toBe(
      '/complaint/pages/detail/index?id=5',
    );
  });

  it('returns to tab pages without a query, for switchTab', () => {
    expect(returnTarget('pages/mine/index', { tab: '2' })).toEqual({ url: '/pages/mine/index', tab: true });
    expect(returnTarget('/pages/home/index')).toEqual(HOME_TARGET);
  });

  it('never returns to the login page', () => {
    expect(returnTarget(LOGIN_PAGE, { back: '/pages/mine/index' })).toBeNull();
    expect(returnTarget('pages/login/index?back=x')).toBeNull();
  });

  it('allows only pages of this app', () => {
    for (const path of [
      'https://evil.example/index',
      '//evil.example/pages/index',
      '/pages/../index',
      '/pages/home/index.html',
      '/pages/home',
      'javascript:alert(1)//index',
      '',
      '/',
    ]) {
      expect(returnTarget(path)).toBeNull();
    }
    expect(returnTarget(undefined)).toBeNull();
    expect(returnTarget(null, { id: 1 })).toBeNull();
  });
});

describe('isLoginPage', () => {
  it('recognises the login page however Taro writes its route', () => {
    expect(isLoginPage('pages/login/index')).toBe(true);
    expect(isLoginPage('/pages/login/index?stamp=1')).toBe(true);
    expect(isLoginPage('/pages/home/index')).toBe(false);
    expect(isLoginPage(undefined)).toBe(false);
  });
});

describe('loginUrl and targetAfterLogin', () => {
  it('carries the page through the login page’s URL and back', () => {
    const target = returnTarget('/disclosure/pages/period/index', { id: '12', from: '公开 页' });
    const url = loginUrl(target);
    expect(url.startsWith(`${LOGIN_PAGE}?back=`)).toBe(true);
    // Taro hands the parameter over still encoded (weapp and h5 alike); an already decoded one works too.
    const raw = url.slice(url.indexOf('=') + 1);
    expect(targetAfterLogin(raw)).toEqual(target);
    expect(targetAfterLogin(decodeURIComponent(raw))).toEqual(target);
  });

  it('opens the plain login page when there is nowhere particular to return to', () => {
    expect(loginUrl(null)).toBe(LOGIN_PAGE);
    expect(loginUrl(HOME_TARGET)).toBe(LOGIN_PAGE);
  });

  it('checks the parameter again: anyone can type it', () => {
    expect(targetAfterLogin(undefined)).toEqual(HOME_TARGET);
    expect(targetAfterLogin('')).toEqual(HOME_TARGET);
    expect(targetAfterLogin(encodeURIComponent('https://evil.example/pages/index'))).toEqual(HOME_TARGET);
    expect(targetAfterLogin('%2F%2Fevil.example%2Fpages%2Findex')).toEqual(HOME_TARGET);
    expect(targetAfterLogin(encodeURIComponent('/pages/login/index?back=%2Fpages%2Fmine%2Findex'))).toEqual(
      HOME_TARGET,
    );
    expect(targetAfterLogin('%E0%A4%A')).toEqual(HOME_TARGET);
    expect(targetAfterLogin(encodeURIComponent('/pages/complaint/index'))).toEqual({
      url: '/pages/complaint/index',
      tab: true,
    });
  });
});
