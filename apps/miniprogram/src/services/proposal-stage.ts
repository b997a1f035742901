import { PROPOSAL_STAGE_LABELS, type ProposalStage, type ProposalView } from '@xiaoqu/shared';

/** A proposal's stage as residents read it: a resident poll under way is 征询中, not an owner vote (表决中). */
export type ProposalStageKey = ProposalStage | 'polling';

export const POLLING_LABEL = '征询中';

/** The stages in a proposal's life, with the poll beside the vote it replaces. */
export const PROPOSAL_STAGE_KEYS: readonly ProposalStageKey[] = [
  'raised',
  'consultation',
  'polling',
  'voting',
  'published',
  'implementing',
  'evaluated',
];

export function proposalStageKey(p: Pick<ProposalView, 'stage' | 'pollId'>): ProposalStageKey {
  return p.stage === 'voting' && p.pollId !== null ? 'polling' : p.stage;
}

export function stageKeyLabel(key: ProposalStageKey): string {
  return key === 'polling' ? POLLING_LABEL : PROPOSAL_STAGE_LABELS[key];
}

/** `征询中` for a proposal whose resident poll is open, else the stage's own label. */
export function proposalStageLabel(p: Pick<ProposalView, 'stage' | 'pollId'>): string {
  return stageKeyLabel(proposalStageKey(p));
}
