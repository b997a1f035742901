import Taro from '@tarojs/taro';

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void;
type Listener = (open: boolean) => void;

let waiting: Resolve[] = [];
const listeners = new Set<Listener>();

/**
 * Registers the app's one wx.onNeedPrivacyAuthorization listener (weapp only). A privacy API called before the
 * user agreed stays pending until the PrivacyPopup of the current page answers.
 */
export function installPrivacyHandler(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    if (listeners.size === 0) {
      // No popup on this page: refuse now rather than leave the API hanging.
      resolve({ event: 'disagree' });
      void Taro.showToast({ title: '请先同意隐私保护指引', icon: 'none' });
      return;
    }
    waiting.push(resolve);
    resolve({ event: 'exposureAuthorization' });
    listeners.forEach((listener) => listener(true));
  });
}

/** A PrivacyPopup subscribes while mounted; returns the unsubscribe function. */
export function subscribePrivacy(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Answers every pending privacy request: `buttonId` is the id of the agreePrivacyAuthorization button tapped. */
export function answerPrivacy(agree: boolean, buttonId?: string): void {
  const pending = waiting;
  waiting = [];
  pending.forEach((resolve) => resolve(agree ? { event: 'agree', buttonId } : { event: 'disagree' }));
  listeners.forEach((listener) => listener(false));
}
