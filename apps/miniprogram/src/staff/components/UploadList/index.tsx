import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AttachmentView } from '@xiaoqu/shared';
import { attachmentsApi } from '../../../services/clients/attachments';
import { attachmentLabel } from '../../../services/attachments';
import { toastError } from '../../../services/feedback';
import type { UploadFile } from '../../../services/request';
import { choosePdf, choosePhotos, chooseVoucher } from '../../lib/files';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** photos: images only (work records); documents: an image or a PDF (fund entries); pdf: a PDF only (audit reports). */
export type UploadKind = 'photos' | 'documents' | 'pdf';

const ACCEPT: Record<UploadKind, string> = {
  photos: 'image/jpeg,image/png,image/webp',
  documents: 'image/jpeg,image/png,image/webp,application/pdf',
  pdf: 'application/pdf',
};
const ADD_TEXT: Record<UploadKind, string> = {
  photos: '添加照片',
  documents: '添加凭证（图片或 PDF）',
  pdf: '选择 PDF',
};

export interface UploadListProps {
  compoundId: number;
  kind: UploadKind;
  max: number;
  value: AttachmentView[];
  onChange: (next: AttachmentView[]) => void;
}

/**
 * Files stored first through the compound's attachment route (property staff only), then named by id in what is
 * published; each can be removed from the list before that.
 */
export function UploadList({ compoundId, kind, max, value, onChange }: UploadListProps) {
  const input = useRef<HTMLInputElement | null>(null);
  const [uploading, setUploading] = useState(0);
  const room = max - value.length;

  async function upload(files: UploadFile[]) {
    const batch = files.slice(0, room);
    if (batch.length === 0) return;
    setUploading(batch.length);
    const stored: AttachmentView[] = [];
    try {
      for (const file of batch) stored.push(await attachmentsApi.uploadAttachment(compoundId, file));
    } catch (error) {
      toastError(error);
    } finally {
      setUploading(0);
      if (stored.length > 0) onChange([...value, ...stored]);
    }
  }

  async function pick() {
    if (IS_H5) {
      input.current?.click();
      return;
    }
    if (kind === 'photos') await upload(await choosePhotos(room));
    else {
      const file = kind === 'pdf' ? await choosePdf() : await chooseVoucher();
      if (file) await upload([file]);
    }
  }

  return (
    <View className="xq-upload-list">
      {IS_H5 && (
        <input
          ref={input}
          className="xq-upload-list__file"
          type="file"
          accept={ACCEPT[kind]}
          multiple={room > 1}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void upload(files.map((f) => ({ kind: 'blob', blob: f, name: f.name })));
          }}
        />
      )}
      {value.map((a) => (
        <View key={a.id} className="xq-upload-list__item">
          <Text className="xq-upload-list__name">{attachmentLabel(a)}</Text>
          <Text className="xq-upload-list__remove" onClick={() => onChange(value.filter((v) => v.id !== a.id))}>
            移除
          </Text>
        </View>
      ))}
      {room > 0 && (
        <Button size="large" block loading={uploading > 0} disabled={uploading > 0} onClick={() => void pick()}>
          {uploading > 0 ? `正在上传 ${uploading} 个文件…` : `${ADD_TEXT[kind]}（还可添加 ${room} 个）`}
        </Button>
      )}
    </View>
  );
}
