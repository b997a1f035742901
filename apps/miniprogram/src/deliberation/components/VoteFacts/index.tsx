import { Text, View } from '@tarojs/components';
import { VOTE_CHANNEL_LABELS, type OwnerVoteView } from '@xiaoqu/shared';
import { attachmentLabel, openAttachment } from '../../../services/attachments';
import { MATTER_LABELS, officialRollText, rollText, thresholdText, voteStatusText } from '../../lib/vote';
import { BasisLine } from '../BasisLine';
import { NoticeLine } from '../NoticeLine';
import './index.scss';

/** The matter, the threshold, how and on what the vote is held: `options` in order for a multi-option vote. */
export function VoteMethod({ vote }: { vote: Pick<OwnerVoteView, 'secret' | 'kind' | 'options'> }) {
  return (
    <>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">表决方式</Text>
        <Text>{vote.secret ? '秘密表决：只公布总数' : '公开表决（实名）：结束后业主可查看每户的选择'}</Text>
      </View>
      {vote.kind === 'choice' && (
        <View className="xq-proposal__fact xq-vote-options">
          <Text className="xq-proposal__fact-label">选项（每位业主选一项或弃权，一个选项须单独达到通过条件）</Text>
          {vote.options.map((o, i) => (
            <Text key={o.id} className="xq-vote-options__item">
              {i + 1}. {o.label}
            </Text>
          ))}
        </View>
      )}
    </>
  );
}

export function MatterFacts({ vote }: { vote: Pick<OwnerVoteView, 'matterNo' | 'rule'> }) {
  return (
    <>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">表决事项</Text>
        <Text>
          《民法典》第二百七十八条第{vote.matterNo}项：{MATTER_LABELS[vote.matterNo]}
        </Text>
      </View>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">通过条件</Text>
        <Text>{thresholdText(vote.rule)}</Text>
      </View>
    </>
  );
}

/** The facts of a vote opened (or imported): stage, matter, threshold, channel, roll, method, notice and basis. */
export function VoteFacts({ vote }: { vote: OwnerVoteView }) {
  const official = vote.channel === 'official';
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>业主共同决定 · {voteStatusText(vote)}</Text>
      </View>
      <MatterFacts vote={vote} />
      <View className="xq-proposal__fact xq-proposal__channel">
        <Text className="xq-proposal__fact-label">表决渠道</Text>
        <Text>
          {VOTE_CHANNEL_LABELS[vote.channel]}
          {official && vote.externalRef ? `，编号 ${vote.externalRef}` : ''}
        </Text>
      </View>
      {official ? (
        <>
          <View className="xq-proposal__fact">
            <Text className="xq-proposal__fact-label">表决范围</Text>
            <Text>{officialRollText(vote.roll)}</Text>
          </View>
          {vote.documents.length > 0 && (
            <View className="xq-proposal__fact xq-proposal__documents">
              <Text className="xq-proposal__fact-label">官方结果文件</Text>
              {vote.documents.map((d) => (
                <Text
                  key={d.id}
                  className="xq-attachments-button"
                  onClick={() => void openAttachment(d, vote.documents)}
                >
                  {attachmentLabel(d)} ›
                </Text>
              ))}
            </View>
          )}
        </>
      ) : (
        <>
          <View className="xq-proposal__fact">
            <Text className="xq-proposal__fact-label">表决范围</Text>
            <Text>{rollText(vote.roll)}（名单在表决开始时固定，之后的过户不影响本次表决）</Text>
          </View>
          <VoteMethod vote={vote} />
        </>
      )}
      <NoticeLine notice={vote.notice} />
      {vote.basis && <BasisLine basis={vote.basis} />}
    </View>
  );
}
