import type { AuditPage, AuditQuery } from '@xiaoqu/shared';
import { client } from '../api';

/** The audit log of staff and admin writes. */
export const auditApi = {
  /** Staff and admin writes on the place and everything below it, newest first. */
  page: (placeId: number, query: AuditQuery = {}) =>
    client.get<AuditPage>(`/api/places/${placeId}/audit`, { ...query }),
};
