import Taro from '@tarojs/taro';
import { cardDataUrl, cardTempFile, fitText, type CardDrawing } from '../../services/card-canvas';
import { toastSuccess, toastText } from '../../services/feedback';

/** Saving a drawn card (the ballot receipt) for the person to keep: in the album on weapp, as a download on h5. */

/** Why saving to the album failed, from WeChat's `errMsg` / `errno`. Pure, for tests. */
export function albumFailure(error: unknown): 'denied' | 'privacy' | 'cancelled' | 'other' {
  const { errMsg = '', errno } = (error ?? {}) as { errMsg?: string; errno?: number };
  if (errno === 104 || errno === 112 || /privacy/i.test(errMsg)) return 'privacy';
  if (/auth|permission|authorize/i.test(errMsg)) return 'denied';
  if (/cancel/i.test(errMsg)) return 'cancelled';
  return 'other';
}

/** A file name with nothing a phone or a computer refuses in it: `表决回执-续聘物业.png`. */
export function imageFileName(stem: string): string {
  const safe = stem.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/_+/g, '_');
  return `${fitText(safe, 40)}.png`;
}

async function saveToAlbum(filePath: string): Promise<boolean> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath });
    toastSuccess('已保存到相册');
    return true;
  } catch (error) {
    const why = albumFailure(error);
    if (why === 'denied') {
      const answer = await Taro.showModal({
        title: '需要您允许保存到相册',
        content: '请在接下来的设置页打开「添加到相册」，回来后再点一次「保存为图片」。',
        confirmText: '去设置',
        cancelText: '不用了',
      });
      if (answer.confirm) await Taro.openSetting({}).catch(() => undefined);
    } else if (why === 'privacy') {
      toastText('需要先同意隐私保护指引，才能保存到相册');
    } else if (why === 'other') {
      toastText('没能保存到相册，请稍后再试');
    }
    return false;
  }
}

function download(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * Saves the card as an image: to the phone's album on weapp (asking for the album permission when it was refused),
 * as a downloaded PNG named `fileStem`.png on h5. Returns whether it was saved.
 */
export async function saveCardImage(drawing: CardDrawing, fileStem: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = await cardTempFile(drawing);
    if (!filePath) {
      toastText('没能生成图片，请稍后再试');
      return false;
    }
    return saveToAlbum(filePath);
  }
  const dataUrl = cardDataUrl(drawing);
  if (!dataUrl) {
    toastText('没能生成图片，请稍后再试');
    return false;
  }
  download(dataUrl, imageFileName(fileStem));
  toastSuccess('图片已下载');
  return true;
}
