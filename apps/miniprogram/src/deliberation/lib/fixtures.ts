import type { OwnerVoteTallyView } from '@xiaoqu/shared';

/** A live tally of 5,726 owners: turnout 3,179 (55.5%) by headcount, so participation is not met yet. */
export function tallyFixture(patch: Partial<OwnerVoteTallyView> = {}): OwnerVoteTallyView {
  return {
    voteId: 1,
    status: 'open',
    asOf: '2026-11-26T06:00:00Z',
    rule: 'majority',
    total: { areaCentiM2: 52_345_678, headcount: 5726 },
    participated: { areaCentiM2: 30_012_345, headcount: 3179 },
    agreed: { areaCentiM2: 20_000_000, headcount: 2100 },
    disagreed: { areaCentiM2: 8_012_345, headcount: 879 },
    abstained: { areaCentiM2: 2_000_000, headcount: 200 },
    participationMet: false,
    approvalMet: true,
    approved: false,
    ...patch,
  };
}
