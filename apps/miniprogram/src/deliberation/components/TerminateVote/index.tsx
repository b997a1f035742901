import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { OwnerVoteView, TerminateVoteRequest } from '@xiaoqu/shared';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { deliberationApi } from '../../../services/clients/deliberation';
import { TERMINATION_REASON_MAX, terminateConfirm, terminateRequestOf } from '../../lib/terminate';
import { FormError } from '../FormError';
import { TextAreaField } from '../TextAreaField';
import './index.scss';

/**
 * 中止表决 for organisers: nobody closes a vote early, but it can be voided before its closing time with a written
 * reason, after a dialog that says it voids the vote and reveals nothing.
 */
export function TerminateVote({
  voteId,
  onDone,
  terminate = deliberationApi.terminateVote,
}: {
  voteId: number;
  onDone: () => void;
  terminate?: (voteId: number, body: TerminateVoteRequest) => Promise<OwnerVoteView>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { saving, error, edit, submit } = useConfirmedSubmit({
    check: () => terminateRequestOf(reason),
    confirm: (request) => ({
      ...terminateConfirm(request.reason),
      confirmText: '中止表决',
      confirmColor: '#b3261e',
      cancelText: '不中止',
    }),
    send: (request) => terminate(voteId, request),
    success: '表决已中止',
    onDone,
  });

  if (!open)
    return (
      <View className="xq-proposal__actions">
        <Button type="danger" size="large" onClick={() => setOpen(true)}>
          中止表决
        </Button>
      </View>
    );
  return (
    <View className="xq-terminate">
      <TextAreaField
        label="中止理由（必填，会公示给全体业主）。表决到截止时间会自动结束，不需要手动结束。"
        className="xq-terminate__reason"
        placeholder="例如 表决事项的表述有误，需要重新公告后再表决"
        value={reason}
        onChange={edit(setReason)}
        maxLength={TERMINATION_REASON_MAX}
      />
      <FormError error={error} />
      <View className="xq-proposal__actions">
        <Button size="large" disabled={saving} onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button type="danger" size="large" loading={saving} disabled={saving} onClick={() => void submit()}>
          确认中止
        </Button>
      </View>
    </View>
  );
}
