import type { BillingModel, DisclosureTotals, LineCategory, LineDirection, PeriodKind } from './disclosure.js';

/** A stored file (voucher, photo, report): fetch its bytes at `GET /api/attachments/:id` with the bearer token. */
export interface AttachmentView {
  id: number;
  fileName: string;
  mime: string;
  sizeBytes: number;
  /** SHA-256 of the bytes, hex: part of what a publication's hash covers. */
  sha256: string;
}

/** One line as a draft is written: `PUT /api/account-disclosures/:id/lines` replaces them all. */
export interface LineInput {
  category: LineCategory;
  amountFen: number;
  /** YYYY-MM-DD */
  occurredOn: string;
  counterparty: string;
  note?: string;
  householdsBilled?: number | null;
  householdsPaid?: number | null;
}

export interface LineView extends LineInput {
  id: number;
  direction: LineDirection;
  note: string;
  attachments: AttachmentView[];
  /** Questions asked about this line, and how many still wait for an answer. */
  questionCount: number;
  unansweredCount: number;
  flagged: boolean;
}

export type DisclosureStatus = 'draft' | 'published';

/** The chain link of a publication: `hash = SHA-256(prevHash + contentHash + …)`. */
export interface PublicationView {
  seq: number;
  contentHash: string;
  prevHash: string;
  hash: string;
  publishedAt: string;
}

/** A period in lists (`GET /api/compounds/:compoundId/account-disclosures`). */
export interface AccountPeriodSummary {
  id: number;
  periodKind: PeriodKind;
  periodKey: string;
  status: DisclosureStatus;
  totals: DisclosureTotals;
  /** The disclosure this one corrects, and the one that corrects this one. */
  amendsId: number | null;
  amendedById: number | null;
  publication: PublicationView | null;
  lineCount: number;
}

export interface ReviewNoteView {
  id: number;
  authorName: string;
  role: 'supervisor' | 'committee_member';
  text: string;
  createdAt: string;
}

/** `GET /api/account-disclosures/:id` */
export interface AccountDisclosureDetail extends AccountPeriodSummary {
  compoundId: number;
  billingModel: BillingModel;
  /** Trust model: expense lines above this need a voucher before publishing. */
  voucherRequiredAboveFen: number | null;
  lines: LineView[];
  /** Totals of the previous period's published disclosure, for the change against it. */
  previousTotals: DisclosureTotals | null;
  /** Drafts only, to their reviewers and authors. */
  reviewNotes: ReviewNoteView[];
}

/** `POST /api/compounds/:compoundId/account-disclosures` */
export interface CreateAccountDisclosureRequest {
  periodKey: string;
}

/** `GET /api/compounds/:compoundId/disclosures/verify` */
export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** Where the chain breaks, when it does. */
  brokenAt: { seq: number; kind: string; subjectId: number; reason: string } | null;
}

/** A question on a line (质询): the asker is never shown to other residents. */
export interface QuestionView {
  id: number;
  lineId: number;
  text: string;
  askedAt: string;
  /** Mine: whether the caller asked it. */
  mine: boolean;
  answer: { text: string; answeredAt: string } | null;
  /** Seconds waited so far (unanswered) or until the answer. */
  waitedSeconds: number;
}

export interface AskQuestionRequest {
  text: string;
}
export interface AnswerQuestionRequest {
  text: string;
}
export interface FlagLineRequest {
  reason: string;
}
export interface ReviewNoteRequest {
  text: string;
}

/** `GET /api/compounds/:compoundId/service-disclosure` (the published one; drafts for staff at `?draft=1`). */
export interface ServiceDisclosureView {
  id: number;
  status: DisclosureStatus;
  company: string;
  contractStart: string;
  contractEnd: string;
  serviceLevel: string;
  feeStandardFenPerM2Month: number;
  staffPosts: { post: string; headcount: number }[];
  items: { name: string; frequency: string }[];
  workRecords: WorkRecordView[];
  publication: PublicationView | null;
}

export interface ServiceDisclosureInput {
  company: string;
  contractStart: string;
  contractEnd: string;
  serviceLevel: string;
  feeStandardFenPerM2Month: number;
  staffPosts: { post: string; headcount: number }[];
  items: { name: string; frequency: string }[];
}

export const WORK_RECORD_KINDS = ['elevator', 'cleaning', 'greening', 'security', 'repairs', 'other'] as const;
export type WorkRecordKind = (typeof WORK_RECORD_KINDS)[number];
export const WORK_RECORD_LABELS: Record<WorkRecordKind, string> = {
  elevator: '电梯维保',
  cleaning: '保洁',
  greening: '绿化养护',
  security: '秩序维护',
  repairs: '维修',
  other: '其他',
};

export interface WorkRecordView {
  id: number;
  kind: WorkRecordKind;
  doneOn: string;
  description: string;
  photos: AttachmentView[];
  publication: PublicationView | null;
}
