import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { attachmentsApi } from '../../../services/clients/attachments';
import { toastError } from '../../../services/feedback';

const IS_H5 = process.env.TARO_ENV === 'h5';

/**
 * Opens one piece of evidence known only by its id (a photo or a PDF): a new tab on h5; on weapp the document
 * viewer when the downloaded file is a PDF, the image viewer otherwise.
 */
async function openEvidence(id: number) {
  void Taro.showLoading({ title: '正在打开…', mask: true });
  try {
    const file = await attachmentsApi.attachmentFile(id);
    Taro.hideLoading();
    if (IS_H5) {
      window.open(file, '_blank');
      return;
    }
    if (/\.pdf$/i.test(file)) await Taro.openDocument({ filePath: file, fileType: 'pdf', showMenu: true });
    else await Taro.previewImage({ urls: [file], current: file });
  } catch (error) {
    Taro.hideLoading();
    toastError(error);
  }
}

/** `证据 1 ›  证据 2 ›`: each piece of a correction's evidence, opened when tapped. */
export function EvidenceButton({ ids }: { ids: number[] }) {
  if (ids.length === 0) return null;
  return (
    <View className="xq-evidence">
      {ids.map((id, i) => (
        <Text key={id} className="xq-attachments-button" onClick={() => void openEvidence(id)}>
          证据 {i + 1} ›
        </Text>
      ))}
    </View>
  );
}
