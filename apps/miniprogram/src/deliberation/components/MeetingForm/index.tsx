import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import type { AttachmentView, ProposalView } from '@xiaoqu/shared';
import { attachmentsApi } from '../../../services/clients/attachments';
import { deliberationApi } from '../../../services/clients/deliberation';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { FormError } from '../FormError';
import { parseAttendees } from '../../lib/consultation';
import { saving } from '../../lib/saving';

export function MeetingForm({ proposal, onSaved }: { proposal: ProposalView; onSaved: () => void }) {
  const [minutes, setMinutes] = useState('');
  const [attendees, setAttendees] = useState('');
  const [photos, setPhotos] = useState<AttachmentView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function submit() {
    const names = parseAttendees(attendees);
    if (!minutes.trim()) return setError('请填写会议纪要');
    if (names.length === 0) return setError('请填写参会人员，用顿号或逗号分开');
    setError(null);
    void saving(
      setBusy,
      () =>
        deliberationApi.recordMeeting(proposal.id, {
          minutes: minutes.trim(),
          attendees: names,
          attachmentIds: photos.map((p) => p.id),
        }),
      '纪要已保存',
    ).then((ok) => {
      if (!ok) return;
      setMinutes('');
      setAttendees('');
      setPhotos([]);
      onSaved();
    });
  }

  return (
    <View className="xq-proposal__card xq-record__meeting">
      <View className="xq-proposal__card-title">
        <Text>协商会议纪要</Text>
      </View>
      <View className="xq-proposal__fact-label">
        <Text>纪要（议了什么、各方怎么说、议定了什么）</Text>
      </View>
      <TextArea
        className="xq-record__textarea"
        placeholder="例如 四方一致同意提交业主大会表决，采用公开招标方式选聘。"
        value={minutes}
        onChange={setMinutes}
        maxLength={4000}
      />
      <View className="xq-proposal__fact-label">
        <Text>参会人员（用顿号、逗号或空格分开）</Text>
      </View>
      <Input
        className="xq-form-input"
        name="attendees"
        placeholder="例如 居委会王主任、业委会李主任、物业张经理"
        value={attendees}
        onChange={setAttendees}
        maxLength={1000}
      />
      <View className="xq-proposal__fact-label">
        <Text>会议照片或签到表（可选）</Text>
      </View>
      <PhotoPicker
        upload={(file) => attachmentsApi.uploadAttachment(proposal.compoundId, file)}
        name="meetingPhotos"
        value={photos}
        onChange={setPhotos}
      />
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={busy} disabled={busy} onClick={submit}>
        保存会议纪要
      </Button>
    </View>
  );
}
