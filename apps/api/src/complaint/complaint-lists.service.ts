import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import {
  ABOUT_PROPERTY_CATEGORIES,
  COMPLAINT_LIST_STATUS_MEMBERS,
  type ComplaintLevel,
  type ComplaintView,
  type MeTooView,
  type Page,
} from '@xiaoqu/shared';
import type { Principal } from '../common/auth/principal.js';
import { grantsWithRoles } from '../common/auth/principal.js';
import { FilesService } from '../files/files.service.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { isWithin } from '../place/place-path.js';
import { PlaceService } from '../place/place.service.js';
import { relationTo, COMPLAINT_ADMIN_ROLES } from './complaint-access.js';
import { decodeComplaintCursor, encodeComplaintCursor } from './complaint-cursor.js';
import { filerNames, maskedForOthers, readsInFull } from './complaint-masking.js';
import { complaintView } from './complaint-views.js';
import type { Complaint } from './complaint.entities.js';
import { ComplaintRepository } from './complaint.repository.js';
import type { CompoundComplaintsQueryDto, InboxQueryDto } from './dto/complaint.dto.js';

/** `q` as a LIKE pattern: its own %, _ and the escape character ! taken literally. */
const likePattern = (q: string) => `%${q.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;

/** Lists are one page of 50; the joins are many-to-one, so a plain LIMIT (not TypeORM's two-query `take`). */
const PAGE = 50;

/** The lists of complaints: the caller's own, a compound's, the handler's inbox, the escalated ones of a place. */
@Injectable()
export class ComplaintLists {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly files: FilesService,
    private readonly people: PersonDirectory,
    private readonly places: PlaceService,
  ) {}

  /** The caller's own complaints, newest first. */
  async mine(principal: Principal, cursor?: string): Promise<Page<ComplaintView>> {
    const q = this.query().where('c.filedBy = :me', { me: principal.personId });
    const mine = { filer: true, handler: false, handlerRole: null, ofCompound: true, complainedOf: false };
    return this.page(principal, q, 'id', cursor, (c, photos, urged, meToo) =>
      complaintView(c, mine, photos, Date.now(), urged, meToo),
    );
  }

  /**
   * A compound's complaints as the caller may see them: admins all, others the visible ones and their own (the
   * property company's staff never those about their company), by category, status and words in the text, newest
   * first. Other people's complaints that the caller does not handle come masked (their filers' names in one query);
   * a search matches what the caller reads, so a masked name is never found by searching for it.
   */
  async ofCompound(
    principal: Principal,
    compoundId: number,
    filter: CompoundComplaintsQueryDto = {},
  ): Promise<Page<ComplaintView>> {
    const { path } = await this.places.getCompound(compoundId);
    const q = this.query().where('c.compoundId = :compoundId', { compoundId });
    const admin = grantsWithRoles(principal, COMPLAINT_ADMIN_ROLES).some((g) => isWithin(path, g.placePath));
    const property = grantsWithRoles(principal, ['property_staff']).some((g) => isWithin(path, g.placePath));
    const me = principal.personId;
    if (!admin) q.andWhere('(c.visible = :yes OR c.filedBy = :me)', { yes: true, me });
    if (!admin && property)
      q.andWhere('(c.category NOT IN (:...aboutProperty) OR c.filedBy = :me)', {
        aboutProperty: ABOUT_PROPERTY_CATEGORIES,
        me,
      });
    if (filter.category) q.andWhere('c.category = :category', { category: filter.category });
    if (filter.status)
      q.andWhere('c.status IN (:...statuses)', { statuses: COMPLAINT_LIST_STATUS_MEMBERS[filter.status] });
    const words = filter.q?.trim();
    if (words)
      q.andWhere("(c.text LIKE :words ESCAPE '!' OR c.placeText LIKE :words ESCAPE '!')", {
        words: likePattern(words),
      });
    const othersFiledBy = new Map<number, number>();
    const page = await this.page(principal, q, 'id', filter.cursor, (c, photos, urged, meToo) => {
      const relation = relationTo(principal, c, path);
      if (!readsInFull(relation)) othersFiledBy.set(c.id, c.filedBy);
      return complaintView(c, relation, photos, Date.now(), urged, meToo);
    });
    const filers = await this.people.contacts([...othersFiledBy.values()]);
    const masked = (v: ComplaintView) => {
      const filedBy = othersFiledBy.get(v.id);
      return filedBy === undefined ? v : maskedForOthers(v, filerNames(filers.get(filedBy)));
    };
    const found = (v: ComplaintView) =>
      !words || !othersFiledBy.has(v.id) || `${v.text}\n${v.placeText}`.toLowerCase().includes(words.toLowerCase());
    return { ...page, items: page.items.map(masked).filter(found) };
  }

  /**
   * The handler's inbox: what their grids (or their property company) must act on, in deadline order, overdue
   * first. One index range scan per grid: `(gridId, dueAt)`.
   */
  async inbox(principal: Principal, filter: InboxQueryDto, now = Date.now()): Promise<Page<ComplaintView>> {
    const gridIds = principal.grants.filter((g) => g.role === 'grid_worker' && g.gridId !== null).map((g) => g.gridId!);
    const propertyPlaces = grantsWithRoles(principal, ['property_staff']).map((g) => g.placeId);
    if (gridIds.length === 0 && propertyPlaces.length === 0) return { items: [], nextCursor: null };
    const q = this.query();
    // The company's items are its repairs: a complaint about the company is never in its inbox, whatever its route.
    const propertyItems =
      "c.compoundId IN (:...propertyPlaces) AND c.route = 'property' AND c.category NOT IN (:...aboutProperty)";
    q.where(
      gridIds.length && propertyPlaces.length
        ? `(c.gridId IN (:...gridIds) OR (${propertyItems}))`
        : gridIds.length
          ? 'c.gridId IN (:...gridIds)'
          : propertyItems,
      { gridIds, propertyPlaces, aboutProperty: ABOUT_PROPERTY_CATEGORIES },
    );
    return this.filtered(q, principal, filter, now);
  }

  /** Escalated items (difficult and major) in a community, street or district, in deadline order. */
  async escalated(
    principal: Principal,
    placeId: number,
    filter: InboxQueryDto,
    now = Date.now(),
  ): Promise<Page<ComplaintView>> {
    const place = await this.places.getPlace(placeId);
    const q = this.query()
      .where("c.level IN ('difficult', 'major')")
      .andWhere('cp.path LIKE :prefix', { prefix: `${place.path}%` });
    return this.filtered(q, principal, filter, now);
  }

  /** Open items by deadline (then id); resolved or closed ones newest first. */
  private filtered(q: SelectQueryBuilder<Complaint>, principal: Principal, filter: InboxQueryDto, now: number) {
    const status = filter.status ?? 'open';
    if (status === 'open') q.andWhere('c.dueAt IS NOT NULL');
    else q.andWhere('c.status = :status', { status });
    if (filter.category) q.andWhere('c.category = :category', { category: filter.category });
    if (filter.overdue === '1' || filter.overdue === 'true') q.andWhere('c.dueAt < :now', { now: new Date(now) });
    return this.page(principal, q, status === 'open' ? 'due' : 'id', filter.cursor, (c, photos, urged, meToo) =>
      complaintView(c, relationTo(principal, c, c.compound!.path), photos, now, urged, meToo),
    );
  }

  /**
   * One page of PAGE rows after the cursor, and the cursor of the next page when there is one; each row with its
   * photos, the levels it was urged at (for whether its filer may urge again) and its 我也遇到 as the caller sees it.
   */
  private async page(
    principal: Principal,
    q: SelectQueryBuilder<Complaint>,
    kind: 'id' | 'due',
    cursor: string | undefined,
    toView: (c: Complaint, photoIds: number[], urgedLevels: ComplaintLevel[], meToo?: MeTooView) => ComplaintView,
  ): Promise<Page<ComplaintView>> {
    const after = decodeComplaintCursor(cursor, kind);
    if (kind === 'id') {
      if (after) q.andWhere('c.id < :afterId', { afterId: after.id });
      q.orderBy('c.id', 'DESC');
    } else {
      if (after?.kind === 'due')
        q.andWhere('(c.dueAt > :afterDue OR (c.dueAt = :afterDue AND c.id > :afterId))', {
          afterDue: after.dueAt,
          afterId: after.id,
        });
      q.orderBy('c.dueAt', 'ASC').addOrderBy('c.id', 'ASC');
    }
    const rows = await q.limit(PAGE + 1).getMany();
    const items = rows.slice(0, PAGE);
    const ids = items.map((c) => c.id);
    const [photos, urged, meToo] = await Promise.all([
      this.files.linked('complaint', ids),
      this.complaints.urgedLevels(ids),
      this.complaints.meTooOf(
        items.filter((c) => c.visible).map((c) => c.id),
        principal.personId,
      ),
    ]);
    return {
      items: items.map((c) => toView(c, photos.get(c.id) ?? [], urged.get(c.id) ?? [], meToo.get(c.id))),
      nextCursor: rows.length > PAGE ? encodeComplaintCursor(items[items.length - 1], kind) : null,
    };
  }

  private query(): SelectQueryBuilder<Complaint> {
    return this.complaints.withPlaces();
  }
}
