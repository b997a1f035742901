import type {
  AttachmentView,
  ComplaintAction,
  ComplaintActionRequest,
  ComplaintDetailView,
  ComplaintListQuery,
  ComplaintRankingView,
  ComplaintView,
  CompoundPlanRequest,
  CompoundPlanView,
  FileComplaintRequest,
  GridComplaintCount,
  MeTooView,
  Page,
  WorkPhoneRequest,
} from '@xiaoqu/shared';
import { client } from '../api';
import { createIdempotentSender, sameRequest } from '../idempotent';
import { inboxQuery, publicListQuery, type InboxFilter } from '../complaint-view';
import type { UploadFile } from '../request';

/** A month's complaints per grid (`GET /api/places/:placeId/complaint-grid-counts`). */
export type GridCountView = GridComplaintCount;

/** The filing as sent: the same compound and body are the same tap's (retried after a failure). */
export interface Filing {
  compoundId: number;
  body: FileComplaintRequest;
}

export const sameFiling = (a: Filing, b: Filing): boolean => sameRequest(a, b);

/** Filing with an `Idempotency-Key` per tap: a resend after a failure never stores a second complaint. */
export const fileComplaintOnce = createIdempotentSender<Filing, ComplaintDetailView>(
  ({ compoundId, body }, key) =>
    client.request<ComplaintDetailView>('POST', `/api/compounds/${compoundId}/complaints`, {
      body,
      headers: { 'Idempotency-Key': key },
    }),
  sameFiling,
);

/** 诉求: filing, reading, acting, the inbox, escalated items, problem compounds and 一院一案. */
export const complaintApi = {
  /** A photo stored before the complaint (or the action) names it by id. */
  uploadPhoto: (compoundId: number, file: UploadFile) =>
    client.upload<AttachmentView>(`/api/compounds/${compoundId}/complaint-photos`, 'file', file),
  /** Retried once on a network failure or a 5xx with the same key; a later tap of the same filing reuses it too. */
  file: (compoundId: number, body: FileComplaintRequest) => fileComplaintOnce({ compoundId, body }),
  /** Lists come a page at a time: pass the previous page's `nextCursor` for the next. */
  mine: (cursor?: string) => client.get<Page<ComplaintView>>('/api/me/complaints', { cursor }),
  /** The compound's visible complaints and my own, by category, status and words. */
  ofCompound: (compoundId: number, cursor?: string, filter: Omit<ComplaintListQuery, 'cursor'> = {}) =>
    client.get<Page<ComplaintView>>(`/api/compounds/${compoundId}/complaints`, {
      ...publicListQuery(filter),
      cursor,
    }),
  /** 我也遇到 (on) or taking it back (off); answers the count, never who. */
  meToo: (id: number, on: boolean) =>
    on
      ? client.request<MeTooView>('PUT', `/api/complaints/${id}/me-too`)
      : client.request<MeTooView>('DELETE', `/api/complaints/${id}/me-too`),
  /** The work number residents see for me on the complaints I handle (null: none, so no call button). */
  workPhone: () => client.get<WorkPhoneRequest>('/api/complaints/handler-phone'),
  /** The handler's own work number shown to residents (null: none). */
  setWorkPhone: (body: WorkPhoneRequest) =>
    client.request<WorkPhoneRequest>('PUT', '/api/complaints/handler-phone', { body }),
  detail: (id: number) => client.get<ComplaintDetailView>(`/api/complaints/${id}`),
  act: (id: number, action: ComplaintAction, body: ComplaintActionRequest) =>
    client.post<ComplaintDetailView>(`/api/complaints/${id}/actions/${action}`, body),
  /** The grid worker's (or property staff's) inbox, in deadline order. */
  inbox: (filter: InboxFilter, cursor?: string) =>
    client.get<Page<ComplaintView>>('/api/complaints/inbox', { ...inboxQuery(filter), cursor }),
  escalated: (placeId: number, filter: InboxFilter, cursor?: string) =>
    client.get<Page<ComplaintView>>(`/api/places/${placeId}/complaints/escalated`, { ...inboxQuery(filter), cursor }),
  ranking: (placeId: number, period: string) =>
    client.get<ComplaintRankingView>(`/api/places/${placeId}/complaint-ranking`, { period }),
  gridCounts: (placeId: number, period: string) =>
    client.get<GridCountView[]>(`/api/places/${placeId}/complaint-grid-counts`, { period }),
  plans: (compoundId: number) => client.get<CompoundPlanView[]>(`/api/compounds/${compoundId}/plans`),
  createPlan: (compoundId: number, body: CompoundPlanRequest) =>
    client.post<CompoundPlanView>(`/api/compounds/${compoundId}/plans`, body),
  addPlanUpdate: (planId: number, body: { text: string; progress: number }) =>
    client.post<CompoundPlanView>(`/api/plans/${planId}/updates`, body),
};
