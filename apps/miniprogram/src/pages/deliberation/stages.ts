import {
  PROPOSAL_STAGE_KEYS,
  proposalStageKey,
  stageKeyLabel,
  type ProposalStageKey,
  type StagedProposal as Staged,
} from '../../services/proposal-stage';

/** A stage, 征询中 (a resident poll under way) or all. */
export type StageFilter = ProposalStageKey | 'all';

export interface StageChip {
  stage: StageFilter;
  /** `表决中 2` */
  text: string;
}

/** 全部 and each stage that has proposals, in the order of a proposal's life, with counts. */
export function stageChips(proposals: Staged[]): StageChip[] {
  const chips: StageChip[] = [{ stage: 'all', text: `全部 ${proposals.length}` }];
  for (const key of PROPOSAL_STAGE_KEYS) {
    const n = proposals.filter((p) => proposalStageKey(p) === key).length;
    if (n > 0) chips.push({ stage: key, text: `${stageKeyLabel(key)} ${n}` });
  }
  return chips;
}

/** The proposals of a stage; a stage that has none left (after a refresh) shows all. */
export function proposalsOfStage<T extends Staged>(proposals: T[], stage: StageFilter): T[] {
  if (stage === 'all') return proposals;
  const of = proposals.filter((p) => proposalStageKey(p) === stage);
  return of.length > 0 ? of : proposals;
}
