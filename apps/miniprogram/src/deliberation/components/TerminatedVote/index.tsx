import { Text, View } from '@tarojs/components';
import type { OwnerVoteView } from '@xiaoqu/shared';
import { formatDateTimeCn } from '../../lib/consultation';
import { roleText } from '../../lib/notice';
import './index.scss';

/** A vote terminated before closing: void, with the reason, who (by role) and when; never a number of its count. */
export function TerminatedVote({ vote }: { vote: Pick<OwnerVoteView, 'termination'> }) {
  const t = vote.termination;
  return (
    <View className="xq-proposal__card xq-terminated" role="status">
      <View className="xq-proposal__card-title">
        <Text>表决已中止</Text>
      </View>
      <Text className="xq-terminated__void">本次表决已作废，不公布任何票数，也不公布任何人的选择。</Text>
      {t ? (
        <>
          <View className="xq-proposal__fact">
            <Text className="xq-proposal__fact-label">中止理由</Text>
            <Text className="xq-terminated__reason">{t.reason}</Text>
          </View>
          <Text className="xq-terminated__meta">
            {roleText(t.byRole)} · {formatDateTimeCn(t.at)}
          </Text>
        </>
      ) : null}
    </View>
  );
}
