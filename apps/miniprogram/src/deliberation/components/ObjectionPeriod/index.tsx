import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  CORRECTION_KIND_LABELS,
  OBJECTION_KIND_LABELS,
  type ObjectionView,
  type OwnerVoteView,
  type VoteCorrectionView,
} from '@xiaoqu/shared';
import { formatDateTimeCn } from '../../lib/consultation';
import { roleText } from '../../lib/notice';
import { correctionLinkText, inObjectionPeriod } from '../../lib/objection';
import { AttachmentsButton } from '../AttachmentsButton';
import { EvidenceButton } from '../EvidenceButton';
import './index.scss';

export const objectionPageUrl = (proposalId: number, mode: 'raise' | 'answer' | 'correct', objectionId?: number) =>
  `/deliberation/pages/objection/index?proposalId=${proposalId}&mode=${mode}${objectionId ? `&objectionId=${objectionId}` : ''}`;

const go = (url: string) => void Taro.navigateTo({ url });

function periodLine(vote: OwnerVoteView, open: boolean): string {
  if (vote.resultStage === 'final')
    return `询异公示期已结束，异议均已答复，结果${vote.finalAt ? `于 ${formatDateTimeCn(vote.finalAt)} ` : ''}生效。`;
  const end = vote.objectionEndsAt ? formatDateTimeCn(vote.objectionEndsAt) : '';
  if (open) return `询异公示期至 ${end}（北京时间）。期间业主可就本户的表决记录或表决名单提出异议。`;
  return `询异公示期已于 ${end} 结束；组织方答复全部异议后结果生效。`;
}

function CorrectionItem({ correction: c }: { correction: VoteCorrectionView }) {
  return (
    <View className="xq-objections__correction">
      <Text className="xq-objections__kind">
        {CORRECTION_KIND_LABELS[c.kind]} · {c.unit}
      </Text>
      <Text className="xq-objections__change">
        {c.before} → {c.after}
      </Text>
      <Text className="xq-objections__text">理由：{c.reason}</Text>
      <EvidenceButton ids={c.evidenceAttachmentIds} />
      <Text className="xq-objections__meta">
        {correctionLinkText(c)} · {roleText(c.byRole)} · {formatDateTimeCn(c.at)}
      </Text>
    </View>
  );
}

function ObjectionItem({
  objection: o,
  correction,
  canAnswer,
  proposalId,
}: {
  objection: ObjectionView;
  correction: VoteCorrectionView | null;
  canAnswer: boolean;
  proposalId: number;
}) {
  return (
    <View className={`xq-objections__item${o.mine ? ' xq-objections__item--mine' : ''}`}>
      <View className="xq-objections__head">
        <Text className="xq-objections__kind">
          {OBJECTION_KIND_LABELS[o.kind]} · {o.unit}
        </Text>
        {o.mine && <Text className="xq-objections__mine">我的异议</Text>}
      </View>
      <Text className="xq-objections__text">{o.text}</Text>
      <AttachmentsButton ids={o.attachmentIds} />
      <Text className="xq-objections__meta">提出于 {formatDateTimeCn(o.raisedAt)}</Text>
      {o.answer ? (
        <View className="xq-objections__answer">
          <Text className="xq-objections__answer-title">
            答复 · {roleText(o.answer.byRole)} · {formatDateTimeCn(o.answer.at)}
          </Text>
          <Text className="xq-objections__text">{o.answer.text}</Text>
          {correction && (
            <Text className="xq-objections__meta">
              已据此更正：{correction.before} → {correction.after}（{correctionLinkText(correction)}）
            </Text>
          )}
        </View>
      ) : (
        <View className="xq-objections__waiting">
          <Text>尚未答复</Text>
          {canAnswer && (
            <Button type="primary" size="large" onClick={() => go(objectionPageUrl(proposalId, 'answer', o.id))}>
              答复
            </Button>
          )}
        </View>
      )}
    </View>
  );
}

/**
 * The objection period (询异公示) of a result held here: its end, each objection (never naming the objector;
 * 我的异议 for the objector), each answer and each correction with its link of the chain; 提出异议 for owners
 * during the period, 答复 and 更正 for organisers while the result is preliminary.
 */
export function ObjectionPeriod({
  vote,
  proposalId,
  objections,
  corrections,
  owner,
  organiser,
  now = Date.now(),
}: {
  vote: OwnerVoteView;
  proposalId: number;
  objections: ObjectionView[];
  corrections: VoteCorrectionView[];
  owner: boolean;
  organiser: boolean;
  now?: number;
}) {
  const open = inObjectionPeriod(vote, now);
  const preliminary = vote.resultStage === 'preliminary';
  const unanswered = objections.filter((o) => !o.answer).length;
  return (
    <View className="xq-proposal__card xq-objections">
      <View className="xq-proposal__card-title">
        <Text>结果询异公示</Text>
      </View>
      <Text className="xq-objections__period">{periodLine(vote, open)}</Text>
      {owner && open && (
        <Button type="primary" size="xlarge" block onClick={() => go(objectionPageUrl(proposalId, 'raise'))}>
          提出异议
        </Button>
      )}
      {organiser && preliminary && unanswered > 0 && (
        <Text className="xq-objections__todo">还有 {unanswered} 条异议待答复，全部答复后结果才能生效。</Text>
      )}
      <View className="xq-objections__section">
        <Text className="xq-objections__section-title">异议（{objections.length}）</Text>
        {objections.length === 0 && (
          <Text className="xq-objections__empty">{open ? '还没有业主提出异议。' : '询异期内没有业主提出异议。'}</Text>
        )}
        {objections.map((o) => (
          <ObjectionItem
            key={o.id}
            objection={o}
            correction={corrections.find((c) => c.id === o.answer?.correctionId) ?? null}
            canAnswer={organiser && preliminary}
            proposalId={proposalId}
          />
        ))}
      </View>
      <View className="xq-objections__section">
        <Text className="xq-objections__section-title">更正记录（{corrections.length}）</Text>
        {corrections.length === 0 && <Text className="xq-objections__empty">初步结果没有更正。</Text>}
        {corrections.map((c) => (
          <CorrectionItem key={c.id} correction={c} />
        ))}
      </View>
      {organiser && open && (
        <Button size="large" block onClick={() => go(objectionPageUrl(proposalId, 'correct'))}>
          更正初步结果（须附理由和证据）
        </Button>
      )}
    </View>
  );
}
