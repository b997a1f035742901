import type { BuildingView, CompoundListItem, CompoundSummary, Page, UnitView } from '@xiaoqu/shared';
import { client } from '../api';

/** Compounds, their buildings and units, as a resident finds them. */
export const placesApi = {
  searchCompounds: (q: string, within?: number) => client.get<CompoundListItem[]>('/api/compounds', { q, within }),
  compound: (id: number) => client.get<CompoundSummary>(`/api/compounds/${id}`),
  buildings: (compoundId: number) => client.get<BuildingView[]>(`/api/compounds/${compoundId}/buildings`),
  units: (compoundId: number, buildingId: number, cursor?: string | null) =>
    client.get<Page<UnitView>>(`/api/compounds/${compoundId}/units`, { buildingId, cursor }),
  /** Units found by building and room words (`3栋 502`, `502`), as the roster searches. */
  findUnits: (compoundId: number, q: string, cursor?: string | null) =>
    client.get<Page<UnitView>>(`/api/compounds/${compoundId}/units`, { q, cursor }),
};
