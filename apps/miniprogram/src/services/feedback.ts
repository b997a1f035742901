import Taro from '@tarojs/taro';
import { errorMessage } from './request';

/** A failed tap: say what went wrong in plain Chinese. */
export function toastError(error: unknown): void {
  void Taro.showToast({ title: errorMessage(error), icon: 'none', duration: 3000 });
}

/** Something the app itself has to say (a chooser that did not open), as it is. */
export function toastText(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 3000 });
}

/** A tap that worked (keep `title` to 7 characters: WeChat cuts longer ones next to an icon). */
export function toastSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}
