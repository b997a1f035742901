import { PROPOSAL_STAGES, PROPOSAL_STAGE_LABELS, type ProposalStage, type ProposalView } from '@xiaoqu/shared';

export type StageFilter = ProposalStage | 'all';

export interface StageChip {
  stage: StageFilter;
  /** `表决中 2` */
  text: string;
}

/** 全部 and each stage that has proposals, in the order of a proposal's life, with counts. */
export function stageChips(proposals: Pick<ProposalView, 'stage'>[]): StageChip[] {
  const chips: StageChip[] = [{ stage: 'all', text: `全部 ${proposals.length}` }];
  for (const stage of PROPOSAL_STAGES) {
    const n = proposals.filter((p) => p.stage === stage).length;
    if (n > 0) chips.push({ stage, text: `${PROPOSAL_STAGE_LABELS[stage]} ${n}` });
  }
  return chips;
}

/** The proposals of a stage; a stage that has none left (after a refresh) shows all. */
export function proposalsOfStage<T extends Pick<ProposalView, 'stage'>>(proposals: T[], stage: StageFilter): T[] {
  if (stage === 'all') return proposals;
  const of = proposals.filter((p) => p.stage === stage);
  return of.length > 0 ? of : proposals;
}
