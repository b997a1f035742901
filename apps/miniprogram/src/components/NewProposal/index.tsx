import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import type { ProposalView } from '@xiaoqu/shared';
import { proposalsApi } from '../../services/clients/proposals';
import { toastError, toastSuccess } from '../../services/feedback';

export function NewProposal({ compoundId, onCreated }: { compoundId: number; onCreated: (p: ProposalView) => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit() {
    if (!title.trim() || !body.trim()) {
      setError('请填写议题的标题和内容');
      return;
    }
    setError(null);
    setSaving(true);
    try {
      const created = await proposalsApi.createProposal(compoundId, { title: title.trim(), body: body.trim() });
      toastSuccess('议题已提出');
      setTitle('');
      setBody('');
      setOpen(false);
      onCreated(created);
    } catch (e) {
      toastError(e);
    } finally {
      setSaving(false);
    }
  }

  if (!open) {
    return (
      <View className="xq-delib__new">
        <Button type="primary" size="xlarge" block onClick={() => setOpen(true)}>
          提出议题
        </Button>
      </View>
    );
  }
  return (
    <View className="xq-delib__form">
      <View className="xq-delib__form-label">
        <Text>标题</Text>
      </View>
      <Input
        className="xq-form-input"
        name="proposalTitle"
        placeholder="例如 续聘还是改聘物业公司"
        value={title}
        onChange={setTitle}
        maxLength={100}
      />
      <View className="xq-delib__form-label">
        <Text>内容</Text>
      </View>
      <TextArea
        className="xq-delib__form-body"
        placeholder="说明要解决的问题、建议的做法和理由"
        value={body}
        onChange={setBody}
        maxLength={2000}
      />
      {error && (
        <View className="xq-delib__form-error" role="alert">
          <Text>⚠ {error}</Text>
        </View>
      )}
      <View className="xq-delib__form-actions">
        <Button size="large" onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button type="primary" size="large" loading={saving} disabled={saving} onClick={() => void submit()}>
          提交议题
        </Button>
      </View>
    </View>
  );
}
