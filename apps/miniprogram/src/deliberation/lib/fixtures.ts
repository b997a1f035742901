import type {
  ChainLinkRef,
  ObjectionView,
  OwnerVoteTallyView,
  OwnerVoteView,
  VoteCorrectionView,
} from '@xiaoqu/shared';

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

/** An agree/disagree vote held here, closed on 12-20 and in its objection period until 12-27 (China time). */
export function voteFixture(patch: Partial<OwnerVoteView> = {}): OwnerVoteView {
  return {
    id: 1,
    proposalId: 3,
    matterNo: 4,
    rule: 'majority',
    secret: true,
    status: 'closed',
    kind: 'approval',
    options: [],
    openedAt: '2026-12-11T01:00:00Z',
    closesAt: '2026-12-20T15:59:59Z',
    closedAt: '2026-12-20T15:59:59Z',
    resultStage: 'preliminary',
    objectionEndsAt: '2026-12-27T15:59:59Z',
    finalAt: null,
    termination: null,
    notice: { method: 'platform', at: '2026-11-25T02:00:00Z', attachmentId: null, notifiedOwners: 312 },
    basis: null,
    channel: 'here',
    externalRef: null,
    documents: [],
    noticePostedAt: null,
    noticeAttachmentId: null,
    roll: { units: 6000, headcount: 5726, areaCentiM2: 52_345_678, sha256: 'ab'.repeat(32) },
    ...patch,
  };
}

const link = (seq: number): ChainLinkRef => ({
  seq,
  contentHash: 'c'.repeat(64),
  hash: 'h'.repeat(64),
  publishedAt: '2026-12-22T02:00:00Z',
});

export function objectionFixture(patch: Partial<ObjectionView> = {}): ObjectionView {
  return {
    id: 5,
    voteId: 1,
    kind: 'ballot',
    unitId: 502,
    unit: '3栋 1单元 502',
    text: '我家投的是同意，纸质票录成了不同意',
    attachmentIds: [],
    raisedAt: '2026-12-21T02:00:00Z',
    mine: false,
    answer: null,
    publication: link(11),
    ...patch,
  };
}

export function correctionFixture(patch: Partial<VoteCorrectionView> = {}): VoteCorrectionView {
  return {
    id: 2,
    kind: 'ballot_choice',
    unit: '3栋 1单元 502',
    before: '不同意',
    after: '同意',
    reason: '录入时看错了行，以签字表决票为准',
    evidenceAttachmentIds: [8],
    objectionId: 5,
    at: '2026-12-22T02:00:00Z',
    byRole: 'committee_member',
    publication: link(12),
    corrects: link(10),
    ...patch,
  };
}
