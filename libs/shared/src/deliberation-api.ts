import type { MatterNo, OwnerDecisionTally, TallyBallot, TallyPart } from './tally.js';
import type { AttachmentView } from './disclosure-api.js';

/** Where a proposal stands (DESIGN.md "Deliberation"). */
export const PROPOSAL_STAGES = ['raised', 'consultation', 'voting', 'published', 'implementing', 'evaluated'] as const;
export type ProposalStage = (typeof PROPOSAL_STAGES)[number];
export const PROPOSAL_STAGE_LABELS: Record<ProposalStage, string> = {
  raised: '已提出',
  consultation: '四方协商',
  voting: '表决中',
  published: '结果公示',
  implementing: '落实中',
  evaluated: '已评价',
};

/** `POST /api/compounds/:compoundId/proposals` */
export interface CreateProposalRequest {
  title: string;
  body: string;
}

export interface ProposalView {
  id: number;
  compoundId: number;
  title: string;
  body: string;
  stage: ProposalStage;
  createdAt: string;
  vote: OwnerVoteView | null;
  /** The resident poll (居民意见征询) on it, if one was opened instead of an owner vote. */
  pollId: number | null;
}

/** Owners must be told of a vote at least this many days before it opens (物业管理条例 art. 14). */
export const VOTE_NOTICE_DAYS = 15;

/** `POST /api/proposals/:proposalId/owner-vote` (committee or community admin) */
export interface OpenOwnerVoteRequest {
  matterNo: MatterNo;
  /** ISO 8601, in the future. */
  closesAt: string;
  /** Secret: totals only. Open: owners may see each unit's choice. Fixed when the vote opens. */
  secret: boolean;
  /**
   * ISO 8601: when the vote opens; absent, now. A later time announces the vote: owners are told now, and the
   * vote opens (its roll frozen) at that time.
   */
  opensAt?: string;
  /**
   * ISO 8601: when the notice of this vote was posted to all owners (the compound's notice boards, delivered
   * ballots); absent, the announcement here is the notice. At least VOTE_NOTICE_DAYS days before it opens.
   */
  noticePostedAt?: string;
  /** A photo of the posted notice, uploaded first (POST /api/compounds/:id/attachments). */
  noticeAttachmentId?: number;
}

/** Where an owner decision was held (DESIGN.md: Sichuan's official e-voting system, or here). */
export const VOTE_CHANNELS = ['here', 'official'] as const;
export type VoteChannel = (typeof VOTE_CHANNELS)[number];
export const VOTE_CHANNEL_LABELS: Record<VoteChannel, string> = {
  here: '本平台表决',
  official: '四川省业主电子投票系统表决（结果导入）',
};

/**
 * `POST /api/proposals/:proposalId/official-result` (committee or community admin): a decision held on the
 * provincial e-voting system, its counted parts and its result document imported; evaluated by the same rules.
 */
export interface ImportOfficialResultRequest {
  matterNo: MatterNo;
  /** The official system's reference of the vote. */
  externalRef: string;
  /** ISO 8601, in the past. */
  closedAt: string;
  total: TallyPart;
  agreed: TallyPart;
  disagreed: TallyPart;
  abstained: TallyPart;
  /** The official result document (PDF or photo), uploaded first. */
  attachmentIds: number[];
}

/** An owner vote (业主共同决定) held here; its roll of units is frozen when it opens. */
export interface OwnerVoteView {
  id: number;
  proposalId: number;
  matterNo: MatterNo;
  rule: OwnerDecisionTally['rule'];
  secret: boolean;
  /** `announced`: owners were told; it opens (its roll frozen) at `openedAt`. */
  status: 'announced' | 'open' | 'closed';
  openedAt: string;
  closesAt: string;
  closedAt: string | null;
  channel: VoteChannel;
  /** The official system's reference, for an imported result. */
  externalRef: string | null;
  /** An imported result's documents (the official system's result sheet); empty for votes held here. */
  documents: AttachmentView[];
  /** When the notice was posted to all owners; null for votes opened before notices were recorded. */
  noticePostedAt: string | null;
  noticeAttachmentId: number | null;
  /** The frozen roll: how many units, owners (headcount) and how much area; its SHA-256 for the published result. */
  roll: { units: number; headcount: number; areaCentiM2: number; sha256: string };
}

/** `POST /api/owner-votes/:voteId/ballots` with an `Idempotency-Key` header. */
export interface CastBallotRequest {
  choice: TallyBallot['choice'];
}

/**
 * `POST /api/owner-votes/:voteId/paper-ballots` (committee or community admin): a paper ballot, or one cast by a
 * proxy (委托), entered with the scan of the signed form (and of the authorisation for a proxy), uploaded first.
 */
export interface PaperBallotRequest {
  /** Any unit of the owner: the ballot covers all units of its owner key. */
  unitId: number;
  choice: TallyBallot['choice'];
  method: 'paper' | 'proxy';
  /** The date the owner (or the proxy) signed, YYYY-MM-DD. */
  signedOn: string;
  scanAttachmentId: number;
  /** proxy: who voted on the owner's behalf, and the scan of the signed authorisation. */
  proxyName?: string;
  proxyDocumentId?: number;
}

/** `GET /api/owner-votes/:voteId/ballots` (committee, community admin): every ballot, how it was made and by whom. */
export interface BallotRecordView {
  id: number;
  method: 'online' | 'paper' | 'proxy';
  /** When the owner made it: cast online, or signed on paper (the end of that day, China time). */
  madeAt: string;
  enteredAt: string;
  enteredBy: string;
  /** Hidden (null) in a secret vote. */
  choice: TallyBallot['choice'] | null;
  units: string[];
  proxyName: string | null;
  scanAttachmentId: number | null;
  proxyDocumentId: number | null;
  counted: boolean;
}

/** What a voter keeps: the receipt code proves the ballot was counted without telling the choice to others. */
export interface BallotReceipt {
  voteId: number;
  receiptCode: string;
  choice: TallyBallot['choice'];
  castAt: string;
  method: 'online' | 'paper' | 'proxy';
}

/** `GET /api/owner-votes/:voteId/receipts/:code`: anyone of the compound may check a receipt. */
export interface ReceiptCheck {
  /** The ballot exists in this vote. */
  found: boolean;
  /** It is its owner's last ballot, the one the tally counts (a later ballot supersedes it). */
  counted: boolean;
  castAt: string | null;
}

/** `GET /api/owner-votes/:voteId/tally`: the live or final tally, summed by SQL over the frozen roll. */
export interface OwnerVoteTallyView extends OwnerDecisionTally {
  voteId: number;
  /** `announced`: owners were told; it opens (its roll frozen) at `openedAt`. */
  status: 'announced' | 'open' | 'closed';
  asOf: string;
}

/** `GET /api/owner-votes/:voteId/turnout`: participation per building of the frozen roll. */
export interface BuildingTurnout {
  buildingId: number;
  building: string;
  units: number;
  /** Units whose owner has a counted ballot. */
  votedUnits: number;
  areaCentiM2: number;
  votedAreaCentiM2: number;
}

/** `GET /api/owner-votes/:voteId/choices`: in an open (not secret) vote, each unit's counted choice. */
export interface UnitChoiceView {
  unit: string;
  choice: TallyBallot['choice'];
}

/** `GET /api/owner-votes/:voteId/result`: a closed vote's result as published on the compound's chain. */
export interface OwnerVoteResultView {
  vote: OwnerVoteView;
  tally: OwnerVoteTallyView;
  /** Each threshold in plain words with its numbers (explainOwnerDecision). */
  explanation: string[];
  /** The link of the compound's publication chain that fixes this result; null while the vote is open. */
  publication: { seq: number; contentHash: string; hash: string; publishedAt: string } | null;
}

/** The four parties of the council (四方议事). */
export const PARTIES = ['residents_committee', 'owners_committee', 'property_company', 'social_organisation'] as const;
export type Party = (typeof PARTIES)[number];
export const PARTY_LABELS: Record<Party, string> = {
  residents_committee: '居委会',
  owners_committee: '业委会',
  property_company: '物业',
  social_organisation: '社会组织',
};

export const TIMELINE_KINDS = [
  'raised',
  'supported',
  'position',
  'meeting',
  'vote_announced',
  'vote_opened',
  'vote_closed',
  'update',
  'evaluated',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One step of a proposal, readable by everyone in the compound. */
export interface TimelineEventView {
  id: number;
  kind: TimelineKind;
  at: string;
  /** Who acted, by role (people are not named to residents). */
  actorRole: string;
  text: string;
  party: Party | null;
  attachmentIds: number[];
  /** update: progress in whole percent. */
  progress: number | null;
}

/** `GET /api/proposals/:proposalId/timeline` */
export interface ProposalTimelineView {
  proposalId: number;
  events: TimelineEventView[];
  /** The latest position of each party that gave one. */
  positions: { party: Party; text: string; at: string }[];
  supportCount: number;
  supportedByMe: boolean;
  evaluation: { count: number; /** sum of scores: the average is sum / count */ scoreSum: number; mine: number | null };
}

/** `PUT /api/proposals/:proposalId/positions/:party` */
export interface PositionRequest {
  text: string;
}
/** `POST /api/proposals/:proposalId/meetings`: the consultation meeting's minutes. */
export interface MeetingRequest {
  minutes: string;
  attendees: string[];
  attachmentIds: number[];
}
/** `POST /api/proposals/:proposalId/updates`: implementation progress. */
export interface ProgressUpdateRequest {
  text: string;
  progress: number;
  attachmentIds: number[];
}
/** `PUT /api/proposals/:proposalId/evaluation`: a resident's evaluation of the outcome (one each, changeable). */
export interface EvaluationRequest {
  score: 1 | 2 | 3 | 4 | 5;
  comment: string;
}

/**
 * A resident opinion poll (居民意见征询): one vote per resident, a simple majority of those voting. It is
 * consultative and is never presented as an owner decision (业主共同决定).
 */
export interface ResidentPollView {
  id: number;
  proposalId: number;
  status: 'open' | 'closed';
  closesAt: string;
  agree: number;
  disagree: number;
  abstain: number;
  /** More agree than half of those who voted. */
  majorityAgrees: boolean;
  myChoice: TallyBallot['choice'] | null;
  /** Always shown with the result. */
  notice: '居民意见征询结果仅供参考，不是业主共同决定';
}

/** `POST /api/proposals/:proposalId/resident-poll` (organisers) */
export interface OpenPollRequest {
  closesAt: string;
}
