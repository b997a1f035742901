import Taro from '@tarojs/taro';
import { ACCOUNT_DELETION_CONFIRMATION, type DeleteAccountRequest } from '@xiaoqu/shared';
import { client, forgetPersona } from './api';
import { ApiError } from './request';

const IS_H5 = process.env.TARO_ENV === 'h5';
const FILE_NAME = 'xiaoqu-my-data.json';

/**
 * Downloads what the service holds about the caller. On h5 the browser saves the JSON file; on weapp it is kept in
 * the app's own files and the saved path is returned (WeChat cannot hand a .json file to another app by itself).
 */
export async function downloadMyData(): Promise<string | null> {
  const file = await client.download('/api/me/data');
  if (IS_H5) {
    const link = document.createElement('a');
    link.href = file;
    link.download = FILE_NAME;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(file), 10_000);
    return null;
  }
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().saveFile({
      tempFilePath: file,
      success: (saved) => resolve(saved.savedFilePath),
      fail: () => reject(new ApiError('INTERNAL', '没能保存文件，请检查手机存储空间后再试', 0)),
    });
  });
}

/** Deletes the caller's account, then forgets the session here (the server has already ended it). */
export async function deleteMyAccount(): Promise<void> {
  await client.request<void>('DELETE', '/api/me', {
    body: { confirm: ACCOUNT_DELETION_CONFIRMATION } satisfies DeleteAccountRequest,
  });
  if (IS_H5) forgetPersona();
  else client.logout();
}
