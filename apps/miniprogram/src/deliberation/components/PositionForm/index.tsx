import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { PARTY_LABELS, type Party } from '@xiaoqu/shared';
import { deliberationApi } from '../../../services/clients/deliberation';
import { saving } from '../../lib/saving';

export function PositionForm({
  proposalId,
  party,
  current,
  onSaved,
}: {
  proposalId: number;
  party: Party;
  current: string | null;
  onSaved: () => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const label = PARTY_LABELS[party];
  return (
    <View className={`xq-record__party xq-record__party--${party}`}>
      <Text className="xq-record__party-label">{label}</Text>
      <Text className="xq-record__current">{current ? `目前的意见：${current}` : '尚未表态'}</Text>
      <TextArea
        className="xq-record__textarea"
        placeholder={`${label}的意见，例如 同意 / 不同意，并写明理由`}
        value={text}
        onChange={setText}
        maxLength={2000}
      />
      <Button
        type="primary"
        size="large"
        block
        loading={busy}
        disabled={busy || !text.trim()}
        onClick={() =>
          void saving(
            setBusy,
            () => deliberationApi.recordPosition(proposalId, party, { text: text.trim() }),
            '已记录',
          ).then((ok) => {
            if (!ok) return;
            setText('');
            onSaved();
          })
        }
      >
        {current ? `更新${label}的意见` : `记录${label}的意见`}
      </Button>
    </View>
  );
}
