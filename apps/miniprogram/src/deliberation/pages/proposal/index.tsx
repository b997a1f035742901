import { useEffect, useState } from 'react';
import Taro, { useDidHide, useDidShow, usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import {
  formatDateCn,
  VOTE_CHANNEL_LABELS,
  VOTE_NOTICE_DAYS,
  type AttachmentView,
  type BallotReceipt,
  type BuildingTurnout,
  type MatterNo,
  type OwnerVoteResultView,
  type OwnerVoteTallyView,
  type OwnerVoteView,
  type ProposalTimelineView,
  type ProposalView,
  type ReceiptCheck,
  type ResidentPollView,
  type TallyBallot,
} from '@xiaoqu/shared';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { StageTag } from '../../../components/StatusTag';
import { useAsync } from '../../../hooks/useAsync';
import { api } from '../../../services/api';
import { attachmentLabel, openAttachment } from '../../../services/attachments';
import { createBallotSender } from '../../../services/ballot';
import { deliberationApi } from '../../../services/deliberation';
import { toastError, toastSuccess, toastText } from '../../../services/feedback';
import { deliberationRoles } from '../../../services/places';
import { BallotButtons } from '../../components/BallotButtons';
import { EvaluationCard } from '../../components/EvaluationCard';
import { PartyPositions } from '../../components/PartyPositions';
import { MatterChooser } from '../../components/MatterChooser';
import { ResidentPoll } from '../../components/ResidentPoll';
import { ResultChart } from '../../components/ResultChart';
import { Timeline } from '../../components/Timeline';
import { TurnoutBars } from '../../components/TurnoutBars';
import { ReceiptResult } from '../../components/ReceiptResult';
import { ScanPicker } from '../../components/ScanPicker';
import { TallyView } from '../../components/TallyView';
import {
  evaluationOpen,
  formatDateTimeCn,
  hasPollOpened,
  isResidentOf,
  mayPostUpdates,
  recordableParties,
  supportOpen,
} from '../../lib/consultation';
import { importable } from '../../lib/official';
import {
  addDays,
  CHOICE_LABELS,
  earliestCloseDay,
  earliestOpenDay,
  latestNoticeDay,
  MATTER_LABELS,
  officialRollText,
  openVoteConfirm,
  openVoteRequestOf,
  rollText,
  thresholdText,
  VOTE_START_LABELS,
  VOTE_STARTS,
  voteStatusText,
  type VoteStart,
} from '../../lib/vote';
import './index.scss';

interface ProposalPageData {
  proposal: ProposalView;
  timeline: ProposalTimelineView;
  tally: OwnerVoteTallyView | null;
  turnout: BuildingTurnout[];
  result: OwnerVoteResultView | null;
  poll: ResidentPollView | null;
  organiser: boolean;
  owner: boolean;
  resident: boolean;
  /** May record a party's position, minutes or progress: the record page. */
  recorder: boolean;
}

async function loadProposal(id: number, pollParam: number | null): Promise<ProposalPageData> {
  const [proposal, me, timeline] = await Promise.all([api.proposal(id), api.me(), deliberationApi.timeline(id)]);
  const vote = proposal.vote;
  const pollId = proposal.pollId ?? pollParam;
  const [tally, turnout, result, poll] = await Promise.all([
    // An announced vote has no roll and no ballots yet: nothing to count.
    vote && vote.status !== 'announced' ? api.tally(vote.id) : null,
    // An imported official result has no roll here: no turnout per building.
    vote?.channel === 'here' && vote.status !== 'announced' ? deliberationApi.turnout(vote.id) : [],
    vote?.status === 'closed' ? deliberationApi.result(vote.id) : null,
    pollId ? deliberationApi.poll(pollId).catch(() => null) : null,
  ]);
  return {
    proposal,
    timeline,
    tally,
    turnout,
    result,
    poll: poll?.proposalId === id ? poll : null,
    ...deliberationRoles(me, proposal.compoundId),
    resident: isResidentOf(me, proposal.compoundId),
    recorder: recordableParties(me, proposal.compoundId).length > 0 || mayPostUpdates(me, proposal.compoundId),
  };
}

/** Live turnout: while an open vote's page is on screen, it refreshes every 30 seconds. */
function useLiveRefresh(live: boolean, refresh: () => Promise<void>) {
  const [visible, setVisible] = useState(true);
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  useEffect(() => {
    if (!live || !visible) return undefined;
    const timer = setInterval(() => void refresh(), 30_000);
    return () => clearInterval(timer);
  }, [live, visible, refresh]);
}

function SupportBar({
  proposal,
  timeline,
  canSupport,
  onChanged,
}: {
  proposal: ProposalView;
  timeline: ProposalTimelineView;
  canSupport: boolean;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  async function support() {
    setBusy(true);
    try {
      await deliberationApi.support(proposal.id);
      toastSuccess('已附议');
      onChanged();
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }
  const open = supportOpen(proposal.stage);
  return (
    <View className="xq-proposal__support">
      <Text className="xq-proposal__support-count">{timeline.supportCount} 位居民附议</Text>
      {timeline.supportedByMe ? (
        <Text className="xq-proposal__support-mine">✓ 我已附议</Text>
      ) : (
        open &&
        canSupport && (
          <Button type="primary" size="large" loading={busy} disabled={busy} onClick={() => void support()}>
            附议支持
          </Button>
        )
      )}
    </View>
  );
}

/** A closed vote's published result: the plain-words explanation and the link of the compound's chain. */
function PublishedResult({ result }: { result: OwnerVoteResultView }) {
  return (
    <View className="xq-proposal__card xq-proposal__published">
      <View className="xq-proposal__card-title">
        <Text>结果公示</Text>
      </View>
      {result.explanation.map((line) => (
        <View key={line} className="xq-proposal__explain">
          <Text>{line}</Text>
        </View>
      ))}
      {result.publication && (
        <Text className="xq-proposal__hash">
          {formatDateCn(result.publication.publishedAt)}公示 · 第 {result.publication.seq} 条公示记录 · 校验码{' '}
          {result.publication.hash.slice(0, 16)}
        </Text>
      )}
    </View>
  );
}

const sendBallot = createBallotSender(api.castBallot);

function VoteFacts({ vote }: { vote: OwnerVoteView }) {
  const official = vote.channel === 'official';
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>业主共同决定 · {voteStatusText(vote)}</Text>
      </View>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">表决事项</Text>
        <Text>
          《民法典》第二百七十八条第{vote.matterNo}项：{MATTER_LABELS[vote.matterNo]}
        </Text>
      </View>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">通过条件</Text>
        <Text>{thresholdText(vote.rule)}</Text>
      </View>
      <View className="xq-proposal__fact xq-proposal__channel">
        <Text className="xq-proposal__fact-label">表决渠道</Text>
        <Text>
          {VOTE_CHANNEL_LABELS[vote.channel]}
          {vote.channel === 'official' && vote.externalRef ? `，编号 ${vote.externalRef}` : ''}
        </Text>
      </View>
      {official ? (
        <>
          <View className="xq-proposal__fact">
            <Text className="xq-proposal__fact-label">表决范围</Text>
            <Text>{officialRollText(vote.roll)}</Text>
          </View>
          {vote.documents.length > 0 && (
            <View className="xq-proposal__fact xq-proposal__documents">
              <Text className="xq-proposal__fact-label">官方结果文件</Text>
              {vote.documents.map((d) => (
                <Text
                  key={d.id}
                  className="xq-attachments-button"
                  onClick={() => void openAttachment(d, vote.documents)}
                >
                  {attachmentLabel(d)} ›
                </Text>
              ))}
            </View>
          )}
        </>
      ) : (
        <>
          <View className="xq-proposal__fact">
            <Text className="xq-proposal__fact-label">表决范围</Text>
            <Text>
              {rollText(vote.roll)}（名单在开启表决时固定，校验码 {vote.roll.sha256.slice(0, 12)}）
            </Text>
          </View>
          <View className="xq-proposal__fact">
            <Text className="xq-proposal__fact-label">表决方式</Text>
            <Text>{vote.secret ? '秘密表决：只公布总数' : '公开表决：业主可查看每户的选择'}</Text>
          </View>
        </>
      )}
      {vote.noticePostedAt && (
        <View className="xq-proposal__fact">
          <Text className="xq-proposal__fact-label">表决公告</Text>
          <Text>{formatDateCn(vote.noticePostedAt)}张贴，公告全体业主</Text>
        </View>
      )}
    </View>
  );
}

/** A vote announced here: owners are told now; it opens by itself, its roll fixed then. Nothing to cast or count yet. */
function AnnouncedVote({ vote }: { vote: OwnerVoteView }) {
  return (
    <View className="xq-proposal__card xq-proposal__announced">
      <View className="xq-proposal__card-title">
        <Text>表决公告</Text>
      </View>
      <View className="xq-proposal__announced-when">
        <Text>
          {formatDateTimeCn(vote.openedAt)} 开始，{formatDateTimeCn(vote.closesAt)} 截止（北京时间）
        </Text>
      </View>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">表决事项</Text>
        <Text>
          《民法典》第二百七十八条第{vote.matterNo}项：{MATTER_LABELS[vote.matterNo]}
        </Text>
      </View>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">通过条件</Text>
        <Text>{thresholdText(vote.rule)}</Text>
      </View>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">表决方式</Text>
        <Text>{vote.secret ? '秘密表决：只公布总数' : '公开表决：业主可查看每户的选择'}</Text>
      </View>
      <View className="xq-proposal__announced-note">
        <Text>届时自动开始，名单在开始时确定。开始前不能投票；本小区经认证的业主届时可在这里投票。</Text>
      </View>
    </View>
  );
}

function CastCard({ vote, onCast }: { vote: OwnerVoteView; onCast: () => void }) {
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<BallotReceipt | null>(null);

  async function choose(choice: TallyBallot['choice']) {
    const sure = await Taro.showModal({
      title: `确认投“${CHOICE_LABELS[choice]}”？`,
      content: '您的选票覆盖您在本小区名下的全部房屋。表决结束前可以改投，以最后一次为准。',
      confirmText: '确认投票',
      cancelText: '再想想',
    });
    if (!sure.confirm) return;
    setBusy(true);
    try {
      setReceipt(await sendBallot(vote.id, choice));
      toastSuccess('投票成功');
      onCast();
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>我的表决</Text>
      </View>
      {receipt && (
        <View className="xq-proposal__receipt">
          <Text className="xq-proposal__receipt-label">已投“{CHOICE_LABELS[receipt.choice]}” · 回执码</Text>
          <Text className="xq-proposal__receipt-code" userSelect>
            {receipt.receiptCode}
          </Text>
          <Button
            size="large"
            onClick={() => void Taro.setClipboardData({ data: receipt.receiptCode }).catch(() => toastText('复制失败'))}
          >
            复制回执码
          </Button>
          <Text className="xq-proposal__receipt-hint">
            可用回执码核验是否计入；请自行保存，回执码不会显示您的选择。
          </Text>
        </View>
      )}
      <BallotButtons closed={vote.status === 'closed'} busy={busy} onChoose={(c) => void choose(c)} />
    </View>
  );
}

function ReceiptChecker({ voteId }: { voteId: number }) {
  const [code, setCode] = useState('');
  const [check, setCheck] = useState<ReceiptCheck | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!code.trim()) return;
    setBusy(true);
    try {
      setCheck(await api.checkReceipt(voteId, code.trim()));
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>核验回执码</Text>
      </View>
      <Input
        className="xq-form-input"
        name="receiptCode"
        placeholder="输入投票后得到的回执码"
        value={code}
        onChange={(v) => {
          setCode(v);
          setCheck(null);
        }}
        maxLength={64}
      />
      <View className="xq-proposal__actions">
        <Button size="large" loading={busy} disabled={busy || !code.trim()} onClick={() => void submit()}>
          核验
        </Button>
      </View>
      {check && <ReceiptResult check={check} />}
    </View>
  );
}

function OpenVoteForm({ proposal, onOpened }: { proposal: ProposalView; onOpened: () => void }) {
  const [matter, setMatter] = useState<MatterNo>(4);
  const [start, setStart] = useState<VoteStart>('posted');
  const [day, setDay] = useState(earliestCloseDay);
  const [openDay, setOpenDay] = useState(earliestOpenDay);
  const [noticeDay, setNoticeDay] = useState('');
  const [noticePhoto, setNoticePhoto] = useState<AttachmentView | null>(null);
  const [secret, setSecret] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const announce = start === 'announce';

  function chooseStart(next: VoteStart) {
    setStart(next);
    setError(null);
    // An announced vote closes after it opens: offer a week of voting rather than a day already refused.
    if (next === 'announce' && day.trim() <= openDay.trim()) setDay(addDays(openDay.trim(), 7));
  }

  async function submit() {
    const built = openVoteRequestOf({
      matterNo: matter,
      secret,
      start,
      closeDay: day,
      noticeDay,
      noticeAttachmentId: noticePhoto?.id ?? null,
      openDay,
    });
    if (built.error !== null) {
      setError(built.error);
      return;
    }
    setError(null);
    const sure = await Taro.showModal({
      ...openVoteConfirm(built.request),
      confirmText: announce ? '发布公告' : '发起',
      cancelText: '再看看',
    });
    if (!sure.confirm) return;
    setSaving(true);
    try {
      await api.openOwnerVote(proposal.id, built.request);
      toastSuccess(announce ? '表决公告已发布' : '表决已开启');
      onOpened();
    } catch (e) {
      toastError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>发起业主表决</Text>
      </View>
      <MatterChooser value={matter} onChange={setMatter} />
      <View className="xq-proposal__fact-label">
        <Text>表决公告（须在开始前至少 {VOTE_NOTICE_DAYS} 日公告全体业主）</Text>
      </View>
      <View className="xq-proposal__matters" role="radiogroup">
        {VOTE_STARTS.map((option) => (
          <View
            key={option}
            role="radio"
            aria-checked={option === start}
            className={`xq-proposal__matter xq-proposal__start${option === start ? ' xq-proposal__matter--on' : ''}`}
            onClick={() => chooseStart(option)}
          >
            <Text>
              {option === start ? '✓ ' : ''}
              {VOTE_START_LABELS[option]}
            </Text>
          </View>
        ))}
      </View>
      {announce ? (
        <>
          <View className="xq-proposal__fact-label">
            <Text>开始日期（当天 9 点自动开始，最早 {earliestOpenDay()}）</Text>
          </View>
          <Input
            className="xq-form-input"
            name="opensOn"
            placeholder="YYYY-MM-DD"
            value={openDay}
            onChange={(v) => {
              setOpenDay(v);
              setError(null);
            }}
            maxLength={10}
          />
        </>
      ) : (
        <>
          <View className="xq-proposal__fact-label">
            <Text>公告张贴日期（最晚 {latestNoticeDay()}）</Text>
          </View>
          <Input
            className="xq-form-input"
            name="noticePostedOn"
            placeholder="YYYY-MM-DD"
            value={noticeDay}
            onChange={(v) => {
              setNoticeDay(v);
              setError(null);
            }}
            maxLength={10}
          />
          <ScanPicker
            compoundId={proposal.compoundId}
            label="上传公告张贴的照片（可选）"
            name="noticeScan"
            value={noticePhoto}
            onChange={setNoticePhoto}
          />
        </>
      )}
      <View className="xq-proposal__fact-label">
        <Text>截止日期（当天 24 点结束{announce ? '，须晚于开始日期' : '，至少一天后'}）</Text>
      </View>
      <Input
        className="xq-form-input"
        name="closesOn"
        value={day}
        onChange={(v) => {
          setDay(v);
          setError(null);
        }}
        maxLength={10}
      />
      <View className="xq-proposal__fact-label">
        <Text>表决方式</Text>
      </View>
      <View className="xq-proposal__actions">
        <Button type={secret ? 'primary' : 'default'} size="large" onClick={() => setSecret(true)}>
          {secret ? '✓ 秘密表决' : '秘密表决'}
        </Button>
        <Button type={secret ? 'default' : 'primary'} size="large" onClick={() => setSecret(false)}>
          {secret ? '公开表决' : '✓ 公开表决'}
        </Button>
      </View>
      {error && (
        <View className="xq-proposal__error" role="alert">
          <Text>⚠ {error}</Text>
        </View>
      )}
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {announce ? '发布表决公告' : '发起表决'}
      </Button>
    </View>
  );
}

const recordUrl = (proposalId: number) => `/deliberation/pages/record/index?id=${proposalId}`;

/** Recording the consultation and the follow-up happens on its own page, so residents' page stays short. */
function RecordLink({ proposal }: { proposal: ProposalView }) {
  const later = ['published', 'implementing', 'evaluated'].includes(proposal.stage);
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>{later ? '登记落实进展' : '记录协商'}</Text>
      </View>
      <Button size="xlarge" block onClick={() => void Taro.navigateTo({ url: recordUrl(proposal.id) })}>
        {later ? '登记落实进展 · 四方意见' : '记录四方意见 · 会议纪要'}
      </Button>
    </View>
  );
}

/** A proposal goes to an owner vote or to a resident poll, never both: with a poll, organisers can only close it. */
function PollOrganiserCard({ poll, onChanged }: { poll: ResidentPollView | null; onChanged: () => void }) {
  const [closing, setClosing] = useState(false);
  if (!poll || poll.status === 'closed') return null;
  const open = poll;
  async function close() {
    const sure = await Taro.showModal({
      title: '结束居民意见征询？',
      content: '结束后居民不能再发表意见，结果按目前的统计公布（仅供参考，不是业主共同决定）。',
      confirmText: '结束征询',
      cancelText: '再等等',
    });
    if (!sure.confirm) return;
    setClosing(true);
    try {
      await deliberationApi.closePoll(open.id);
      toastSuccess('征询已结束');
      onChanged();
    } catch (error) {
      toastError(error);
    } finally {
      setClosing(false);
    }
  }
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>组织征询（业委会、社区）</Text>
      </View>
      <Button type="danger" size="large" loading={closing} disabled={closing} onClick={() => void close()}>
        结束居民意见征询
      </Button>
    </View>
  );
}

/** A decision held on the provincial e-voting system is imported on its own page instead of opened here. */
function OfficialLink({ proposal }: { proposal: ProposalView }) {
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>或：已在四川省业主电子投票系统表决</Text>
      </View>
      <View className="xq-proposal__fact">
        <Text>表决在省业主电子投票系统上进行并已结束的，导入官方结果和结果文件，按同样的规则判定并公示。</Text>
      </View>
      <Button
        size="xlarge"
        block
        onClick={() => void Taro.navigateTo({ url: `/deliberation/pages/official/index?id=${proposal.id}` })}
      >
        导入官方表决结果
      </Button>
    </View>
  );
}

function OrganiserCard({ proposal, onChanged }: { proposal: ProposalView; onChanged: () => void }) {
  const vote = proposal.vote;
  const [closing, setClosing] = useState(false);
  if (!vote)
    return (
      <>
        <OpenVoteForm proposal={proposal} onOpened={onChanged} />
        {importable(proposal) && <OfficialLink proposal={proposal} />}
      </>
    );
  // An imported result has no ballots to list and nothing left to close; an announced one has none yet and
  // opens by itself.
  if (vote.channel === 'official' || vote.status === 'announced') return null;

  async function close(voteId: number) {
    const sure = await Taro.showModal({
      title: '结束表决？',
      content: '结束后不能再投票，也不能再录入纸质票，结果按目前的统计公布。',
      confirmText: '结束表决',
      cancelText: '再等等',
    });
    if (!sure.confirm) return;
    setClosing(true);
    try {
      await api.closeOwnerVote(voteId);
      toastSuccess('表决已结束');
      onChanged();
    } catch (error) {
      toastError(error);
    } finally {
      setClosing(false);
    }
  }

  const ballotsUrl = `/deliberation/pages/ballots/index?voteId=${vote.id}&compoundId=${proposal.compoundId}&open=${vote.status === 'open' ? 1 : 0}`;
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>组织表决（业委会、社区）</Text>
      </View>
      <Button size="xlarge" block onClick={() => void Taro.navigateTo({ url: ballotsUrl })}>
        {vote.status === 'open' ? '录入纸质票 / 委托票 · 选票记录' : '选票记录'}
      </Button>
      {vote.status === 'open' && (
        <View className="xq-proposal__actions">
          <Button type="danger" size="large" loading={closing} disabled={closing} onClick={() => void close(vote.id)}>
            结束表决
          </Button>
        </View>
      )}
    </View>
  );
}

export default function ProposalPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const pollParam = Number(params.pollId) > 0 ? Number(params.pollId) : null;
  const [state, reload] = useAsync(() => loadProposal(id, pollParam));
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  useLiveRefresh(state.data?.proposal.vote?.status === 'open', reload);
  // The share card opens this proposal (and its resident poll: the proposal view does not name it).
  useShareAppMessage(() => {
    const pollId = state.data?.poll?.id;
    return {
      title: state.data ? `议题：${state.data.proposal.title}` : '小区议题',
      path: `/deliberation/pages/proposal/index?id=${id}${pollId ? `&pollId=${pollId}` : ''}`,
    };
  });

  if (!state.data) return <PageLoading state={state} failed="没能加载议题" onRetry={reload} />;

  const { proposal, timeline, tally, turnout, result, poll, organiser, owner, resident, recorder } = state.data;
  const vote = proposal.vote;
  const pollHidden = !poll && hasPollOpened(timeline.events);
  return (
    <View className="xq-page xq-proposal">
      <View className="xq-proposal__head">
        <View className="xq-proposal__title-row">
          <Text className="xq-proposal__title">{proposal.title}</Text>
          <StageTag proposal={proposal} />
        </View>
        <Text className="xq-proposal__date">提出于 {formatDateCn(proposal.createdAt)}</Text>
        <Text className="xq-proposal__body">{proposal.body}</Text>
        <SupportBar proposal={proposal} timeline={timeline} canSupport={resident} onChanged={() => void reload()} />
      </View>
      {vote?.status === 'announced' && <AnnouncedVote vote={vote} />}
      {vote && vote.status !== 'announced' && (
        <>
          <VoteFacts vote={vote} />
          {vote.status === 'open' &&
            (owner ? (
              <CastCard vote={vote} onCast={() => void reload()} />
            ) : (
              <View className="xq-proposal__note">
                <Text>只有本小区经认证的业主可以投票；认证房屋后即可参加。所有人都可以查看进度和核验回执码。</Text>
              </View>
            ))}
          {result && <PublishedResult result={result} />}
          {tally && <TallyView tally={tally} />}
          {tally && tally.participated.headcount > 0 && <ResultChart tally={tally} />}
          {/* Held on the official system: no ballots here, so no turnout per building and no receipts. */}
          {vote.channel === 'here' && (
            <>
              <TurnoutBars buildings={turnout} live={vote.status === 'open'} />
              <ReceiptChecker voteId={vote.id} />
            </>
          )}
        </>
      )}
      {poll && <ResidentPoll poll={poll} canVote={resident} onChanged={() => void reload()} />}
      {pollHidden && (
        <View className="xq-proposal__note">
          <Text>这个议题正在征询居民意见（仅供参考，不是业主共同决定）。请从组织方分享到小区群的链接进入参与。</Text>
        </View>
      )}
      {!vote && !poll && !pollHidden && (
        <View className="xq-proposal__note">
          <Text>这个议题还没有发起业主表决或居民意见征询。</Text>
        </View>
      )}
      {(evaluationOpen(proposal.stage) || timeline.evaluation.count > 0) && (
        <EvaluationCard
          proposalId={proposal.id}
          evaluation={timeline.evaluation}
          canEvaluate={resident && evaluationOpen(proposal.stage)}
          onSaved={() => void reload()}
        />
      )}
      <PartyPositions positions={timeline.positions} />
      <Timeline events={timeline.events} />
      {recorder && <RecordLink proposal={proposal} />}
      {organiser &&
        (poll || pollHidden ? (
          <PollOrganiserCard poll={poll} onChanged={() => void reload()} />
        ) : (
          <OrganiserCard proposal={proposal} onChanged={() => void reload()} />
        ))}
      <View className="xq-proposal__end" />
    </View>
  );
}
