import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { chinaDay, type AttachmentView } from '@xiaoqu/shared';
import { DateField } from '../../../components/DateField';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { proposalsApi } from '../../../services/clients/proposals';
import { BallotPick } from '../BallotPick';
import { FormError } from '../FormError';
import { ScanPicker } from '../ScanPicker';
import { UnitPicker } from '../UnitPicker';
import { METHOD_LABELS } from '../../lib/vote';
import { PAPER_RULE_TEXT, paperBallotRequest, type PaperBallotForm } from '../../lib/paper';
import type { VoteShape } from '../../lib/ballot-record';

const todayCn = () => chinaDay(Date.now());

const emptyForm = (): PaperBallotForm => ({
  unitId: null,
  ballot: null,
  method: 'paper',
  signedOn: todayCn(),
  scanId: null,
  proxyName: '',
  proxyDocumentId: null,
});

/** An organiser enters one paper (or proxy) ballot: the unit, the choice, how and when it was signed, the scan. */
export function PaperBallotCard({
  voteId,
  vote,
  compoundId,
  onSaved,
}: {
  voteId: number;
  vote: VoteShape;
  compoundId: number;
  onSaved: () => void;
}) {
  const [form, setForm] = useState<PaperBallotForm>(emptyForm);
  const [scan, setScan] = useState<AttachmentView | null>(null);
  const [proxyDoc, setProxyDoc] = useState<AttachmentView | null>(null);
  const [round, setRound] = useState(0);
  const set = (patch: Partial<PaperBallotForm>) => setForm((f) => ({ ...f, ...patch }));
  const { saving, error, submit } = useConfirmedSubmit({
    check: () =>
      paperBallotRequest({ ...form, scanId: scan?.id ?? null, proxyDocumentId: proxyDoc?.id ?? null }, todayCn()),
    send: (request) => proposalsApi.addPaperBallot(voteId, request),
    success: '已录入',
    onDone: () => {
      setForm(emptyForm());
      setScan(null);
      setProxyDoc(null);
      setRound((r) => r + 1);
      onSaved();
    },
  });

  const proxy = form.method === 'proxy';
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>录入纸质票 / 委托票</Text>
      </View>
      <View className="xq-ballots__rule">
        <Text>{PAPER_RULE_TEXT}</Text>
      </View>
      <View className="xq-proposal__fact-label">
        <Text>房屋（选业主的任一套，选票覆盖其全部房屋）</Text>
      </View>
      <UnitPicker key={round} compoundId={compoundId} onPick={(u) => set({ unitId: u?.id ?? null })} />
      <View className="xq-proposal__fact-label">
        <Text>方式</Text>
      </View>
      <View className="xq-proposal__actions">
        {(['paper', 'proxy'] as const).map((m) => (
          <Button
            key={m}
            size="large"
            type={form.method === m ? 'primary' : 'default'}
            onClick={() => set({ method: m })}
          >
            {form.method === m ? `✓ ${METHOD_LABELS[m]}` : METHOD_LABELS[m]}
          </Button>
        ))}
      </View>
      <View className="xq-proposal__fact-label">
        <Text>票面意见</Text>
      </View>
      <BallotPick vote={vote} value={form.ballot} onChange={(ballot) => set({ ballot })} />
      <View className="xq-proposal__fact-label">
        <Text>签署日期</Text>
      </View>
      <DateField name="signedOn" value={form.signedOn} onChange={(signedOn) => set({ signedOn })} end={todayCn()} />
      <View className="xq-proposal__fact-label">
        <Text>签字表决票</Text>
      </View>
      <ScanPicker
        compoundId={compoundId}
        name="ballotScan"
        label="上传表决票（图片或 PDF）"
        value={scan}
        onChange={setScan}
      />
      {proxy && (
        <>
          <View className="xq-proposal__fact-label">
            <Text>受托人姓名</Text>
          </View>
          <Input
            className="xq-form-input"
            name="proxyName"
            value={form.proxyName}
            onChange={(proxyName) => set({ proxyName })}
            maxLength={50}
          />
          <View className="xq-proposal__fact-label">
            <Text>授权委托书</Text>
          </View>
          <ScanPicker
            compoundId={compoundId}
            name="proxyScan"
            label="上传授权委托书（图片或 PDF）"
            value={proxyDoc}
            onChange={setProxyDoc}
          />
        </>
      )}
      <FormError error={error} />
      <View className="xq-ballots__submit">
        <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
          录入这张票
        </Button>
      </View>
    </View>
  );
}
