import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AnswerObjectionRequest, AttachmentView, ObjectionView, OwnerVoteView } from '@xiaoqu/shared';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { deliberationApi } from '../../../services/clients/deliberation';
import { ANSWER_TEXT_MAX, answerRequestOf, emptyCorrection, type CorrectionDraft } from '../../lib/objection';
import { CorrectionForm } from '../CorrectionForm';
import { FormError } from '../FormError';
import { TextAreaField } from '../TextAreaField';

/** 答复 an objection, in public; with a correction of the preliminary result when the objection holds. */
export function AnswerObjectionForm({
  vote,
  compoundId,
  objection,
  onDone,
  answer = deliberationApi.answerObjection,
}: {
  vote: Pick<OwnerVoteView, 'id' | 'kind' | 'options'>;
  compoundId: number;
  objection: Pick<ObjectionView, 'id'>;
  onDone: () => void;
  answer?: (objectionId: number, body: AnswerObjectionRequest) => Promise<ObjectionView>;
}) {
  const [text, setText] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const [correction, setCorrection] = useState<CorrectionDraft>(emptyCorrection);
  const [evidence, setEvidence] = useState<AttachmentView[]>([]);
  const { saving, error, clearError, edit, submit } = useConfirmedSubmit({
    check: () =>
      answerRequestOf(text, correcting ? { ...correction, evidenceAttachmentIds: evidence.map((e) => e.id) } : null),
    confirm: () => ({
      title: correcting ? '答复并更正？' : '发布答复？',
      content: correcting
        ? '答复会公示；更正会重新计票，并作为新的公示记录接在初步结果之后，不能撤回。'
        : '答复会在本议题下公示，不能撤回。',
      confirmText: '发布',
      cancelText: '再看看',
    }),
    send: (request) => answer(objection.id, request),
    success: '答复已发布',
    onDone,
  });

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>答复异议</Text>
      </View>
      <TextAreaField
        label="答复（必填，会公示）"
        placeholder="例如 已核对业主签字的表决票，确属录入错误，予以更正"
        value={text}
        onChange={edit(setText)}
        maxLength={ANSWER_TEXT_MAX}
      />
      <View className="xq-proposal__actions">
        <Button type={correcting ? 'default' : 'primary'} size="large" onClick={() => setCorrecting(false)}>
          {correcting ? '只答复，不更正' : '✓ 只答复，不更正'}
        </Button>
        <Button type={correcting ? 'primary' : 'default'} size="large" onClick={() => setCorrecting(true)}>
          {correcting ? '✓ 答复并更正结果' : '答复并更正结果'}
        </Button>
      </View>
      {correcting && (
        <CorrectionForm
          vote={vote}
          compoundId={compoundId}
          value={correction}
          evidence={evidence}
          onChange={(patch) => {
            setCorrection((c) => ({ ...c, ...patch }));
            clearError();
          }}
          onEvidence={setEvidence}
        />
      )}
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {correcting ? '发布答复和更正' : '发布答复'}
      </Button>
    </View>
  );
}
