import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AttachmentView } from '@xiaoqu/shared';
import { api } from '../../../services/api';
import { attachmentLabel } from '../../../services/attachments';
import { toastError } from '../../../services/feedback';
import type { UploadFile } from '../../../services/request';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';
const MAX = 9;

async function choosePhotos(count: number): Promise<UploadFile[]> {
  try {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    return res.tempFilePaths.map((path) => ({ kind: 'path', path, name: path.split('/').pop() ?? 'photo.jpg' }));
  } catch (error) {
    const msg = (error as { errMsg?: string }).errMsg ?? '';
    if (!msg.includes('cancel') && !msg.includes('privacy')) toastError(new Error('没能打开相册，请重试'));
    return [];
  }
}

/** Up to nine photos, each uploaded to the compound at once so that the form only names them by id. */
export function PhotoPicker({
  compoundId,
  name,
  value,
  onChange,
}: {
  compoundId: number;
  name: string;
  value: AttachmentView[];
  onChange: (next: AttachmentView[]) => void;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  const [uploading, setUploading] = useState(false);

  async function upload(files: UploadFile[]) {
    if (files.length === 0) return;
    setUploading(true);
    const added: AttachmentView[] = [];
    try {
      for (const file of files.slice(0, MAX - value.length)) added.push(await api.uploadAttachment(compoundId, file));
    } catch (error) {
      toastError(error);
    } finally {
      onChange([...value, ...added]);
      setUploading(false);
    }
  }

  return (
    <View className="xq-photos">
      {IS_H5 && (
        <input
          ref={input}
          name={name}
          className="xq-photos__file"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])].map((f): UploadFile => ({ kind: 'blob', blob: f, name: f.name }));
            e.target.value = '';
            void upload(files);
          }}
        />
      )}
      {value.map((a) => (
        <View key={a.id} className="xq-photos__item">
          <Text className="xq-photos__name">✓ {attachmentLabel(a)}</Text>
          <Text className="xq-photos__remove" onClick={() => onChange(value.filter((v) => v.id !== a.id))}>
            移除
          </Text>
        </View>
      ))}
      {value.length < MAX && (
        <Button
          size="large"
          block
          loading={uploading}
          disabled={uploading}
          onClick={() =>
            IS_H5 ? input.current?.click() : void choosePhotos(MAX - value.length).then((files) => upload(files))
          }
        >
          {uploading ? '正在上传…' : `添加照片（${value.length} / ${MAX}）`}
        </Button>
      )}
    </View>
  );
}
