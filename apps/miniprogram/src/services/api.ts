import Taro from '@tarojs/taro';
import {
  ERROR_MESSAGES,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type AnswerQuestionRequest,
  type AskQuestionRequest,
  type AttachmentView,
  type AuditReportInput,
  type AuditReportView,
  type FundEntryInput,
  type FundEntryView,
  type MaintenanceFundView,
  type OpenQuestionView,
  type ServiceDisclosureInput,
  type WorkRecordKind,
  type WorkRecordView,
  type CreateAccountDisclosureRequest,
  type FlagLineRequest,
  type LineView,
  type QuestionView,
  type ReviewNoteRequest,
  type ReviewNoteView,
  type ServiceDisclosureView,
  type VerifyResult,
  type BuildingView,
  type ApproveClaimRequest,
  type ClaimDecisionView,
  type ClaimStatus,
  type ClaimView,
  type CompoundListItem,
  type CompoundSummary,
  type CreateClaimRequest,
  type DevLoginRequest,
  type LoginResponse,
  type MeResponse,
  type Page,
  type RejectClaimRequest,
  type RevokeClaimRequest,
  type RosterImportResult,
  type RosterUnitView,
  type UnitView,
  type UpdateMeRequest,
  type WechatLoginRequest,
  type BallotReceipt,
  type BallotRecordView,
  type CastBallotRequest,
  type CreateProposalRequest,
  type OpenOwnerVoteRequest,
  type OwnerVoteView,
  type PaperBallotRequest,
  type ProposalView,
  type ReceiptCheck,
} from '@xiaoqu/shared';
import { ApiError, createApiClient, LOGIN_REQUIRED_MESSAGE, type PlainPost, type UploadFile } from './request';
import { idempotentPost } from './idempotent';
import { storageSessions, taroTransport } from './transport';

const IS_H5 = process.env.TARO_ENV === 'h5';
export const LOGIN_PAGE = '/pages/login/index';
const PERSONA_KEY = 'xiaoqu.persona';

/** The persona chosen on the h5 demo's login page. */
export function currentPersona(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(PERSONA_KEY);
    return typeof value === 'string' && value ? value : null;
  } catch {
    return null;
  }
}

async function authenticate(post: PlainPost): Promise<LoginResponse> {
  if (IS_H5) {
    const openid = currentPersona();
    if (!openid) throw new ApiError('LOGIN_REQUIRED', LOGIN_REQUIRED_MESSAGE, 401);
    return post<LoginResponse>('/api/auth/dev-login', { openid } satisfies DevLoginRequest);
  }
  let code: string;
  try {
    code = (await Taro.login()).code;
  } catch {
    throw new ApiError('WECHAT_LOGIN_FAILED', ERROR_MESSAGES.WECHAT_LOGIN_FAILED, 0);
  }
  return post<LoginResponse>('/api/auth/wechat-login', { code } satisfies WechatLoginRequest);
}

let openingLogin = false;
function openLoginPage() {
  // Only the h5 demo has a login page; on weapp a refused wx.login is shown where it happened.
  if (!IS_H5 || openingLogin) return;
  openingLogin = true;
  void Taro.reLaunch({ url: LOGIN_PAGE }).finally(() => {
    openingLogin = false;
  });
}

export const client = createApiClient({
  baseUrl: IS_H5 ? '' : (process.env.TARO_APP_API_BASE_URL ?? ''),
  transport: taroTransport,
  sessions: storageSessions,
  authenticate,
  onLoginRequired: openLoginPage,
});

/** h5 demo: log in as one of the seeded personas. */
export async function loginAsPersona(openid: string): Promise<void> {
  client.logout();
  Taro.setStorageSync(PERSONA_KEY, openid);
  await client.login();
}

/** h5 demo: forget the persona and the session. */
export function forgetPersona(): void {
  client.logout();
  Taro.removeStorageSync(PERSONA_KEY);
}

const postWithKey =
  <Res>() =>
  (path: string, body: unknown, key: string) =>
    client.request<Res>('POST', path, { body, headers: { 'Idempotency-Key': key } });
const askQuestionOnce = idempotentPost(postWithKey<QuestionView>());
const createProposalOnce = idempotentPost(postWithKey<ProposalView>());

export const api = {
  me: () => client.get<MeResponse>('/api/me'),
  updateMe: (body: UpdateMeRequest) => client.patch<MeResponse>('/api/me', body),
  searchCompounds: (q: string, within?: number) => client.get<CompoundListItem[]>('/api/compounds', { q, within }),
  compound: (id: number) => client.get<CompoundSummary>(`/api/compounds/${id}`),
  buildings: (compoundId: number) => client.get<BuildingView[]>(`/api/compounds/${compoundId}/buildings`),
  units: (compoundId: number, buildingId: number, cursor?: string | null) =>
    client.get<Page<UnitView>>(`/api/compounds/${compoundId}/units`, { buildingId, cursor }),
  createClaim: (body: CreateClaimRequest) => client.post<ClaimView>('/api/claims', body),
  myClaims: () => client.get<ClaimView[]>('/api/claims/mine'),
  adminClaims: (status: ClaimStatus = 'pending') => client.get<ClaimView[]>('/api/admin/claims', { status }),
  uploadDeedPhoto: (compoundId: number, file: UploadFile) =>
    client.upload<AttachmentView>(`/api/claims/deed-photos?compoundId=${compoundId}`, 'file', file),
  adminClaim: (id: number) => client.get<ClaimView>(`/api/admin/claims/${id}`),
  claimHistory: (id: number) => client.get<ClaimDecisionView[]>(`/api/admin/claims/${id}/history`),
  approveClaim: (id: number, body: ApproveClaimRequest) =>
    client.post<ClaimView>(`/api/admin/claims/${id}/approve`, body),
  rejectClaim: (id: number, body: RejectClaimRequest) => client.post<ClaimView>(`/api/admin/claims/${id}/reject`, body),
  revokeClaim: (id: number, body: RevokeClaimRequest) => client.post<ClaimView>(`/api/admin/claims/${id}/revoke`, body),
  importRoster: (compoundId: number, file: UploadFile) =>
    client.upload<RosterImportResult>(`/api/compounds/${compoundId}/roster`, 'file', file),
  roster: (compoundId: number, cursor?: string | null) =>
    client.get<Page<RosterUnitView>>(`/api/compounds/${compoundId}/roster`, { cursor }),

  // Disclosures (双晒): what everyone with a role on the compound reads
  accountDisclosures: (compoundId: number, withDrafts = false) =>
    client.get<AccountPeriodSummary[]>(`/api/compounds/${compoundId}/account-disclosures`, {
      include: withDrafts ? 'drafts' : undefined,
    }),
  verifyDisclosures: (compoundId: number) =>
    client.get<VerifyResult>(`/api/compounds/${compoundId}/disclosures/verify`),
  accountDisclosure: (id: number) => client.get<AccountDisclosureDetail>(`/api/account-disclosures/${id}`),
  disclosureQuestions: (id: number) => client.get<QuestionView[]>(`/api/account-disclosures/${id}/questions`),
  /** Retried with the same `Idempotency-Key` after a failure: one question however often it arrives. */
  askQuestion: (lineId: number, body: AskQuestionRequest) =>
    askQuestionOnce(`/api/disclosure-lines/${lineId}/questions`, body),
  serviceDisclosure: (compoundId: number) =>
    client.get<ServiceDisclosureView>(`/api/compounds/${compoundId}/service-disclosure`),
  /** A temporary path (weapp) or object URL (h5) of an attachment's bytes. */
  attachmentFile: (id: number) => client.download(`/api/attachments/${id}`),
  lineTemplateFile: () => client.download('/api/disclosures/line-template.xlsx'),
  /** The A4 notice-board PDF of a period (503 PRINT_UNAVAILABLE when the server cannot draw Chinese). */
  noticePdfFile: (id: number) => client.download(`/api/account-disclosures/${id}/notice.pdf`),
  maintenanceFund: (compoundId: number) =>
    client.get<MaintenanceFundView>(`/api/compounds/${compoundId}/maintenance-fund`),
  auditReports: (compoundId: number) => client.get<AuditReportView[]>(`/api/compounds/${compoundId}/audit-reports`),

  // Property staff
  createAccountDisclosure: (compoundId: number, body: CreateAccountDisclosureRequest) =>
    client.post<AccountDisclosureDetail>(`/api/compounds/${compoundId}/account-disclosures`, body),
  importLines: (id: number, file: UploadFile) =>
    client.upload<AccountDisclosureDetail>(`/api/account-disclosures/${id}/lines/import`, 'file', file),
  attachVoucher: (lineId: number, file: UploadFile) =>
    client.upload<AttachmentView>(`/api/disclosure-lines/${lineId}/attachments`, 'file', file),
  publishDisclosure: (id: number) => client.post<AccountDisclosureDetail>(`/api/account-disclosures/${id}/publish`),
  deleteDisclosure: (id: number) => client.request<unknown>('DELETE', `/api/account-disclosures/${id}`),
  amendDisclosure: (id: number) => client.post<AccountDisclosureDetail>(`/api/account-disclosures/${id}/amend`),
  answerQuestion: (id: number, body: AnswerQuestionRequest) =>
    client.post<QuestionView>(`/api/questions/${id}/answer`, body),
  /** The compound's unanswered questions, oldest first (property staff, supervisor, committee, admins). */
  openQuestions: (compoundId: number) =>
    client.get<OpenQuestionView[]>(`/api/compounds/${compoundId}/questions`, { unanswered: 1 }),
  /** A photo or document stored first, then named by id in a fund entry, audit report or work record. */
  uploadAttachment: (compoundId: number, file: UploadFile) =>
    client.upload<AttachmentView>(`/api/compounds/${compoundId}/attachments`, 'file', file),
  serviceDraft: (compoundId: number) =>
    client.get<ServiceDisclosureView>(`/api/compounds/${compoundId}/service-disclosure/draft`),
  saveServiceDraft: (compoundId: number, body: ServiceDisclosureInput) =>
    client.request<ServiceDisclosureView>('PUT', `/api/compounds/${compoundId}/service-disclosure/draft`, { body }),
  publishServiceDraft: (compoundId: number) =>
    client.post<ServiceDisclosureView>(`/api/compounds/${compoundId}/service-disclosure/publish`),
  addWorkRecord: (
    compoundId: number,
    body: { kind: WorkRecordKind; doneOn: string; description: string; photoIds: number[] },
  ) => client.post<WorkRecordView>(`/api/compounds/${compoundId}/work-records`, body),
  addFundEntry: (compoundId: number, body: FundEntryInput) =>
    client.post<FundEntryView>(`/api/compounds/${compoundId}/maintenance-fund/entries`, body),
  addAuditReport: (compoundId: number, body: AuditReportInput) =>
    client.post<AuditReportView>(`/api/compounds/${compoundId}/audit-reports`, body),

  // Deliberation (四方议事): proposals and owner votes
  proposals: (compoundId: number) => client.get<ProposalView[]>(`/api/compounds/${compoundId}/proposals`),
  /** Retried with the same `Idempotency-Key` after a failure: one proposal however often it arrives. */
  createProposal: (compoundId: number, body: CreateProposalRequest) =>
    createProposalOnce(`/api/compounds/${compoundId}/proposals`, body),
  proposal: (id: number) => client.get<ProposalView>(`/api/proposals/${id}`),
  openOwnerVote: (proposalId: number, body: OpenOwnerVoteRequest) =>
    client.post<OwnerVoteView>(`/api/proposals/${proposalId}/owner-vote`, body),
  /** The same `idempotencyKey` for every retry of one tap: the server then keeps one ballot. */
  castBallot: (voteId: number, body: CastBallotRequest, idempotencyKey: string) =>
    client.request<BallotReceipt>('POST', `/api/owner-votes/${voteId}/ballots`, {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  checkReceipt: (voteId: number, code: string) =>
    client.get<ReceiptCheck>(`/api/owner-votes/${voteId}/receipts/${encodeURIComponent(code)}`),
  addPaperBallot: (voteId: number, body: PaperBallotRequest) =>
    client.post<BallotReceipt>(`/api/owner-votes/${voteId}/paper-ballots`, body),
  ballots: (voteId: number) => client.get<BallotRecordView[]>(`/api/owner-votes/${voteId}/ballots`),

  // Supervisor and committee
  reviewNote: (id: number, body: ReviewNoteRequest) =>
    client.post<ReviewNoteView>(`/api/account-disclosures/${id}/notes`, body),
  flagLine: (lineId: number, body: FlagLineRequest) =>
    client.post<LineView>(`/api/disclosure-lines/${lineId}/flags`, body),
};

export type Api = typeof api;
