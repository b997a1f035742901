import type { Page, RosterImportResult, RosterOwnerView, RosterUnitView } from '@xiaoqu/shared';
import { client } from '../api';
import type { UploadFile } from '../request';

/** A compound's roster of units and owners, imported and read by admins. */
export const rosterApi = {
  importRoster: (compoundId: number, file: UploadFile) =>
    client.upload<RosterImportResult>(`/api/compounds/${compoundId}/roster`, 'file', file),
  /** Owners masked; `q` finds units by building and room (`3栋 502`). */
  roster: (compoundId: number, cursor?: string | null, q?: string) =>
    client.get<Page<RosterUnitView>>(`/api/compounds/${compoundId}/roster`, { cursor, q }),
  /** One unit's owner in full (community admins); the API writes each reveal to the audit log. */
  revealOwner: (compoundId: number, unitId: number) =>
    client.get<RosterOwnerView>(`/api/compounds/${compoundId}/roster/units/${unitId}/owner`),
};
