import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import {
  CORRECTION_KIND_LABELS,
  CORRECTION_KINDS,
  formatDateCn,
  type AttachmentView,
  type BallotRecordView,
  type OwnerVoteView,
} from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';
import { useAsync } from '../../../hooks/useAsync';
import { proposalsApi } from '../../../services/clients/proposals';
import { errorMessage } from '../../../services/request';
import { CORRECTION_REASON_MAX, type CorrectionDraft } from '../../lib/objection';
import { ballotLabel } from '../../lib/options';
import { METHOD_LABELS } from '../../lib/vote';
import { BallotPick } from '../BallotPick';
import { EvidencePicker } from '../EvidencePicker';
import { TextAreaField } from '../TextAreaField';
import { UnitPicker } from '../UnitPicker';
import './index.scss';

const KIND_CHOICES = CORRECTION_KINDS.map((k) => ({ value: k, label: CORRECTION_KIND_LABELS[k] }));

const ballotLine = (b: BallotRecordView, vote: Pick<OwnerVoteView, 'options'>) =>
  `第 ${b.id} 号 · ${METHOD_LABELS[b.method]} · ${b.units.join('、')} · ` +
  `${b.choice !== null || b.optionId !== null ? ballotLabel(b, vote.options) : '意见不公开'} · ${formatDateCn(b.madeAt)}` +
  (b.counted ? '' : '（已被取代）');

/** The counted ballots of the vote to pick the one entered wrongly, loaded when that kind is chosen. */
function BallotChooser({
  vote,
  value,
  onChange,
}: {
  vote: Pick<OwnerVoteView, 'id' | 'options'>;
  value: number | null;
  onChange: (id: number) => void;
}) {
  const [ballots, load] = useAsync(() => proposalsApi.ballots(vote.id));
  useEffect(() => void load(), [load]);
  if (ballots.status === 'error') return <Text className="xq-correction__hint">{errorMessage(ballots.error)}</Text>;
  if (!ballots.data) return <Text className="xq-correction__hint">正在加载选票记录…</Text>;
  if (ballots.data.length === 0) return <Text className="xq-correction__hint">这次表决没有选票记录。</Text>;
  return (
    <View className="xq-correction__ballots" role="radiogroup">
      {ballots.data.map((b) => (
        <View
          key={b.id}
          role="radio"
          aria-checked={b.id === value}
          className={`xq-correction__ballot${b.id === value ? ' xq-correction__ballot--on' : ''}`}
          onClick={() => onChange(b.id)}
        >
          <Text>
            {b.id === value ? '✓ ' : ''}
            {ballotLine(b, vote)}
          </Text>
        </View>
      ))}
    </View>
  );
}

/**
 * A correction of the preliminary result as the organiser fills it in: what kind, which unit, the ballot and the
 * corrected choice, or the area in m² (parsed to 0.01 m² from its digits), the reason and at least one piece of
 * evidence. Checked by `correctionRequestOf` when sent.
 */
export function CorrectionForm({
  vote,
  compoundId,
  value,
  evidence,
  onChange,
  onEvidence,
}: {
  vote: Pick<OwnerVoteView, 'id' | 'kind' | 'options'>;
  compoundId: number;
  value: CorrectionDraft;
  evidence: AttachmentView[];
  onChange: (patch: Partial<CorrectionDraft>) => void;
  onEvidence: (next: AttachmentView[]) => void;
}) {
  return (
    <View className="xq-correction">
      <View className="xq-proposal__fact-label">
        <Text>更正什么</Text>
      </View>
      <ChoiceChips
        name="correctionKind"
        choices={KIND_CHOICES}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <View className="xq-proposal__fact-label">
        <Text>涉及的房屋</Text>
      </View>
      <UnitPicker compoundId={compoundId} onPick={(u) => onChange({ unitId: u?.id ?? null })} />
      {value.kind === 'ballot_choice' && (
        <>
          <View className="xq-proposal__fact-label">
            <Text>录入有误的表决票</Text>
          </View>
          <BallotChooser vote={vote} value={value.ballotId} onChange={(ballotId) => onChange({ ballotId })} />
          <View className="xq-proposal__fact-label">
            <Text>签字表决票上的真实意见</Text>
          </View>
          <BallotPick vote={vote} value={value.ballot} onChange={(ballot) => onChange({ ballot })} />
        </>
      )}
      {value.kind === 'roll_area' && (
        <>
          <View className="xq-proposal__fact-label">
            <Text>更正后的专有面积（m²，最多两位小数）</Text>
          </View>
          <Input
            className="xq-form-input"
            name="areaM2"
            type="digit"
            placeholder="例如 89.5"
            value={value.areaText}
            onChange={(areaText) => onChange({ areaText })}
            maxLength={12}
          />
        </>
      )}
      {value.kind === 'roll_unit' && (
        <Text className="xq-correction__hint">按社区导入的更正后花名册，补入漏掉的房屋或更正其业主和面积。</Text>
      )}
      <TextAreaField
        label="更正理由"
        placeholder="例如 录入纸质票时看错了行，以业主签字的表决票为准"
        value={value.reason}
        onChange={(reason) => onChange({ reason })}
        maxLength={CORRECTION_REASON_MAX}
      />
      <View className="xq-proposal__fact-label">
        <Text>证据（至少一份）</Text>
      </View>
      <EvidencePicker compoundId={compoundId} value={evidence} onChange={onEvidence} />
    </View>
  );
}
