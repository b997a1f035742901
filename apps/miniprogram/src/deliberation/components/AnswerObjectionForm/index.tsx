import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { AnswerObjectionRequest, AttachmentView, ObjectionView, OwnerVoteView } from '@xiaoqu/shared';
import { deliberationApi } from '../../../services/deliberation';
import { toastError, toastSuccess } from '../../../services/feedback';
import { ANSWER_TEXT_MAX, answerRequestOf, emptyCorrection, type CorrectionDraft } from '../../lib/objection';
import { CorrectionForm } from '../CorrectionForm';

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
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit() {
    const built = answerRequestOf(
      text,
      correcting ? { ...correction, evidenceAttachmentIds: evidence.map((e) => e.id) } : null,
    );
    if (built.error !== null) {
      setError(built.error);
      return;
    }
    setError(null);
    const sure = await Taro.showModal({
      title: correcting ? '答复并更正？' : '发布答复？',
      content: correcting
        ? '答复会公示；更正会重新计票，并作为新的公示记录接在初步结果之后，不能撤回。'
        : '答复会在本议题下公示，不能撤回。',
      confirmText: '发布',
      cancelText: '再看看',
    });
    if (!sure.confirm) return;
    setSaving(true);
    try {
      await answer(objection.id, built.request);
      toastSuccess('答复已发布');
      onDone();
    } catch (e) {
      toastError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>答复异议</Text>
      </View>
      <View className="xq-proposal__fact-label">
        <Text>答复（必填，会公示）</Text>
      </View>
      <TextArea
        className="xq-correction__text"
        placeholder="例如 已核对业主签字的表决票，确属录入错误，予以更正"
        value={text}
        onChange={(v) => {
          setText(v);
          setError(null);
        }}
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
            setError(null);
          }}
          onEvidence={setEvidence}
        />
      )}
      {error && (
        <View className="xq-proposal__error" role="alert">
          <Text>⚠ {error}</Text>
        </View>
      )}
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {correcting ? '发布答复和更正' : '发布答复'}
      </Button>
    </View>
  );
}
