import { useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import {
  formatDateCn,
  PARTY_LABELS,
  type AttachmentView,
  type Party,
  type ProposalTimelineView,
  type ProposalView,
} from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { StageTag } from '../../../components/StatusTag';
import { useAsync } from '../../../hooks/useAsync';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { accountApi } from '../../../services/clients/account';
import { attachmentsApi } from '../../../services/clients/attachments';
import { proposalsApi } from '../../../services/clients/proposals';
import { deliberationApi } from '../../../services/clients/deliberation';
import { toastError, toastSuccess } from '../../../services/feedback';
import { deliberationRoles } from '../../../services/places';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { FormError } from '../../components/FormError';
import {
  hasPollOpened,
  mayPostUpdates,
  parseAttendees,
  partyPositions,
  recordableParties,
  updatesOpen,
} from '../../lib/consultation';
import { closesAtOf, earliestCloseDay } from '../../lib/vote';
import '../proposal/index.scss';
import './index.scss';

interface RecordPageData {
  proposal: ProposalView;
  timeline: ProposalTimelineView;
  parties: Party[];
  organiser: boolean;
  updater: boolean;
}

async function loadRecord(id: number): Promise<RecordPageData> {
  const [proposal, me, timeline] = await Promise.all([
    proposalsApi.proposal(id),
    accountApi.me(),
    deliberationApi.timeline(id),
  ]);
  return {
    proposal,
    timeline,
    parties: recordableParties(me, proposal.compoundId),
    organiser: deliberationRoles(me, proposal.compoundId).organiser,
    updater: mayPostUpdates(me, proposal.compoundId),
  };
}

/** Saves with a loading state and a toast; returns whether it worked. */
async function saving<T>(setBusy: (b: boolean) => void, run: () => Promise<T>, done: string): Promise<boolean> {
  setBusy(true);
  try {
    await run();
    toastSuccess(done);
    return true;
  } catch (error) {
    toastError(error);
    return false;
  } finally {
    setBusy(false);
  }
}

function PositionForm({
  proposalId,
  party,
  current,
  onSaved,
}: {
  proposalId: number;
  party: Party;
  current: string | null;
  onSaved: () => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const label = PARTY_LABELS[party];
  return (
    <View className={`xq-record__party xq-record__party--${party}`}>
      <Text className="xq-record__party-label">{label}</Text>
      <Text className="xq-record__current">{current ? `目前的意见：${current}` : '尚未表态'}</Text>
      <TextArea
        className="xq-record__textarea"
        placeholder={`${label}的意见，例如 同意 / 不同意，并写明理由`}
        value={text}
        onChange={setText}
        maxLength={2000}
      />
      <Button
        type="primary"
        size="large"
        block
        loading={busy}
        disabled={busy || !text.trim()}
        onClick={() =>
          void saving(
            setBusy,
            () => deliberationApi.recordPosition(proposalId, party, { text: text.trim() }),
            '已记录',
          ).then((ok) => {
            if (!ok) return;
            setText('');
            onSaved();
          })
        }
      >
        {current ? `更新${label}的意见` : `记录${label}的意见`}
      </Button>
    </View>
  );
}

function MeetingForm({ proposal, onSaved }: { proposal: ProposalView; onSaved: () => void }) {
  const [minutes, setMinutes] = useState('');
  const [attendees, setAttendees] = useState('');
  const [photos, setPhotos] = useState<AttachmentView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function submit() {
    const names = parseAttendees(attendees);
    if (!minutes.trim()) return setError('请填写会议纪要');
    if (names.length === 0) return setError('请填写参会人员，用顿号或逗号分开');
    setError(null);
    void saving(
      setBusy,
      () =>
        deliberationApi.recordMeeting(proposal.id, {
          minutes: minutes.trim(),
          attendees: names,
          attachmentIds: photos.map((p) => p.id),
        }),
      '纪要已保存',
    ).then((ok) => {
      if (!ok) return;
      setMinutes('');
      setAttendees('');
      setPhotos([]);
      onSaved();
    });
  }

  return (
    <View className="xq-proposal__card xq-record__meeting">
      <View className="xq-proposal__card-title">
        <Text>协商会议纪要</Text>
      </View>
      <View className="xq-proposal__fact-label">
        <Text>纪要（议了什么、各方怎么说、议定了什么）</Text>
      </View>
      <TextArea
        className="xq-record__textarea"
        placeholder="例如 四方一致同意提交业主大会表决，采用公开招标方式选聘。"
        value={minutes}
        onChange={setMinutes}
        maxLength={4000}
      />
      <View className="xq-proposal__fact-label">
        <Text>参会人员（用顿号、逗号或空格分开）</Text>
      </View>
      <Input
        className="xq-form-input"
        name="attendees"
        placeholder="例如 居委会王主任、业委会李主任、物业张经理"
        value={attendees}
        onChange={setAttendees}
        maxLength={1000}
      />
      <View className="xq-proposal__fact-label">
        <Text>会议照片或签到表（可选）</Text>
      </View>
      <PhotoPicker
        upload={(file) => attachmentsApi.uploadAttachment(proposal.compoundId, file)}
        name="meetingPhotos"
        value={photos}
        onChange={setPhotos}
      />
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={busy} disabled={busy} onClick={submit}>
        保存会议纪要
      </Button>
    </View>
  );
}

const PROGRESS_STEPS = [0, 25, 50, 75, 100];

function UpdateForm({ proposal, onSaved }: { proposal: ProposalView; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [photos, setPhotos] = useState<AttachmentView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function submit() {
    if (!text.trim()) return setError('请说明做了什么、下一步是什么');
    if (progress === null) return setError('请选择完成进度');
    setError(null);
    void saving(
      setBusy,
      () =>
        deliberationApi.postUpdate(proposal.id, {
          text: text.trim(),
          progress,
          attachmentIds: photos.map((p) => p.id),
        }),
      '进展已发布',
    ).then((ok) => {
      if (!ok) return;
      setText('');
      setProgress(null);
      setPhotos([]);
      onSaved();
    });
  }

  return (
    <View className="xq-proposal__card xq-record__update">
      <View className="xq-proposal__card-title">
        <Text>登记落实进展</Text>
      </View>
      <TextArea
        className="xq-record__textarea"
        placeholder="例如 12月5日完成招标公告，12月20日开标。"
        value={text}
        onChange={setText}
        maxLength={2000}
      />
      <View className="xq-proposal__fact-label">
        <Text>完成进度</Text>
      </View>
      <View className="xq-record__steps">
        {PROGRESS_STEPS.map((p) => (
          <Button key={p} type={p === progress ? 'primary' : 'default'} size="large" onClick={() => setProgress(p)}>
            {p === progress ? `✓ ${p}%` : `${p}%`}
          </Button>
        ))}
      </View>
      <View className="xq-proposal__fact-label">
        <Text>现场照片（可选，发布日期自动记录）</Text>
      </View>
      <PhotoPicker
        upload={(file) => attachmentsApi.uploadAttachment(proposal.compoundId, file)}
        name="updatePhotos"
        value={photos}
        onChange={setPhotos}
      />
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={busy} disabled={busy} onClick={submit}>
        发布进展
      </Button>
    </View>
  );
}

function PollForm({ proposal }: { proposal: ProposalView }) {
  const [day, setDay] = useState(earliestCloseDay);
  const { saving, error, submit } = useConfirmedSubmit({
    check: () => {
      const closesAt = closesAtOf(day.trim());
      return !closesAt || day.trim() < earliestCloseDay()
        ? { request: null, error: `截止日期请写成 YYYY-MM-DD，最早 ${earliestCloseDay()}` }
        : { request: { closesAt }, error: null };
    },
    confirm: () => ({
      title: '发起居民意见征询？',
      content: '每位居民一票，以简单多数计，结果仅供参考，不是业主共同决定。发起后这个议题不能再发起业主表决。',
      confirmText: '发起',
      cancelText: '再看看',
    }),
    send: (request) => deliberationApi.openPoll(proposal.id, request),
    success: '征询已开始',
    onDone: (poll) =>
      Taro.redirectTo({ url: `/deliberation/pages/proposal/index?id=${proposal.id}&pollId=${poll.id}` }),
  });

  return (
    <View className="xq-proposal__card xq-record__poll">
      <View className="xq-proposal__card-title">
        <Text>或：发起居民意见征询</Text>
      </View>
      <View className="xq-proposal__note">
        <Text>不属于业主共同决定的事项，可以征询全体居民的意见：每人一票，简单多数，仅供参考。</Text>
      </View>
      <View className="xq-proposal__fact-label">
        <Text>截止日期（当天 24 点结束）</Text>
      </View>
      <Input className="xq-form-input" name="pollClosesOn" value={day} onChange={setDay} maxLength={10} />
      <FormError error={error} />
      <Button size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        发起居民意见征询
      </Button>
    </View>
  );
}

export default function RecordPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const [state, reload] = useAsync(() => loadRecord(id));
  useDidShow(() => void reload());

  if (!state.data) return <PageLoading state={state} failed="没能加载议题" onRetry={reload} />;

  const { proposal, timeline, parties, organiser, updater } = state.data;
  const current = partyPositions(timeline.positions);
  const canPoll =
    organiser &&
    !proposal.vote &&
    proposal.pollId === null &&
    !hasPollOpened(timeline.events) &&
    (proposal.stage === 'raised' || proposal.stage === 'consultation');
  const canUpdate = updater && updatesOpen(proposal.stage);
  const nothing = parties.length === 0 && !organiser && !canUpdate;
  return (
    <View className="xq-page xq-proposal xq-record">
      <View className="xq-proposal__head">
        <View className="xq-proposal__title-row">
          <Text className="xq-proposal__title">{proposal.title}</Text>
          <StageTag proposal={proposal} />
        </View>
        <Text className="xq-proposal__date">
          提出于 {formatDateCn(proposal.createdAt)} · 保存后居民即可在议题进程中看到
        </Text>
      </View>
      {nothing && (
        <EmptyState
          title="这里没有您能记录的内容"
          description="四方意见由居委会、业委会、物业各自记录（社区可代社会组织记录）；纪要由业委会或社区记录。"
          actionText="返回议题"
          onAction={() => void Taro.navigateBack()}
        />
      )}
      {canUpdate && <UpdateForm proposal={proposal} onSaved={() => void reload()} />}
      {parties.length > 0 && (
        <View className="xq-proposal__card xq-record__positions">
          <View className="xq-proposal__card-title">
            <Text>记录四方意见</Text>
          </View>
          {parties.map((party) => (
            <PositionForm
              key={party}
              proposalId={proposal.id}
              party={party}
              current={current.find((c) => c.party === party)?.text ?? null}
              onSaved={() => void reload()}
            />
          ))}
        </View>
      )}
      {organiser && <MeetingForm proposal={proposal} onSaved={() => void reload()} />}
      {canPoll && <PollForm proposal={proposal} />}
      <View className="xq-proposal__end" />
    </View>
  );
}
