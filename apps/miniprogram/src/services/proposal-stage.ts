import {
  formatDateCn,
  PROPOSAL_STAGE_LABELS,
  type OwnerVoteView,
  type ProposalStage,
  type ProposalView,
} from '@xiaoqu/shared';

/**
 * A proposal's stage as residents read it: a resident poll under way is 征询中, not an owner vote (表决中); an owner
 * vote only announced is 表决公告; a result in its objection period is 询异公示中, and one past it 结果已生效.
 */
export type ProposalStageKey = ProposalStage | 'polling' | 'announced' | 'objection' | 'effective';

export const POLLING_LABEL = '征询中';

const KEY_LABELS: Record<Exclude<ProposalStageKey, ProposalStage>, string> = {
  polling: POLLING_LABEL,
  announced: '表决公告',
  objection: '询异公示中',
  effective: '结果已生效',
};

/** The stages in a proposal's life, with the poll beside the vote it replaces; a terminated vote last. */
export const PROPOSAL_STAGE_KEYS: readonly ProposalStageKey[] = [
  'raised',
  'consultation',
  'polling',
  'announced',
  'voting',
  'objection',
  'effective',
  'published',
  'implementing',
  'evaluated',
  'terminated',
];

/** What the stage of a proposal needs to know of its vote. */
export type VoteStageFields = Pick<
  OwnerVoteView,
  'status' | 'openedAt' | 'closesAt' | 'closedAt' | 'resultStage' | 'objectionEndsAt' | 'finalAt'
>;

export interface StagedProposal extends Pick<ProposalView, 'stage' | 'pollId'> {
  vote?: Pick<OwnerVoteView, 'status' | 'resultStage'> | null;
}

export function proposalStageKey(p: StagedProposal): ProposalStageKey {
  if (p.stage === 'voting' && p.pollId !== null) return 'polling';
  // The API keeps a proposal at its stage before the vote (raised, consultation) until an announced vote opens.
  if (p.vote?.status === 'announced') return 'announced';
  if (p.stage === 'published' && p.vote?.status === 'closed') {
    if (p.vote.resultStage === 'preliminary') return 'objection';
    if (p.vote.resultStage === 'final') return 'effective';
  }
  return p.stage;
}

export function stageKeyLabel(key: ProposalStageKey): string {
  return key in KEY_LABELS ? KEY_LABELS[key as keyof typeof KEY_LABELS] : PROPOSAL_STAGE_LABELS[key as ProposalStage];
}

/** `征询中` for a proposal whose resident poll is open, `询异公示中` for a result open to objections, and so on. */
export function proposalStageLabel(p: StagedProposal): string {
  return stageKeyLabel(proposalStageKey(p));
}

/** `12月11日` in China time (UTC+8). */
export function monthDayCn(at: string): string {
  const cn = new Date(new Date(at).getTime() + 8 * 3600_000);
  return `${cn.getUTCMonth() + 1}月${cn.getUTCDate()}日`;
}

/**
 * The last day of a period ending at `at`, as `12月27日`: a period ending at 24:00 (00:00 of the next day) still
 * ends on the day before, one ending at 23:59:59 on the day itself.
 */
export function lastDayCn(at: string): string {
  return monthDayCn(new Date(new Date(at).getTime() - 1).toISOString());
}

/**
 * A vote's stage in the words of DESIGN.md's life of an owner vote:
 * `表决公告 · 12月11日开始`, `表决中 · 12月20日截止`, `结果询异公示中（至12月27日）`, `结果已生效`, `表决已中止`.
 * A closed result without a stage (imported from the official system) is `表决已结束 · 12月15日`.
 */
export function voteStageLabel(vote: VoteStageFields): string {
  switch (vote.status) {
    case 'announced':
      return `表决公告 · ${monthDayCn(vote.openedAt)}开始`;
    case 'open':
      return `表决中 · ${lastDayCn(vote.closesAt)}截止`;
    case 'terminated':
      return '表决已中止';
    case 'closed':
      if (vote.resultStage === 'final') return '结果已生效';
      if (vote.resultStage === 'preliminary')
        return vote.objectionEndsAt ? `结果询异公示中（至${lastDayCn(vote.objectionEndsAt)}）` : '结果询异公示中';
      return `表决已结束 · ${formatDateCn(vote.closedAt ?? vote.closesAt)}`;
  }
}
