import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { chinaDay, formatDateCn, type AttachmentView, type BallotRecordView, type OwnerVoteView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { proposalsApi } from '../../../services/clients/proposals';
import { errorMessage } from '../../../services/request';
import { BallotPick } from '../../components/BallotPick';
import { FormError } from '../../components/FormError';
import { ScanPicker } from '../../components/ScanPicker';
import { UnitPicker } from '../../components/UnitPicker';
import { ballotLabel } from '../../lib/options';
import { METHOD_LABELS } from '../../lib/vote';
import { PAPER_RULE_TEXT, paperBallotRequest, type PaperBallotForm } from '../../lib/paper';
import '../proposal/index.scss';
import './index.scss';

/** What the page needs of the vote; an agree/disagree vote when opened without its proposal. */
type VoteShape = Pick<OwnerVoteView, 'kind' | 'options' | 'status' | 'secret'>;
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

function PaperBallotCard({
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
      <Input
        className="xq-form-input"
        name="signedOn"
        value={form.signedOn}
        onChange={(signedOn) => set({ signedOn })}
        maxLength={10}
      />
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

/** A record's choice: hidden in a secret vote, and in every vote until it closes. */
function choiceLine(record: BallotRecordView, vote: VoteShape): string {
  if (record.choice !== null || record.optionId !== null) return `意见：${ballotLabel(record, vote.options)} · `;
  if (vote.secret) return '秘密表决，不显示意见 · ';
  return '表决结束前不显示意见 · ';
}

function RecordRow({ record, vote }: { record: BallotRecordView; vote: VoteShape }) {
  return (
    <View className="xq-ballots__record">
      <View className="xq-ballots__record-head">
        <Text>
          {METHOD_LABELS[record.method]} · {record.units.join('、')}
        </Text>
        <Text className={record.counted ? 'xq-ballots__counted' : 'xq-ballots__superseded'}>
          {record.counted ? '计入' : '已被取代'}
        </Text>
      </View>
      <Text className="xq-ballots__record-line">
        {choiceLine(record, vote)}
        作出于 {formatDateCn(record.madeAt)}
        {record.correctsBallotId ? ` · 更正第 ${record.correctsBallotId} 号选票` : ''}
      </Text>
      <Text className="xq-ballots__record-line">
        录入：{record.enteredBy}（{formatDateCn(record.enteredAt)}）
        {record.proxyName ? ` · 受托人 ${record.proxyName}` : ''}
      </Text>
    </View>
  );
}

export default function BallotsPage() {
  const { params } = useRouter();
  const voteId = Number(params.voteId);
  const compoundId = Number(params.compoundId);
  const proposalId = Number(params.proposalId);
  const [state, reload] = useAsync(async () => {
    const [records, proposal] = await Promise.all([
      proposalsApi.ballots(voteId),
      proposalId > 0 ? proposalsApi.proposal(proposalId) : null,
    ]);
    const vote: VoteShape = proposal?.vote ?? {
      kind: 'approval',
      options: [],
      status: params.open === '1' ? 'open' : 'closed',
      secret: true,
    };
    return { records, vote };
  });
  const vote = state.data?.vote;
  const records = state.data?.records;
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  return (
    <View className="xq-page xq-ballots">
      {vote?.status === 'open' && (
        <PaperBallotCard voteId={voteId} vote={vote} compoundId={compoundId} onSaved={() => void reload()} />
      )}
      <View className="xq-proposal__card">
        <View className="xq-proposal__card-title">
          <Text>选票记录{records ? `（${records.length}）` : ''}</Text>
        </View>
        {!records || !vote ? (
          state.status === 'error' ? (
            <EmptyState
              status="error"
              title="没能加载选票记录"
              description={`${errorMessage(state.error)}。`}
              actionText="重新加载"
              onAction={() => void reload()}
            />
          ) : (
            <PageSkeleton rows={2} />
          )
        ) : records.length === 0 ? (
          <EmptyState icon="票" title="还没有选票" description="业主线上投票或录入纸质票后会显示在这里。" />
        ) : (
          records.map((r) => <RecordRow key={r.id} record={r} vote={vote} />)
        )}
      </View>
    </View>
  );
}
