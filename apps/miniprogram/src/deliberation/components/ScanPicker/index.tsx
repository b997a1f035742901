import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AttachmentView } from '@xiaoqu/shared';
import { attachmentsApi } from '../../../services/clients/attachments';
import { attachmentLabel } from '../../../services/attachments';
import { toastError, toastText } from '../../../services/feedback';
import type { UploadFile } from '../../../services/request';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** weapp: a photo of the signed form (camera or album) or a PDF from a WeChat chat; null when the user cancels. */
async function chooseScan(): Promise<UploadFile | null> {
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
      return path ? { kind: 'path', path, name: path.split('/').pop() ?? 'scan.jpg' } : null;
    }
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
    const file = res.tempFiles[0];
    return file ? { kind: 'path', path: file.path, name: file.name } : null;
  } catch (error) {
    const msg = (error as { errMsg?: string }).errMsg ?? '';
    if (!msg.includes('cancel') && !msg.includes('privacy')) toastText('没能打开文件，请重试');
    return null;
  }
}

/** One scan (image or PDF) stored through the compound's attachment route before the ballot names it by id. */
export function ScanPicker({
  compoundId,
  label,
  name,
  value,
  onChange,
}: {
  compoundId: number;
  label: string;
  name: string;
  value: AttachmentView | null;
  onChange: (next: AttachmentView | null) => void;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  const [uploading, setUploading] = useState(false);

  async function upload(file: UploadFile | null) {
    if (!file) return;
    setUploading(true);
    try {
      onChange(await attachmentsApi.uploadAttachment(compoundId, file));
    } catch (error) {
      toastError(error);
    } finally {
      setUploading(false);
    }
  }

  return (
    <View className="xq-scan">
      {IS_H5 && (
        <input
          ref={input}
          name={name}
          className="xq-scan__file"
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload({ kind: 'blob', blob: file, name: file.name });
          }}
        />
      )}
      {value ? (
        <View className="xq-scan__item">
          <Text className="xq-scan__name">✓ {attachmentLabel(value)}</Text>
          <Text className="xq-scan__remove" onClick={() => onChange(null)}>
            移除
          </Text>
        </View>
      ) : (
        <Button
          size="large"
          block
          loading={uploading}
          disabled={uploading}
          onClick={() => (IS_H5 ? input.current?.click() : void chooseScan().then(upload))}
        >
          {uploading ? '正在上传…' : label}
        </Button>
      )}
    </View>
  );
}
