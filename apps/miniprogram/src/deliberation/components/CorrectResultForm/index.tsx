import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AttachmentView, CorrectionRequest, OwnerVoteView, VoteCorrectionView } from '@xiaoqu/shared';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { deliberationApi } from '../../../services/clients/deliberation';
import { correctionRequestOf, emptyCorrection, type CorrectionDraft } from '../../lib/objection';
import { CorrectionForm } from '../CorrectionForm';
import { FormError } from '../FormError';

/** A correction found by the organisers themselves during the objection period, on the record with evidence. */
export function CorrectResultForm({
  vote,
  compoundId,
  onDone,
  correct = deliberationApi.correctResult,
}: {
  vote: Pick<OwnerVoteView, 'id' | 'kind' | 'options'>;
  compoundId: number;
  onDone: () => void;
  correct?: (voteId: number, body: CorrectionRequest) => Promise<VoteCorrectionView>;
}) {
  const [draft, setDraft] = useState<CorrectionDraft>(emptyCorrection);
  const [evidence, setEvidence] = useState<AttachmentView[]>([]);
  const { saving, error, clearError, submit } = useConfirmedSubmit({
    check: () => correctionRequestOf({ ...draft, evidenceAttachmentIds: evidence.map((e) => e.id) }),
    confirm: () => ({
      title: '更正初步结果？',
      content: '更正会重新计票，并作为新的公示记录接在它所更正的记录之后，理由和证据一并公示，不能撤回。',
      confirmText: '更正',
      cancelText: '再看看',
    }),
    send: (request) => correct(vote.id, request),
    success: '已更正',
    onDone,
  });

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>更正初步结果</Text>
      </View>
      <CorrectionForm
        vote={vote}
        compoundId={compoundId}
        value={draft}
        evidence={evidence}
        onChange={(patch) => {
          setDraft((d) => ({ ...d, ...patch }));
          clearError();
        }}
        onEvidence={setEvidence}
      />
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        发布更正
      </Button>
    </View>
  );
}
