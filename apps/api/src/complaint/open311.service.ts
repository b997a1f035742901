import { Injectable } from '@nestjs/common';
import {
  awaitsHandler,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  handlingRoute,
  maskPersonalData,
  type ComplaintCategory,
} from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { parseInstant } from '../common/time/whole-seconds.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import type { Complaint } from './complaint.entities.js';
import { ComplaintRepository } from './complaint.repository.js';
import { filerNames } from './complaint-masking.js';

/** GeoReport v2 `requests.json` filters, as validated by the controller. */
export interface Open311RequestsQuery {
  service_code?: ComplaintCategory;
  status?: 'open' | 'closed';
  start_date?: string;
  end_date?: string;
}

/**
 * One request as GeoReport v2 describes it: no person, no photo, only what the resident chose to make visible, its
 * free text with personal data (phone and ID numbers, the filer's name) masked.
 */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: ComplaintCategory;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: string;
  zipcode: null;
  lat: null;
  long: null;
  media_url: null;
}

const DAY = 24 * 3600_000;
const LIMIT = 1000;
const AGENCY = { micro_grid: '微网格', general_grid: '网格', property: '物业服务企业', community: '社区' } as const;

/** Open311 GeoReport v2 views of the compounds' visible complaints: no person, no photo, personal data masked. */
@Injectable()
export class Open311Service {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly people: PersonDirectory,
  ) {}

  services() {
    return COMPLAINT_CATEGORIES.map((code) => ({
      service_code: code,
      service_name: COMPLAINT_CATEGORY_LABELS[code],
      description: `小区诉求：${COMPLAINT_CATEGORY_LABELS[code]}`,
      metadata: false,
      type: 'realtime',
      keywords: '',
      group: '小区共治',
    }));
  }

  /** Requests filed in [start_date, end_date) (default: the last 90 days), newest first, at most 1,000. */
  async requests(query: Open311RequestsQuery): Promise<Open311Request[]> {
    const end = query.end_date ? parseInstant(query.end_date, 'end_date 格式不对') : new Date();
    const start = query.start_date
      ? parseInstant(query.start_date, 'start_date 格式不对')
      : new Date(end.getTime() - 90 * DAY);
    if (start >= end) throw new DomainException('VALIDATION_FAILED', 'start_date 应早于 end_date');
    const q = this.base()
      .andWhere('c.createdAt >= :start AND c.createdAt < :end', { start, end })
      .orderBy('c.id', 'DESC')
      .take(LIMIT);
    if (query.service_code) q.andWhere('c.category = :code', { code: query.service_code });
    // Open311 knows open and closed: resolved, closed and withdrawn complaints are closed.
    if (query.status === 'open') q.andWhere("c.status NOT IN ('resolved', 'closed', 'withdrawn')");
    if (query.status === 'closed') q.andWhere("c.status IN ('resolved', 'closed', 'withdrawn')");
    return this.render(await q.getMany());
  }

  /** One request by its `<id>.json` file name, as a list of one (GeoReport v2). */
  async request(file: string): Promise<Open311Request[]> {
    const id = /^(\d{1,10})\.json$/.exec(file)?.[1];
    if (!id) throw new DomainException('NOT_FOUND');
    const found = await this.base()
      .andWhere('c.id = :id', { id: Number(id) })
      .getMany();
    if (found.length === 0) throw new DomainException('NOT_FOUND');
    return this.render(found);
  }

  private base() {
    return this.complaints.withPlaces().where('c.visible = :yes', { yes: true });
  }

  private async render(rows: Complaint[]): Promise<Open311Request[]> {
    const updated = await this.complaints.lastEventAt(rows.map((r) => r.id));
    const filers = await this.people.contacts(rows.map((c) => c.filedBy));
    const masked = (c: Complaint, text: string) => maskPersonalData(text, filerNames(filers.get(c.filedBy)));
    return rows.map((c) => ({
      service_request_id: String(c.id),
      status: awaitsHandler(c.status) ? 'open' : 'closed',
      status_notes: COMPLAINT_STATUS_LABELS[c.status],
      service_name: COMPLAINT_CATEGORY_LABELS[c.category],
      service_code: c.category,
      description: masked(c, c.text),
      agency_responsible: AGENCY[handlingRoute(c.route, c.category)],
      service_notice: '',
      requested_datetime: c.createdAt.toISOString(),
      updated_datetime: (updated.get(c.id) ?? c.createdAt).toISOString(),
      expected_datetime: c.dueKind === 'resolve' && c.dueAt ? c.dueAt.toISOString() : null,
      address: [c.compound?.name, c.building?.name, masked(c, c.placeText)].filter(Boolean).join(' '),
      address_id: String(c.compoundId),
      zipcode: null,
      lat: null,
      long: null,
      media_url: null,
    }));
  }
}
