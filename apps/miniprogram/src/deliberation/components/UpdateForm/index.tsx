import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { AttachmentView, ProposalView } from '@xiaoqu/shared';
import { attachmentsApi } from '../../../services/clients/attachments';
import { deliberationApi } from '../../../services/clients/deliberation';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { FormError } from '../FormError';
import { saving } from '../../lib/saving';

const PROGRESS_STEPS = [0, 25, 50, 75, 100];

export function UpdateForm({ proposal, onSaved }: { proposal: ProposalView; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [photos, setPhotos] = useState<AttachmentView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function submit() {
    if (!text.trim()) return setError('请说明做了什么、下一步是什么');
    if (progress === null) return setError('请选择完成进度');
    setError(null);
    void saving(
      setBusy,
      () =>
        deliberationApi.postUpdate(proposal.id, {
          text: text.trim(),
          progress,
          attachmentIds: photos.map((p) => p.id),
        }),
      '进展已发布',
    ).then((ok) => {
      if (!ok) return;
      setText('');
      setProgress(null);
      setPhotos([]);
      onSaved();
    });
  }

  return (
    <View className="xq-proposal__card xq-record__update">
      <View className="xq-proposal__card-title">
        <Text>登记落实进展</Text>
      </View>
      <TextArea
        className="xq-record__textarea"
        placeholder="例如 12月5日完成招标公告，12月20日开标。"
        value={text}
        onChange={setText}
        maxLength={2000}
      />
      <View className="xq-proposal__fact-label">
        <Text>完成进度</Text>
      </View>
      <View className="xq-record__steps">
        {PROGRESS_STEPS.map((p) => (
          <Button key={p} type={p === progress ? 'primary' : 'default'} size="large" onClick={() => setProgress(p)}>
            {p === progress ? `✓ ${p}%` : `${p}%`}
          </Button>
        ))}
      </View>
      <View className="xq-proposal__fact-label">
        <Text>现场照片（可选，发布日期自动记录）</Text>
      </View>
      <PhotoPicker
        upload={(file) => attachmentsApi.uploadAttachment(proposal.compoundId, file)}
        name="updatePhotos"
        value={photos}
        onChange={setPhotos}
      />
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={busy} disabled={busy} onClick={submit}>
        发布进展
      </Button>
    </View>
  );
}
