import Taro from '@tarojs/taro';
import type { UploadFile } from '../../services/request';

function fileName(path: string, fallback: string): string {
  const base = path.split('/').pop() ?? '';
  return base.includes('.') ? base : fallback;
}

/** Closing a chooser is no error; a refused privacy agreement is said by the privacy popup. */
function quiet(error: unknown): null {
  const msg = (error as { errMsg?: string }).errMsg ?? '';
  if (!msg.includes('cancel') && !msg.includes('privacy')) {
    void Taro.showToast({ title: '没能打开文件，请重试', icon: 'none' });
  }
  return null;
}

/** weapp: the filled .xlsx template from a WeChat chat (where accountants send it). */
export async function chooseSpreadsheet(): Promise<UploadFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    const file = res.tempFiles[0];
    return file ? { kind: 'path', path: file.path, name: file.name } : null;
  } catch (error) {
    return quiet(error);
  }
}

/** weapp: a voucher, as a photo (camera or album) or a PDF from a WeChat chat. */
export async function chooseVoucher(): Promise<UploadFile | null> {
  let choice: number;
  try {
    choice = (await Taro.showActionSheet({ itemList: ['拍照或从相册选图片', '从微信聊天选 PDF 文件'] })).tapIndex;
  } catch {
    return null;
  }
  try {
    if (choice === 0) {
      const res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
      const path = res.tempFilePaths[0];
      return path ? { kind: 'path', path, name: fileName(path, 'voucher.jpg') } : null;
    }
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
    const file = res.tempFiles[0];
    return file ? { kind: 'path', path: file.path, name: file.name } : null;
  } catch (error) {
    return quiet(error);
  }
}

/** weapp: up to `count` photos (camera or album). */
export async function choosePhotos(count: number): Promise<UploadFile[]> {
  try {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    return res.tempFilePaths.map((path, i) => ({ kind: 'path', path, name: fileName(path, `photo-${i + 1}.jpg`) }));
  } catch (error) {
    quiet(error);
    return [];
  }
}

/** weapp: a PDF from a WeChat chat (an audit report). */
export async function choosePdf(): Promise<UploadFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
    const file = res.tempFiles[0];
    return file ? { kind: 'path', path: file.path, name: file.name } : null;
  } catch (error) {
    return quiet(error);
  }
}
