import type { MatterNo, OwnerDecisionTally, TallyBallot, TallyPart } from './tally.js';
import type { ChoiceTally } from './choice-tally.js';
import type { AttachmentView } from './disclosure-api.js';

/** Where a proposal stands (DESIGN.md "Deliberation"). */
export const PROPOSAL_STAGES = [
  'raised',
  'consultation',
  'voting',
  'published',
  'implementing',
  'evaluated',
  'terminated',
] as const;
export type ProposalStage = (typeof PROPOSAL_STAGES)[number];
export const PROPOSAL_STAGE_LABELS: Record<ProposalStage, string> = {
  raised: '已提出',
  consultation: '四方协商',
  voting: '表决中',
  published: '结果公示',
  implementing: '落实中',
  evaluated: '已评价',
  terminated: '表决已中止',
};

/** The objection period (询异公示) of a result held here: the compound's rule, 3–15 days. */
export const OBJECTION_DAYS_MIN = 3;
export const OBJECTION_DAYS_MAX = 15;
export const OBJECTION_DAYS_DEFAULT = 7;

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

/** At most this many options in a multi-option decision (e.g. 续聘 A / 选聘 B / 选聘 C). */
export const VOTE_OPTIONS_MAX = 9;

/** `POST /api/proposals/:proposalId/owner-vote` (committee or community admin) */
export interface OpenOwnerVoteRequest {
  matterNo: MatterNo;
  /**
   * A multi-option decision: 2–9 option labels, one choice per owner (or abstain); an option is adopted only with
   * its own majority (matters 6–8: three quarters) of the participating area and headcount. Absent: agree/disagree.
   */
  options?: string[];
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
   * ISO 8601: when the notice of this vote was posted on the compound's notice boards, at least VOTE_NOTICE_DAYS
   * days before it opens; then `noticeAttachmentId` (a photo of the posted notice) is required. Absent, the
   * announcement here is the notice (`platform`), and the vote opens no earlier than VOTE_NOTICE_DAYS days later.
   */
  noticePostedAt?: string;
  /** A photo of the posted notice, uploaded first (POST /api/compounds/:id/attachments). */
  noticeAttachmentId?: number;
}

/** How owners were told of a vote: announced here (to the verified owners), or posted on the notice boards. */
export const NOTICE_METHODS = ['platform', 'posted'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** The notice of a vote exactly as recorded; every text that quotes it says this and nothing more. */
export interface VoteNoticeView {
  method: NoticeMethod;
  at: string;
  /** posted: the photo of the notice on the board. */
  attachmentId: number | null;
  /** platform: how many verified owners were sent the announcement (subscribe message); null before it was sent. */
  notifiedOwners: number | null;
}

/**
 * The clause of the compound's 管理规约 / 议事规则 that allows owner votes on this platform, with the document;
 * and the objection period its rules set. Without one, owner votes here are refused (VOTE_BASIS_MISSING).
 */
export interface VoteBasisView {
  id: number;
  compoundId: number;
  /** e.g. 《锦绣花园管理规约》第二十条：业主共同决定事项可以通过小区共治平台以电子方式表决 */
  clause: string;
  document: AttachmentView | null;
  objectionDays: number;
  recordedAt: string;
  recordedByRole: string;
}

/** `PUT /api/compounds/:compoundId/vote-basis` (committee or community admin); each record is kept. */
export interface VoteBasisRequest {
  clause: string;
  /** The document (the signed rules, a PDF or photo), uploaded first. */
  documentAttachmentId: number;
  /** OBJECTION_DAYS_MIN–MAX; default OBJECTION_DAYS_DEFAULT. */
  objectionDays?: number;
}

/** One option of a multi-option decision. */
export interface VoteOptionView {
  id: string;
  label: string;
}

/** A vote's result after closing: `preliminary` during the objection period, then `final`. */
export type ResultStage = 'preliminary' | 'final';

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
  /**
   * `announced`: owners were told; it opens (its roll frozen) at `openedAt`. `closed`: at its closing time, by
   * itself. `terminated`: voided before closing, with a written reason; nothing of its count is ever revealed.
   */
  status: VoteStatus;
  /** Agree/disagree, or one of several options. */
  kind: 'approval' | 'choice';
  /** choice: the options in order; approval: empty. */
  options: VoteOptionView[];
  openedAt: string;
  closesAt: string;
  closedAt: string | null;
  /** Held here and closed: preliminary until the objection period ends with every objection answered; then final. */
  resultStage: ResultStage | null;
  objectionEndsAt: string | null;
  finalAt: string | null;
  termination: { at: string; byRole: string; reason: string } | null;
  /** The notice as recorded (null for votes opened before notices were recorded, and for imported results). */
  notice: VoteNoticeView | null;
  /** The compound's rule that allows voting here, as recorded when the vote was opened. */
  basis: VoteBasisView | null;
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

export const VOTE_STATUSES = ['announced', 'open', 'closed', 'terminated'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/**
 * `POST /api/owner-votes/:voteId/ballots` with an `Idempotency-Key` header. An agree/disagree vote takes `choice`;
 * a multi-option vote takes `optionId` (null, or `choice: 'abstain'`, to abstain).
 */
export interface CastBallotRequest {
  choice?: TallyBallot['choice'];
  optionId?: string | null;
}

/** `POST /api/owner-votes/:voteId/terminate` (organisers): voids an announced or open vote before it closes. */
export interface TerminateVoteRequest {
  reason: string;
}

/**
 * `POST /api/owner-votes/:voteId/paper-ballots` (committee or community admin): a paper ballot, or one cast by a
 * proxy (委托), entered with the scan of the signed form (and of the authorisation for a proxy), uploaded first.
 */
export interface PaperBallotRequest {
  /** Any unit of the owner: the ballot covers all units of its owner key. */
  unitId: number;
  /** Agree/disagree votes; a multi-option vote takes `optionId` (null to abstain). */
  choice?: TallyBallot['choice'];
  optionId?: string | null;
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
  /** Hidden (null) in a secret vote, and in every vote until it closes. */
  choice: TallyBallot['choice'] | null;
  optionId: string | null;
  /** A correction's new ballot names the ballot it corrects. */
  correctsBallotId: number | null;
  units: string[];
  /** The same units' ids (for a correction, which names a unit). */
  unitIds: number[];
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
  /** Multi-option votes: the option chosen (null with `choice: 'abstain'`). */
  optionId: string | null;
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

/**
 * `GET /api/owner-votes/:voteId/tally`: an agree/disagree vote's tally after it closed, summed by SQL over the
 * frozen roll (and its corrections). Before closing: 409 VOTE_COUNT_SEALED, for every role.
 */
export interface OwnerVoteTallyView extends OwnerDecisionTally {
  voteId: number;
  status: VoteStatus;
  asOf: string;
}

/** A multi-option vote's tally after it closed (same sealing as OwnerVoteTallyView). */
export interface ChoiceTallyView extends ChoiceTally {
  voteId: number;
  status: VoteStatus;
  asOf: string;
}

/**
 * `GET /api/owner-votes/:voteId/turnout`: who took part, public at every stage (never what they chose): the frozen
 * roll's totals, the participating area and headcount, and the same per building.
 */
export interface VoteTurnoutView {
  voteId: number;
  total: TallyPart;
  participated: TallyPart;
  buildings: BuildingTurnout[];
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

/**
 * `GET /api/owner-votes/:voteId/choices`: after closing, in an open (实名, not secret) vote, each unit's counted
 * choice, as published results show them. Before closing: 409 VOTE_COUNT_SEALED; a secret vote: never.
 */
export interface UnitChoiceView {
  unit: string;
  choice: TallyBallot['choice'];
  /** Multi-option votes: the option's label (null when abstaining). */
  option: string | null;
}

/** A link of the compound's publication chain. */
export interface ChainLinkRef {
  seq: number;
  contentHash: string;
  hash: string;
  publishedAt: string;
}

/**
 * `GET /api/owner-votes/:voteId/result`. While announced or open: `vote` only (tally null, explanation empty).
 * Terminated: `vote` with its termination, nothing of the count. Closed: the tally, its explanation, the
 * preliminary result's link, each correction with its link, and the final link once final.
 */
export interface OwnerVoteResultView {
  vote: OwnerVoteView;
  /** Agree/disagree votes, once closed. */
  tally: OwnerVoteTallyView | null;
  /** Multi-option votes, once closed. */
  choiceTally: ChoiceTallyView | null;
  /** Each threshold in plain words with its numbers (explainOwnerDecision / explainChoice). */
  explanation: string[];
  /** The link of the compound's publication chain that fixes the preliminary result; null until closed. */
  publication: ChainLinkRef | null;
  corrections: VoteCorrectionView[];
  /** The link that made the result final. */
  finalPublication: ChainLinkRef | null;
}

/** What an owner may object about in the objection period (询异公示). */
export const OBJECTION_KINDS = ['ballot', 'roll_missing', 'roll_area', 'roll_owner'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];
export const OBJECTION_KIND_LABELS: Record<ObjectionKind, string> = {
  ballot: '我家的表决记录有误',
  roll_missing: '名册漏了房屋',
  roll_area: '名册面积有误',
  roll_owner: '名册业主有误',
};

/**
 * `POST /api/owner-votes/:voteId/objections` (an owner, during the objection period): about their own unit's
 * ballot record, or the roll (a missing unit, a wrong area, a wrong owner), with text and photos.
 */
export interface ObjectionRequest {
  kind: ObjectionKind;
  /** The unit it is about: one of the objector's own for `ballot`; any unit of the compound for the roll. */
  unitId: number;
  text: string;
  attachmentIds: number[];
}

/** How organisers may correct a preliminary result, each with a reason and its evidence. */
export const CORRECTION_KINDS = ['ballot_choice', 'roll_area', 'roll_unit'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export const CORRECTION_KIND_LABELS: Record<CorrectionKind, string> = {
  ballot_choice: '更正录入有误的表决票',
  roll_area: '更正名册面积',
  roll_unit: '按更正后的花名册补入或更正房屋',
};

/**
 * A correction (organisers, during the objection period): re-tallies and publishes a new chain link pointing at
 * the one it corrects.
 * - `ballot_choice`: `ballotId` was entered wrongly; `choice` (or `optionId`) is what the signed form says.
 * - `roll_area`: the unit's area on the roll becomes `areaCentiM2`.
 * - `roll_unit`: the unit's roll entry (owner, area) is taken from the corrected roster, or added when missing.
 */
export interface CorrectionRequest {
  kind: CorrectionKind;
  unitId: number;
  ballotId?: number;
  choice?: TallyBallot['choice'];
  optionId?: string | null;
  areaCentiM2?: number;
  reason: string;
  /** The evidence (the signed form, the register extract), uploaded first; at least one. */
  evidenceAttachmentIds: number[];
}

/** `POST /api/vote-objections/:objectionId/answer` (organisers): the answer, with a correction when one is due. */
export interface AnswerObjectionRequest {
  text: string;
  correction?: CorrectionRequest;
}

export interface VoteCorrectionView {
  id: number;
  kind: CorrectionKind;
  unit: string;
  /** What it was and what it became, in words (a choice, an area). */
  before: string;
  after: string;
  reason: string;
  evidenceAttachmentIds: number[];
  objectionId: number | null;
  at: string;
  byRole: string;
  publication: ChainLinkRef;
  /** The link it corrects: the preliminary result, or the previous correction. */
  corrects: ChainLinkRef;
}

/** An objection as shown on the proposal page: the objector is named to nobody (`mine` tells the objector). */
export interface ObjectionView {
  id: number;
  voteId: number;
  kind: ObjectionKind;
  unitId: number;
  unit: string;
  text: string;
  attachmentIds: number[];
  raisedAt: string;
  mine: boolean;
  answer: { text: string; at: string; byRole: string; correctionId: number | null } | null;
  publication: ChainLinkRef | null;
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
  'vote_terminated',
  'objection',
  'objection_answer',
  'correction',
  'result_final',
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
