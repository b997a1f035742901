import type {
  AttachmentView,
  ComplaintAction,
  ComplaintActionRequest,
  ComplaintDetailView,
  ComplaintRankingView,
  ComplaintView,
  CompoundPlanRequest,
  CompoundPlanView,
  FileComplaintRequest,
  GridComplaintCount,
} from '@xiaoqu/shared';
import { client } from './api';
import { inboxQuery, type InboxFilter } from './complaint-view';
import type { UploadFile } from './request';

/**
 * One grid's complaints of a month (`GET /api/places/:placeId/complaint-grid-counts`). libs/shared has no type for
 * this answer yet, so it is written here from the API's service.
 */
/** A month's complaints per grid (the shared view). */
export type GridCountView = GridComplaintCount;

/** 诉求: filing, reading, acting, the inbox, escalated items, problem compounds and 一院一案. */
export const complaintApi = {
  /** A photo stored before the complaint (or the action) names it by id. */
  uploadPhoto: (compoundId: number, file: UploadFile) =>
    client.upload<AttachmentView>(`/api/compounds/${compoundId}/complaint-photos`, 'file', file),
  file: (compoundId: number, body: FileComplaintRequest) =>
    client.post<ComplaintDetailView>(`/api/compounds/${compoundId}/complaints`, body),
  mine: () => client.get<ComplaintView[]>('/api/me/complaints'),
  /** The compound's visible complaints and my own. */
  ofCompound: (compoundId: number) => client.get<ComplaintView[]>(`/api/compounds/${compoundId}/complaints`),
  detail: (id: number) => client.get<ComplaintDetailView>(`/api/complaints/${id}`),
  act: (id: number, action: ComplaintAction, body: ComplaintActionRequest) =>
    client.post<ComplaintDetailView>(`/api/complaints/${id}/actions/${action}`, body),
  /** The grid worker's (or property staff's) inbox, in deadline order. */
  inbox: (filter: InboxFilter) => client.get<ComplaintView[]>('/api/complaints/inbox', inboxQuery(filter)),
  escalated: (placeId: number, filter: InboxFilter) =>
    client.get<ComplaintView[]>(`/api/places/${placeId}/complaints/escalated`, inboxQuery(filter)),
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
