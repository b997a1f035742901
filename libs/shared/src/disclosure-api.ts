import type { BillingModel, DisclosureTotals, LineCategory, LineDirection, PeriodKind } from './disclosure.js';

/** `GET|PUT /api/compounds/:compoundId/billing`: how the compound pays its property company. */
export interface CompoundBillingView {
  billingModel: BillingModel;
  /** Trust model: expense lines above this need a voucher before publishing; null → the server's default. */
  voucherRequiredAboveFen: number | null;
}

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
  /** Why reviewers found the line questionable (public, like the questions). */
  flags: { role: 'supervisor' | 'committee_member'; reason: string; flaggedAt: string }[];
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
  /** Questions on its lines still waiting for the property company's answer. */
  unansweredQuestions: number;
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
  /** With `?files=1`: the compound's stored files re-hashed; any changed or missing makes `ok` false. */
  files?: { checked: number; failed: { attachmentId: number; reason: 'mismatch' | 'missing' }[] };
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

/** `GET /api/compounds/:compoundId/questions?unanswered=1`: the compound's questions for staff, oldest waiting first. */
export interface OpenQuestionView extends QuestionView {
  disclosureId: number;
  periodKey: string;
  line: { category: LineCategory; amountFen: number; counterparty: string; occurredOn: string };
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

export const FUND_ENTRY_KINDS = ['statement', 'use'] as const;
export type FundEntryKind = (typeof FUND_ENTRY_KINDS)[number];
export const FUND_ENTRY_LABELS: Record<FundEntryKind, string> = { statement: '余额对账单', use: '使用' };

/**
 * A maintenance-fund record (维修资金): a balance statement from the fund centre, or a use of the fund
 * (what for, which owner decision approved it), each with its documents.
 */
export interface FundEntryView {
  id: number;
  kind: FundEntryKind;
  occurredOn: string;
  /** statement: the balance on that day; use: the amount spent. */
  amountFen: number;
  description: string;
  /** use: the owner decision that approved it (a reference as written in its minutes). */
  decisionRef: string | null;
  attachments: AttachmentView[];
  publication: PublicationView | null;
}

/** `GET /api/compounds/:compoundId/maintenance-fund` */
export interface MaintenanceFundView {
  /** The latest statement's balance, and the uses recorded after it (so the balance now is their difference). */
  latestStatement: FundEntryView | null;
  usedSinceStatementFen: number;
  entries: FundEntryView[];
}

/** `POST /api/compounds/:compoundId/maintenance-fund/entries` (attachments uploaded first) */
export interface FundEntryInput {
  kind: FundEntryKind;
  occurredOn: string;
  amountFen: number;
  description: string;
  decisionRef?: string | null;
  attachmentIds: number[];
}

/** An annual audit report of property fees and common income. */
export interface AuditReportView {
  id: number;
  year: number;
  title: string;
  auditor: string;
  report: AttachmentView;
  publication: PublicationView | null;
}

/** `POST /api/compounds/:compoundId/audit-reports` */
export interface AuditReportInput {
  year: number;
  title: string;
  auditor: string;
  attachmentId: number;
}
