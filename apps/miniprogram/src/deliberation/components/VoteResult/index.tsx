import { Text, View } from '@tarojs/components';
import { formatDateCn, type ChainLinkRef, type OwnerVoteResultView, type OwnerVoteView } from '@xiaoqu/shared';
import { formatDateTimeCn } from '../../lib/consultation';
import { ChoiceResult } from '../ChoiceResult';
import { ResultChart } from '../ResultChart';
import { TallyView } from '../TallyView';
import { BasisLine } from '../BasisLine';

const linkText = (link: ChainLinkRef) =>
  `${formatDateCn(link.publishedAt)}公示 · 第 ${link.seq} 号公示 · 发布后不能改动`;

function stageTitle(vote: OwnerVoteView): string {
  if (vote.resultStage === 'preliminary') return '初步结果 · 询异公示中';
  if (vote.resultStage === 'final') return '结果已生效';
  return '结果公示';
}

/**
 * A closed vote's result: its stage (preliminary in the objection period, or final), the count as the server
 * tallied it with the plain-words explanation, the links of the compound's chain, and the basis it rests on.
 */
export function VoteResult({ vote, result }: { vote: OwnerVoteView; result: OwnerVoteResultView }) {
  const preliminary = vote.resultStage === 'preliminary';
  const { tally, choiceTally } = result;
  return (
    <>
      <View className="xq-proposal__card xq-proposal__published">
        <View className="xq-proposal__card-title">
          <Text>{stageTitle(vote)}</Text>
        </View>
        {preliminary && (
          <View className="xq-proposal__note-inline" role="note">
            <Text>
              这是表决截止时的初步结果
              {vote.objectionEndsAt ? `，询异公示至 ${formatDateTimeCn(vote.objectionEndsAt)}` : ''}
              。期间业主可就本户的表决记录或表决名单提出异议，组织方逐条答复、必要时更正；期满且异议均已答复后结果生效。只有生效的结果才会执行。
            </Text>
          </View>
        )}
        {vote.resultStage === 'final' && vote.finalAt && (
          <Text className="xq-proposal__explain">{formatDateTimeCn(vote.finalAt)} 生效。</Text>
        )}
        {result.explanation.map((line) => (
          <View key={line} className="xq-proposal__explain">
            <Text>{line}</Text>
          </View>
        ))}
        {result.publication && (
          <Text className="xq-proposal__hash">
            {/* Held here, the first link is the preliminary result; imported, it is the official result itself. */}
            {vote.channel === 'here' && vote.resultStage !== null ? '初步结果' : '结果公示'}：
            {linkText(result.publication)}
          </Text>
        )}
        {result.finalPublication && (
          <Text className="xq-proposal__hash">结果生效：{linkText(result.finalPublication)}</Text>
        )}
        {vote.basis && <BasisLine basis={vote.basis} label="本结果依据" />}
      </View>
      {tally && <TallyView tally={tally} preliminary={preliminary} />}
      {tally && tally.participated.headcount > 0 && <ResultChart tally={tally} />}
      {choiceTally && <ChoiceResult tally={choiceTally} options={vote.options} />}
    </>
  );
}
