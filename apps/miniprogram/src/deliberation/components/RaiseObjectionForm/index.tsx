import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  OBJECTION_KIND_LABELS,
  OBJECTION_KINDS,
  type AttachmentView,
  type ObjectionKind,
  type ObjectionRequest,
  type ObjectionView,
} from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { attachmentsApi } from '../../../services/clients/attachments';
import { deliberationApi } from '../../../services/clients/deliberation';
import { OBJECTION_PHOTOS_MAX, OBJECTION_TEXT_MAX, objectionRequestOf } from '../../lib/objection';
import { FormError } from '../FormError';
import { TextAreaField } from '../TextAreaField';
import { UnitPicker } from '../UnitPicker';

const KIND_CHOICES = OBJECTION_KINDS.map((k) => ({ value: k, label: OBJECTION_KIND_LABELS[k] }));

/**
 * 提出异议 in the objection period: about my own unit's ballot record, or about the roll (a missing unit, a wrong
 * area or owner) of any unit; a text and up to nine photos. The objector is named to nobody.
 */
export function RaiseObjectionForm({
  voteId,
  compoundId,
  ownUnits,
  onDone,
  raise = deliberationApi.raiseObjection,
}: {
  voteId: number;
  compoundId: number;
  ownUnits: { unitId: number; label: string }[];
  onDone: () => void;
  raise?: (voteId: number, body: ObjectionRequest) => Promise<ObjectionView>;
}) {
  const [kind, setKind] = useState<ObjectionKind | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<AttachmentView[]>([]);
  const { saving, error, clearError, edit, submit } = useConfirmedSubmit({
    check: () =>
      objectionRequestOf(
        { kind, unitId, text, attachmentIds: photos.map((p) => p.id) },
        ownUnits.map((u) => u.unitId),
      ),
    confirm: () => ({
      title: '提交异议？',
      content: '异议会在本议题下公示（不显示您的姓名），组织方须逐条答复；提交后不能修改。',
      confirmText: '提交',
      cancelText: '再看看',
    }),
    send: (request) => raise(voteId, request),
    success: '异议已提交',
    onDone,
  });

  function chooseKind(next: ObjectionKind) {
    // A ballot objection takes only my own units: a unit picked for the roll may not be one.
    if ((next === 'ballot') !== (kind === 'ballot')) setUnitId(null);
    setKind(next);
    clearError();
  }

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>提出异议</Text>
      </View>
      <View className="xq-proposal__fact-label">
        <Text>异议的类型</Text>
      </View>
      <ChoiceChips name="objectionKind" choices={KIND_CHOICES} value={kind} onChange={chooseKind} />
      {kind === 'ballot' && (
        <>
          <View className="xq-proposal__fact-label">
            <Text>您名下的房屋</Text>
          </View>
          {ownUnits.length > 0 ? (
            <ChoiceChips
              name="objectionUnit"
              choices={ownUnits.map((u) => ({ value: u.unitId, label: u.label }))}
              value={unitId}
              onChange={edit(setUnitId)}
            />
          ) : (
            <Text className="xq-proposal__fact-note">您在本小区没有已认证的房屋，不能就表决记录提出异议。</Text>
          )}
        </>
      )}
      {kind !== null && kind !== 'ballot' && (
        <>
          <View className="xq-proposal__fact-label">
            <Text>涉及的房屋</Text>
          </View>
          <UnitPicker compoundId={compoundId} onPick={(u) => setUnitId(u?.id ?? null)} />
        </>
      )}
      <TextAreaField
        label="异议内容（必填）"
        placeholder="写明哪里有误、应当是什么，例如 我家 3 栋 502 投的是同意，记录成了不同意"
        value={text}
        onChange={edit(setText)}
        maxLength={OBJECTION_TEXT_MAX}
      />
      <View className="xq-proposal__fact-label">
        <Text>照片（可选，例如 不动产权证书、表决票回执）</Text>
      </View>
      <PhotoPicker
        name="objectionPhotos"
        upload={(file) => attachmentsApi.uploadAttachment(compoundId, file)}
        value={photos}
        onChange={setPhotos}
        max={OBJECTION_PHOTOS_MAX}
      />
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        提交异议
      </Button>
    </View>
  );
}
