import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  chinaDay,
  VOTE_NOTICE_DAYS,
  type AttachmentView,
  type MatterNo,
  type ProposalView,
  type VoteBasisView,
} from '@xiaoqu/shared';
import { DateField, dayText } from '../../../components/DateField';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { proposalsApi } from '../../../services/clients/proposals';
import { VOTE_KIND_LABELS, type VoteKind } from '../../lib/options';
import {
  addDays,
  closesAtOf,
  earliestCloseDay,
  earliestOpenDay,
  latestNoticeDay,
  openVoteConfirm,
  openVoteRequestOf,
  VOTE_START_LABELS,
  VOTE_STARTS,
  type VoteStart,
} from '../../lib/vote';
import { BasisLine } from '../BasisLine';
import { FormError } from '../FormError';
import { MatterChooser } from '../MatterChooser';
import { OptionsEditor } from '../OptionsEditor';
import { ScanPicker } from '../ScanPicker';

export const basisPageUrl = (compoundId: number) => `/deliberation/pages/basis/index?compoundId=${compoundId}`;
const VOTE_KINDS: VoteKind[] = ['approval', 'choice'];

/** Radio chips in the style of the matter chooser (the proposal page's `xq-proposal__matter…`). */
function Chips<T extends string>({
  values,
  labels,
  value,
  onChange,
}: {
  values: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (next: T) => void;
}) {
  return (
    <View className="xq-proposal__matters" role="radiogroup">
      {values.map((v) => (
        <View
          key={v}
          role="radio"
          aria-checked={v === value}
          className={`xq-proposal__matter xq-proposal__start${v === value ? ' xq-proposal__matter--on' : ''}`}
          onClick={() => onChange(v)}
        >
          <Text>
            {v === value ? '✓ ' : ''}
            {labels[v]}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** Organisers open an owner vote: the basis it rests on, the matter, agree/disagree or options, notice, days. */
export function OpenVoteForm({
  proposal,
  basis,
  onOpened,
}: {
  proposal: ProposalView;
  basis: VoteBasisView;
  onOpened: () => void;
}) {
  const [matter, setMatter] = useState<MatterNo | null>(null);
  const [kind, setKind] = useState<VoteKind>('approval');
  const [options, setOptions] = useState<string[]>(['', '']);
  const [start, setStart] = useState<VoteStart>('posted');
  const [day, setDay] = useState(earliestCloseDay);
  const [openDay, setOpenDay] = useState(earliestOpenDay);
  const [noticeDay, setNoticeDay] = useState('');
  const [noticePhoto, setNoticePhoto] = useState<AttachmentView | null>(null);
  const [secret, setSecret] = useState(true);
  const announce = start === 'announce';
  // The picker offers only days the rules allow (the form still checks them): an announced vote closes after it opens.
  // A notice day is bounded by today only: one posted too late is refused with the law's 15 days and the latest day.
  const today = chinaDay(Date.now());
  const earliestClose = announce && closesAtOf(openDay) ? addDays(openDay, 1) : earliestCloseDay();
  const { saving, error, clearError, edit, submit } = useConfirmedSubmit({
    check: () =>
      openVoteRequestOf({
        matterNo: matter,
        secret,
        kind,
        options,
        start,
        closeDay: day,
        noticeDay,
        noticeAttachmentId: noticePhoto?.id ?? null,
        openDay,
      }),
    confirm: (request) => ({
      ...openVoteConfirm(request),
      confirmText: announce ? '发布公告' : '发起',
      cancelText: '再看看',
    }),
    send: (request) => proposalsApi.openOwnerVote(proposal.id, request),
    success: announce ? '表决公告已发布' : '表决已开启',
    onDone: onOpened,
  });

  function chooseStart(next: VoteStart) {
    setStart(next);
    clearError();
    // An announced vote closes after it opens: offer a week of voting rather than a day already refused.
    if (next === 'announce' && day.trim() <= openDay.trim()) setDay(addDays(openDay.trim(), 7));
  }

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>发起业主表决</Text>
      </View>
      <BasisLine basis={basis} />
      <Text
        className="xq-attachments-button"
        onClick={() => void Taro.navigateTo({ url: basisPageUrl(proposal.compoundId) })}
      >
        更新表决依据 ›
      </Text>
      <MatterChooser value={matter} onChange={edit(setMatter)} />
      <View className="xq-proposal__fact-label">
        <Text>表决方式</Text>
      </View>
      <Chips values={VOTE_KINDS} labels={VOTE_KIND_LABELS} value={kind} onChange={edit(setKind)} />
      {kind === 'choice' && (
        <>
          <View className="xq-proposal__fact-label">
            <Text>选项（每位业主选一项或弃权；一个选项须单独达到通过条件才通过，得票最多不等于通过）</Text>
          </View>
          <OptionsEditor value={options} onChange={edit(setOptions)} />
        </>
      )}
      <View className="xq-proposal__fact-label">
        <Text>表决公告（须在开始前至少 {VOTE_NOTICE_DAYS} 日公告全体业主）</Text>
      </View>
      <Chips values={VOTE_STARTS} labels={VOTE_START_LABELS} value={start} onChange={chooseStart} />
      {announce ? (
        <>
          <View className="xq-proposal__fact-label">
            <Text>开始日期（当天 9 点自动开始，最早 {dayText(earliestOpenDay())}）</Text>
          </View>
          <DateField name="opensOn" value={openDay} onChange={edit(setOpenDay)} start={earliestOpenDay()} />
        </>
      ) : (
        <>
          <View className="xq-proposal__fact-label">
            <Text>公告张贴日期（最晚 {dayText(latestNoticeDay())}）</Text>
          </View>
          <DateField name="noticePostedOn" value={noticeDay || null} onChange={edit(setNoticeDay)} end={today} />
          <ScanPicker
            compoundId={proposal.compoundId}
            label="上传公告栏上张贴的公告照片（必填）"
            name="noticeScan"
            value={noticePhoto}
            onChange={edit(setNoticePhoto)}
          />
        </>
      )}
      <View className="xq-proposal__fact-label">
        <Text>截止日期（当天 24 点自动结束{announce ? '，须晚于开始日期' : '，至少一天后'}）</Text>
      </View>
      <DateField name="closesOn" value={day} onChange={edit(setDay)} start={earliestClose} />
      <View className="xq-proposal__fact-label">
        <Text>计票公开方式</Text>
      </View>
      <View className="xq-proposal__actions">
        <Button type={secret ? 'primary' : 'default'} size="large" onClick={() => setSecret(true)}>
          {secret ? '✓ 秘密表决' : '秘密表决'}
        </Button>
        <Button type={secret ? 'default' : 'primary'} size="large" onClick={() => setSecret(false)}>
          {secret ? '公开表决（实名）' : '✓ 公开表决（实名）'}
        </Button>
      </View>
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {announce ? '发布表决公告' : '发起表决'}
      </Button>
    </View>
  );
}
