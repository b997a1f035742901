import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Not, type DataSource, type FindOptionsWhere } from 'typeorm';
import {
  ABOUT_PROPERTY_CATEGORIES,
  markProblemCompounds,
  type HomeComplaintItem,
  type HomeDeadline,
} from '@xiaoqu/shared';
import { PlaceService } from '../place/place.service.js';
import { Complaint } from './complaint.entities.js';
import { ComplaintRepository } from './complaint.repository.js';
import { periodBounds } from './problem-compounds.service.js';

/** Open items of a queue and how many are past their deadline. */
export interface QueueCount {
  count: number;
  overdue: number;
}

/** What 首页 shows of complaints: counts and the few next items, by COUNT queries on the lists' own indexes. */
@Injectable()
export class ComplaintDigest {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly complaints: ComplaintRepository,
    private readonly places: PlaceService,
  ) {}

  /** The person's complaints not closed or withdrawn (a resolution they have not answered included), newest first. */
  async openOfFiler(personId: number, limit = 20): Promise<(HomeComplaintItem & { compoundId: number })[]> {
    const rows = await this.repo().find({
      where: { filedBy: personId, status: Not(In(['closed', 'withdrawn'])) },
      select: { id: true, compoundId: true, category: true, status: true, level: true, route: true, createdAt: true },
      order: { id: 'DESC' },
      take: limit,
    });
    return rows.map((c) => ({
      id: c.id,
      compoundId: c.compoundId,
      category: c.category,
      status: c.status,
      level: c.level,
      route: c.route,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  /** The open items of these grids (as the inbox lists them), how many are overdue, and the `next` soonest due. */
  async gridQueue(gridIds: number[], now: number, next = 3): Promise<QueueCount & { next: HomeDeadline[] }> {
    if (gridIds.length === 0) return { count: 0, overdue: 0, next: [] };
    const open: FindOptionsWhere<Complaint> = { gridId: In(gridIds), dueAt: Not(IsNull()) };
    const [count, overdue, soonest] = await Promise.all([
      this.repo().count({ where: open }),
      this.repo().count({ where: { gridId: In(gridIds), dueAt: LessThan(new Date(now)) } }),
      this.repo().find({
        where: open,
        select: { id: true, category: true, status: true, dueAt: true, dueKind: true },
        order: { dueAt: 'ASC', id: 'ASC' },
        take: next,
      }),
    ]);
    return {
      count,
      overdue,
      next: soonest.map((c) => ({
        complaintId: c.id,
        category: c.category,
        status: c.status,
        dueAt: (c.dueAt as Date).toISOString(),
        dueKind: c.dueKind ?? 'resolve',
        overdue: (c.dueAt as Date).getTime() < now,
      })),
    };
  }

  /**
   * Open complaints of the compound routed to its property company (the property staff's inbox): its repairs, never
   * a complaint about the company, whatever its route (old rows).
   */
  async propertyQueue(compoundId: number, now: number): Promise<QueueCount> {
    const repairs = { compoundId, route: 'property' as const, category: Not(In([...ABOUT_PROPERTY_CATEGORIES])) };
    const [count, overdue] = await Promise.all([
      this.repo().count({ where: { ...repairs, dueAt: Not(IsNull()) } }),
      this.repo().count({ where: { ...repairs, dueAt: LessThan(new Date(now)) } }),
    ]);
    return { count, overdue };
  }

  /** Open difficult and major complaints in the compounds under `path` (the escalated list's open items). */
  async escalatedUnder(path: string, now: number): Promise<QueueCount> {
    const row = await this.complaints
      .withPlaces()
      .select('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN c.dueAt < :now THEN 1 ELSE 0 END)', 'overdue')
      .where("c.level IN ('difficult', 'major') AND c.dueAt IS NOT NULL")
      .andWhere('cp.path LIKE :prefix', { prefix: `${path}%` })
      .setParameter('now', new Date(now))
      .getRawOne<{ count: number | string; overdue: number | string | null }>();
    return { count: Number(row?.count ?? 0), overdue: Number(row?.overdue ?? 0) };
  }

  /** How many compounds under `path` the period's problem-compound list marks (as the ranking does). */
  async problemCompoundCount(path: string, period: string): Promise<number> {
    const compounds = await this.places.compoundsUnder(path);
    const counts = await this.complaints.countsByCompound(
      compounds.map((c) => c.id),
      ...periodBounds(period),
    );
    return markProblemCompounds(compounds.map((c) => ({ count: counts.get(c.id) ?? 0 }))).size;
  }

  private repo() {
    return this.dataSource.getRepository(Complaint);
  }
}
