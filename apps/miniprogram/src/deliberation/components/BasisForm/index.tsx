import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import {
  OBJECTION_DAYS_DEFAULT,
  OBJECTION_DAYS_MAX,
  OBJECTION_DAYS_MIN,
  type AttachmentView,
  type VoteBasisRequest,
  type VoteBasisView,
} from '@xiaoqu/shared';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { deliberationApi } from '../../../services/clients/deliberation';
import { BASIS_CLAUSE_MAX, basisRequestOf } from '../../lib/notice';
import { FormError } from '../FormError';
import { ScanPicker } from '../ScanPicker';
import { TextAreaField } from '../TextAreaField';

/**
 * Records the clause of the compound's 管理规约 / 议事规则 that allows owner votes here, with the document that
 * carries it and the objection period its rules set (3–15 days, 7 by default). Each record is kept; the newest
 * applies to votes opened after it.
 */
export function BasisForm({
  compoundId,
  current,
  onSaved,
  record = deliberationApi.recordVoteBasis,
}: {
  compoundId: number;
  current: VoteBasisView | null;
  onSaved: () => void;
  record?: (compoundId: number, body: VoteBasisRequest) => Promise<VoteBasisView>;
}) {
  const [clause, setClause] = useState(current?.clause ?? '');
  const [document, setDocument] = useState<AttachmentView | null>(null);
  const [days, setDays] = useState(String(current?.objectionDays ?? OBJECTION_DAYS_DEFAULT));
  const { saving, error, edit, submit } = useConfirmedSubmit({
    check: () => basisRequestOf({ clause, documentAttachmentId: document?.id ?? null, objectionDays: days }),
    confirm: (request) => ({
      title: '记录表决依据？',
      content: `之后在本平台发起的业主表决都以这条依据为准，结果公示后询异期 ${request.objectionDays} 天。已发起的表决不受影响。`,
      confirmText: '记录',
      cancelText: '再看看',
    }),
    send: (request) => record(compoundId, request),
    success: '依据已记录',
    onDone: () => {
      setDocument(null);
      onSaved();
    },
  });

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>{current ? '更新表决依据' : '记录表决依据'}</Text>
      </View>
      <TextAreaField
        label="条款原文（管理规约或议事规则中允许在本平台电子表决的条款）"
        placeholder="例如 《锦绣花园管理规约》第二十条：业主共同决定事项可以通过小区共治平台以电子方式表决"
        value={clause}
        onChange={edit(setClause)}
        maxLength={BASIS_CLAUSE_MAX}
      />
      <View className="xq-proposal__fact-label">
        <Text>载有该条款的文件（业主大会通过的规约或规则，PDF 或照片）</Text>
      </View>
      <ScanPicker
        compoundId={compoundId}
        name="basisDocument"
        label="上传规约或规则文件"
        value={document}
        onChange={edit(setDocument)}
      />
      <View className="xq-proposal__fact-label">
        <Text>
          结果询异期（{OBJECTION_DAYS_MIN}–{OBJECTION_DAYS_MAX} 天，按规约或规则填写，未规定的填{' '}
          {OBJECTION_DAYS_DEFAULT}）
        </Text>
      </View>
      <Input
        className="xq-form-input"
        name="objectionDays"
        type="number"
        value={days}
        onChange={edit(setDays)}
        maxLength={2}
      />
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {current ? '记录新的依据' : '记录依据'}
      </Button>
    </View>
  );
}
