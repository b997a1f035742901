import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { formatDateCn, type ResidentPollView, type TallyBallot } from '@xiaoqu/shared';
import { deliberationApi } from '../../../services/clients/deliberation';
import { toastError, toastSuccess } from '../../../services/feedback';
import { pollSummary } from '../../lib/charts';
import { CHOICE_LABELS } from '../../lib/vote';
import { BallotButtons } from '../BallotButtons';
import './index.scss';

/**
 * 居民意见征询: one answer per resident, a simple majority of those answering. Always labelled as opinion, never as
 * an owner decision, in the title and under the result.
 */
export function ResidentPoll({
  poll,
  canVote,
  onChanged,
}: {
  poll: ResidentPollView;
  canVote: boolean;
  onChanged: (next: ResidentPollView) => void;
}) {
  const [busy, setBusy] = useState(false);
  const summary = pollSummary(poll);

  async function choose(choice: TallyBallot['choice']) {
    setBusy(true);
    try {
      onChanged(await deliberationApi.pollVote(poll.id, choice));
      toastSuccess('已提交意见');
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="xq-poll">
      <View className="xq-poll__title">
        <Text>居民意见征询 · {poll.status === 'open' ? `${formatDateCn(poll.closesAt)}截止` : '已结束'}</Text>
      </View>
      <View className="xq-poll__notice" role="note">
        <Text>ⓘ {poll.notice}。每位居民一票，以参与居民的简单多数计。</Text>
      </View>
      <Text className="xq-poll__counts">{summary.counts}</Text>
      <Text className="xq-poll__verdict">{summary.verdict}</Text>
      {poll.myChoice && <Text className="xq-poll__mine">我的意见：{CHOICE_LABELS[poll.myChoice]}（截止前可以改）</Text>}
      {canVote && poll.status === 'open' && (
        <BallotButtons closed={false} busy={busy} onChoose={(c) => void choose(c)} />
      )}
    </View>
  );
}
