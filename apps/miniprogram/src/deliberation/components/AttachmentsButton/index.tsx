import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { attachmentsApi } from '../../../services/clients/attachments';
import { toastError } from '../../../services/feedback';

/** Photos on the timeline are fetched (they need the token) only when someone asks to see them. */
async function showPhotos(ids: number[]) {
  void Taro.showLoading({ title: '正在打开…', mask: true });
  try {
    const urls = await Promise.all(ids.map((id) => attachmentsApi.attachmentFile(id)));
    Taro.hideLoading();
    await Taro.previewImage({ urls, current: urls[0] });
  } catch (error) {
    Taro.hideLoading();
    toastError(error);
  }
}

export function AttachmentsButton({ ids }: { ids: number[] }) {
  if (ids.length === 0) return null;
  return (
    <Text className="xq-attachments-button" onClick={() => void showPhotos(ids)}>
      查看照片（{ids.length} 张）›
    </Text>
  );
}
