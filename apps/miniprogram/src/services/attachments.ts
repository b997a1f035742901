import Taro from '@tarojs/taro';
import type { AttachmentView } from '@xiaoqu/shared';
import { attachmentsApi } from './clients/attachments';
import { toastError } from './feedback';

const IS_H5 = process.env.TARO_ENV === 'h5';

export const isImage = (a: Pick<AttachmentView, 'mime'>) => a.mime.startsWith('image/');

/** `凭证.pdf · 245 KB` */
export function attachmentLabel(a: Pick<AttachmentView, 'fileName' | 'sizeBytes'>): string {
  const kb = Math.max(1, Math.round(a.sizeBytes / 1024));
  return `${a.fileName} · ${kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`}`;
}

/**
 * Shows a voucher or photo: images in the image viewer (all of `siblings` that are images, to swipe through),
 * a PDF in WeChat's document viewer on weapp and a new tab on h5. The bytes need the token, so they are fetched
 * first; a toast says when that fails.
 */
export async function openAttachment(attachment: AttachmentView, siblings: AttachmentView[] = [attachment]) {
  void Taro.showLoading({ title: '正在打开…', mask: true });
  try {
    if (isImage(attachment)) {
      const images = siblings.filter(isImage);
      const urls = await Promise.all(images.map((a) => attachmentsApi.attachmentFile(a.id)));
      Taro.hideLoading();
      await Taro.previewImage({ urls, current: urls[images.findIndex((a) => a.id === attachment.id)] ?? urls[0] });
      return;
    }
    const file = await attachmentsApi.attachmentFile(attachment.id);
    Taro.hideLoading();
    if (IS_H5) {
      window.open(file, '_blank');
      return;
    }
    await Taro.openDocument({ filePath: file, fileType: 'pdf', showMenu: true });
  } catch (error) {
    Taro.hideLoading();
    toastError(error);
  }
}

/** Saves or opens a downloaded file: a download link on h5, WeChat's document viewer (with its share menu) on weapp. */
export async function openDownloaded(file: string, fileName: string, fileType: 'xlsx' | 'pdf') {
  if (IS_H5) {
    const link = document.createElement('a');
    link.href = file;
    link.download = fileName;
    link.click();
    return;
  }
  await Taro.openDocument({ filePath: file, fileType, showMenu: true });
}
