import type { Page, RosterImportResult, RosterUnitView } from '@xiaoqu/shared';
import { client } from '../api';
import type { UploadFile } from '../request';

/** A compound's roster of units and owners, imported and read by admins. */
export const rosterApi = {
  importRoster: (compoundId: number, file: UploadFile) =>
    client.upload<RosterImportResult>(`/api/compounds/${compoundId}/roster`, 'file', file),
  roster: (compoundId: number, cursor?: string | null) =>
    client.get<Page<RosterUnitView>>(`/api/compounds/${compoundId}/roster`, { cursor }),
};
