import Taro from '@tarojs/taro';
import { answerPrivacy, installPrivacyHandler, subscribePrivacy } from './privacy';

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { onNeedPrivacyAuthorization: jest.fn(), showToast: jest.fn(async () => undefined) },
}));

type Listener = Parameters<typeof Taro.onNeedPrivacyAuthorization>[0];

describe('privacy authorization (weapp)', () => {
  let needAuthorization: Listener;

  beforeAll(() => {
    process.env.TARO_ENV = 'weapp';
    installPrivacyHandler();
    needAuthorization = jest.mocked(Taro.onNeedPrivacyAuthorization).mock.calls[0][0];
  });
  afterAll(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('holds the API until the popup of the page is answered, then passes the agree button id', () => {
    const popup = jest.fn();
    const unsubscribe = subscribePrivacy(popup);
    const resolve = jest.fn();
    needAuthorization(resolve, { referrer: 'chooseMessageFile' });
    expect(popup).toHaveBeenLastCalledWith(true);
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' });

    answerPrivacy(true, 'xq-privacy-agree');
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'xq-privacy-agree' });
    expect(popup).toHaveBeenLastCalledWith(false);
    unsubscribe();
  });

  it('refuses at once, with a toast, on a page without a popup', () => {
    const resolve = jest.fn();
    needAuthorization(resolve, { referrer: 'chooseMessageFile' });
    expect(resolve).toHaveBeenCalledWith({ event: 'disagree' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请先同意隐私保护指引' }));
  });

  it('a refusal answers every waiting API', () => {
    const unsubscribe = subscribePrivacy(jest.fn());
    const first = jest.fn();
    const second = jest.fn();
    needAuthorization(first, { referrer: 'a' });
    needAuthorization(second, { referrer: 'b' });
    answerPrivacy(false);
    expect(first).toHaveBeenLastCalledWith({ event: 'disagree' });
    expect(second).toHaveBeenLastCalledWith({ event: 'disagree' });
    unsubscribe();
  });
});
