import type {
  AccountDisclosureDetail,
  AccountPeriodSummary,
  AnswerQuestionRequest,
  AskQuestionRequest,
  AttachmentView,
  AuditReportInput,
  AuditReportView,
  FundEntryInput,
  FundEntryView,
  MaintenanceFundView,
  OpenQuestionView,
  ServiceDisclosureInput,
  WorkRecordKind,
  WorkRecordView,
  CreateAccountDisclosureRequest,
  FlagLineRequest,
  LineView,
  QuestionView,
  ReviewNoteRequest,
  ReviewNoteView,
  ServiceDisclosureView,
  VerifyResult,
} from '@xiaoqu/shared';
import { client, keyedPost } from '../api';
import { orNothingYet } from '../nothing-yet';
import type { UploadFile } from '../request';

const askQuestionOnce = keyedPost<QuestionView>();

/** Disclosures (双晒): accounts, questions, the service disclosure, the maintenance fund and audit reports, as residents read them and staff, supervisors and the committee write them. */
export const disclosureApi = {
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
  /** Null when the property company has published none yet (the API's 404). */
  serviceDisclosure: (compoundId: number) =>
    orNothingYet(client.get<ServiceDisclosureView>(`/api/compounds/${compoundId}/service-disclosure`)),
  lineTemplateFile: () => client.download('/api/disclosures/line-template.xlsx'),
  /** The A4 notice-board PDF of a period (503 PRINT_UNAVAILABLE when the server cannot draw Chinese). */
  noticePdfFile: (id: number) => client.download(`/api/account-disclosures/${id}/notice.pdf`),
  maintenanceFund: (compoundId: number) =>
    client.get<MaintenanceFundView>(`/api/compounds/${compoundId}/maintenance-fund`),
  auditReports: (compoundId: number) => client.get<AuditReportView[]>(`/api/compounds/${compoundId}/audit-reports`),
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
  /** Null when no draft has been saved yet (the API's 404). */
  serviceDraft: (compoundId: number) =>
    orNothingYet(client.get<ServiceDisclosureView>(`/api/compounds/${compoundId}/service-disclosure/draft`)),
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
  reviewNote: (id: number, body: ReviewNoteRequest) =>
    client.post<ReviewNoteView>(`/api/account-disclosures/${id}/notes`, body),
  flagLine: (lineId: number, body: FlagLineRequest) =>
    client.post<LineView>(`/api/disclosure-lines/${lineId}/flags`, body),
};
