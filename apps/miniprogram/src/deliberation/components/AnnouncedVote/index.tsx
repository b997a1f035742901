import { Text, View } from '@tarojs/components';
import type { OwnerVoteView } from '@xiaoqu/shared';
import { formatDateTimeCn } from '../../lib/consultation';
import { BasisLine } from '../BasisLine';
import { NoticeLine } from '../NoticeLine';
import { MatterFacts, VoteMethod } from '../VoteFacts';

/** A vote announced here: owners are told now; it opens by itself, its roll fixed then. Nothing to cast or count yet. */
export function AnnouncedVote({ vote }: { vote: OwnerVoteView }) {
  return (
    <View className="xq-proposal__card xq-proposal__announced">
      <View className="xq-proposal__card-title">
        <Text>表决公告</Text>
      </View>
      <View className="xq-proposal__announced-when">
        <Text>
          {formatDateTimeCn(vote.openedAt)} 开始，{formatDateTimeCn(vote.closesAt)} 截止（北京时间）
        </Text>
      </View>
      <MatterFacts vote={vote} />
      <VoteMethod vote={vote} />
      <NoticeLine notice={vote.notice} />
      {vote.basis && <BasisLine basis={vote.basis} />}
      <View className="xq-proposal__announced-note">
        <Text>
          届时自动开始，名单在开始时确定。开始前不能投票；本小区经认证的业主届时可在这里投票。表决结束前不公布票数。
        </Text>
      </View>
    </View>
  );
}
