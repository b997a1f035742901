import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AttachmentView } from '@xiaoqu/shared';
import { attachmentLabel } from '../../services/attachments';
import { toastError, toastText } from '../../services/feedback';
import type { UploadFile } from '../../services/request';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** weapp: photos from the camera or album, compressed on the phone. */
async function choosePhotos(count: number): Promise<UploadFile[]> {
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['camera', 'album'],
    });
    return res.tempFiles.map((f, i) => ({
      kind: 'path',
      path: f.tempFilePath,
      name: f.tempFilePath.split('/').pop() ?? `photo-${i + 1}.jpg`,
    }));
  } catch (error) {
    // Closing the chooser is no error; a refused privacy agreement is said by the privacy popup.
    const msg = (error as { errMsg?: string }).errMsg ?? '';
    if (!msg.includes('cancel') && !msg.includes('privacy')) toastText('没能打开相册，请重试');
    return [];
  }
}

/**
 * Up to nine photos (`max`) (of a complaint, a fix, a meeting, progress), each stored at once by `upload` so that the form
 * only names them by id. The server checks each by its bytes and size.
 */
export function PhotoPicker({
  upload: store,
  name,
  value,
  onChange,
  addText = '添加照片',
  max = 9,
}: {
  /** Stores one photo: the complaint-photo route, or the compound's attachments. */
  upload: (file: UploadFile) => Promise<AttachmentView>;
  /** The h5 file input's name, for the browser journey. */
  name: string;
  value: AttachmentView[];
  onChange: (next: AttachmentView[]) => void;
  addText?: string;
  max?: number;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  const [uploading, setUploading] = useState(0);
  const room = max - value.length;

  async function upload(files: UploadFile[]) {
    const batch = files.slice(0, room);
    if (batch.length === 0) return;
    setUploading(batch.length);
    const stored: AttachmentView[] = [];
    try {
      for (const file of batch) stored.push(await store(file));
    } catch (error) {
      toastError(error);
    } finally {
      setUploading(0);
      if (stored.length > 0) onChange([...value, ...stored]);
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
          multiple={room > 1}
          accept="image/jpeg,image/png,image/webp"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void upload(files.map((f) => ({ kind: 'blob', blob: f, name: f.name })));
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
      {room > 0 && (
        <Button
          size="large"
          block
          loading={uploading > 0}
          disabled={uploading > 0}
          onClick={() => (IS_H5 ? input.current?.click() : void choosePhotos(room).then(upload))}
        >
          {uploading > 0 ? `正在上传 ${uploading} 张照片…` : `${addText}（${value.length} / ${max}）`}
        </Button>
      )}
    </View>
  );
}
