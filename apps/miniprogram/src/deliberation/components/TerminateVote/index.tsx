import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { OwnerVoteView, TerminateVoteRequest } from '@xiaoqu/shared';
import { deliberationApi } from '../../../services/deliberation';
import { toastError, toastSuccess } from '../../../services/feedback';
import { TERMINATION_REASON_MAX, terminateConfirm, terminateRequestOf } from '../../lib/terminate';
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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const built = terminateRequestOf(reason);
    if (built.error !== null) {
      setError(built.error);
      return;
    }
    setError(null);
    const sure = await Taro.showModal({
      ...terminateConfirm(built.request.reason),
      confirmText: '中止表决',
      confirmColor: '#b3261e',
      cancelText: '不中止',
    });
    if (!sure.confirm) return;
    setBusy(true);
    try {
      await terminate(voteId, built.request);
      toastSuccess('表决已中止');
      onDone();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  }

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
      <View className="xq-proposal__fact-label">
        <Text>中止理由（必填，会公示给全体业主）。表决到截止时间会自动结束，不需要手动结束。</Text>
      </View>
      <TextArea
        className="xq-terminate__reason"
        placeholder="例如 表决事项的表述有误，需要重新公告后再表决"
        value={reason}
        onChange={(v) => {
          setReason(v);
          setError(null);
        }}
        maxLength={TERMINATION_REASON_MAX}
      />
      {error && (
        <View className="xq-proposal__error" role="alert">
          <Text>⚠ {error}</Text>
        </View>
      )}
      <View className="xq-proposal__actions">
        <Button size="large" disabled={busy} onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button type="danger" size="large" loading={busy} disabled={busy} onClick={() => void submit()}>
          确认中止
        </Button>
      </View>
    </View>
  );
}
