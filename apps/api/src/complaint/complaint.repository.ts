import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, LessThanOrEqual, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { ComplaintLevel, MeTooView } from '@xiaoqu/shared';
import type { ContentVerdict } from '../wechat/wechat.client.js';
import { fromSqlTime, sqlTime, wholeSeconds } from '../common/time/whole-seconds.js';
import {
  Complaint,
  ComplaintEvent,
  ComplaintMeTooMark,
  ComplaintPhotoCheck,
  CompoundPlan,
  CompoundPlanUpdate,
} from './complaint.entities.js';

const placeholders = (ids: number[]) => ids.map(() => '?').join(', ');

/** A month's complaints of one grid: filed, still open, and past their deadline. */
export interface GridCounts {
  count: number;
  open: number;
  overdue: number;
}

/** Every query of complaints, their timelines and the compound plans; raw rows are typed and converted here. */
@Injectable()
export class ComplaintRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** For reads outside a transaction (whom a complaint is with now). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** 我也遇到 of each complaint: how many said so, and whether `personId` did; a complaint with none is absent. */
  async meTooOf(complaintIds: number[], personId: number): Promise<Map<number, MeTooView>> {
    const views = new Map<number, MeTooView>();
    if (complaintIds.length === 0) return views;
    const rows = await this.dataSource
      .getRepository(ComplaintMeTooMark)
      .createQueryBuilder('m')
      .select('m.complaintId', 'id')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(CASE WHEN m.personId = :me THEN 1 ELSE 0 END)', 'mine')
      .where('m.complaintId IN (:...ids)', { ids: complaintIds })
      .setParameter('me', personId)
      .groupBy('m.complaintId')
      .getRawMany<{ id: number | string; n: number | string; mine: number | string }>();
    for (const r of rows) views.set(Number(r.id), { count: Number(r.n), mine: Number(r.mine) > 0 });
    return views;
  }

  /** Records (or, with `on` false, takes back) one person's 我也遇到; doing it twice changes nothing. */
  async setMeToo(complaintId: number, personId: number, on: boolean): Promise<void> {
    const repo = this.dataSource.getRepository(ComplaintMeTooMark);
    if (!on) await repo.delete({ complaintId, personId });
    else
      await repo
        .createQueryBuilder()
        .insert()
        .values({ complaintId, personId })
        .orIgnore()
        .updateEntity(false)
        .execute();
  }

  insert(manager: EntityManager, fields: Partial<Complaint>): Promise<Complaint> {
    return manager.save(manager.create(Complaint, fields));
  }

  /** Applies `changes` if the row is still at `version` (optimistic locking); false when someone moved it first. */
  async updateIfVersion(
    manager: EntityManager,
    id: number,
    version: number,
    changes: Partial<Complaint>,
  ): Promise<boolean> {
    const result = await manager.update(Complaint, { id, version }, changes);
    return Boolean(result.affected);
  }

  /** Adds an event to a complaint's timeline; its id. */
  async insertEvent(manager: EntityManager, event: Omit<ComplaintEvent, 'id' | 'complaint'>): Promise<number> {
    const { identifiers } = await manager.insert(ComplaintEvent, event);
    return Number(identifiers[0].id);
  }

  eventIdsOf(manager: EntityManager, complaintId: number): Promise<number[]> {
    return manager
      .find(ComplaintEvent, { where: { complaintId }, select: { id: true } })
      .then((rows) => rows.map((r) => r.id));
  }

  /** Complaints with their compound and building joined, for lists and detail. */
  withPlaces(): SelectQueryBuilder<Complaint> {
    return this.dataSource
      .getRepository(Complaint)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.compound', 'cp')
      .leftJoinAndSelect('c.building', 'b');
  }

  /** The complaint this person filed earlier with this Idempotency-Key, if any. */
  earlierFiling(filedBy: number, idempotencyKey: string) {
    return this.dataSource.getRepository(Complaint).findOne({
      where: { filedBy, idempotencyKey },
      select: { id: true, requestSha256: true },
    });
  }

  eventsOf(complaintId: number): Promise<ComplaintEvent[]> {
    return this.dataSource.getRepository(ComplaintEvent).find({ where: { complaintId }, order: { id: 'ASC' } });
  }

  /** The levels each of these complaints was urged at (催办), by complaint; a complaint never urged is absent. */
  async urgedLevels(complaintIds: number[]): Promise<Map<number, ComplaintLevel[]>> {
    const urged = new Map<number, ComplaintLevel[]>();
    if (complaintIds.length === 0) return urged;
    const rows = await this.dataSource.getRepository(ComplaintEvent).find({
      where: { complaintId: In(complaintIds), kind: 'urged' },
      select: { complaintId: true, level: true },
    });
    for (const r of rows) urged.set(r.complaintId, [...(urged.get(r.complaintId) ?? []), r.level]);
    return urged;
  }

  /** The complaints these timeline events belong to. */
  async complaintsOfEvents(eventIds: number[]): Promise<number[]> {
    if (eventIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(ComplaintEvent)
      .find({ where: { id: In(eventIds) }, select: { complaintId: true } });
    return [...new Set(rows.map((r) => r.complaintId))];
  }

  async recordPhotoChecks(
    manager: EntityManager,
    complaintId: number,
    traces: { attachmentId: number; traceId: string }[],
  ): Promise<void> {
    if (traces.length > 0)
      await manager.insert(
        ComplaintPhotoCheck,
        traces.map((t) => ({ ...t, complaintId })),
      );
  }

  /** Records WeChat's verdict on a photo check, once: null when the trace is unknown or already settled. */
  async settlePhotoCheck(
    manager: EntityManager,
    traceId: string,
    suggest: ContentVerdict,
  ): Promise<ComplaintPhotoCheck | null> {
    const check = await manager.findOneBy(ComplaintPhotoCheck, { traceId });
    if (!check || check.suggest !== null) return null;
    await manager.update(ComplaintPhotoCheck, { traceId }, { suggest });
    return check;
  }

  /** Says on the timeline that a photo was taken off the complaint (its links are files' to remove). */
  async notePhotoRemoved(manager: EntityManager, complaintId: number): Promise<void> {
    const complaint = await manager.findOneByOrFail(Complaint, { id: complaintId });
    await manager.insert(ComplaintEvent, {
      complaintId: complaint.id,
      kind: 'photo_removed',
      actorId: null,
      actorRole: 'system',
      fromStatus: null,
      toStatus: null,
      level: complaint.level,
      note: '一张照片未通过微信内容安全检测，已移除',
      at: wholeSeconds(),
    });
  }

  /** Complaints below the top level past their deadline, earliest first, with their compound. */
  overdue(now: number, limit: number): Promise<Complaint[]> {
    return this.dataSource.getRepository(Complaint).find({
      where: { dueAt: LessThan(new Date(now)), level: In(['ordinary', 'difficult']) },
      relations: { compound: true },
      order: { dueAt: 'ASC' },
      take: limit,
    });
  }

  /** Resolutions the resident has not answered since `before`. */
  unansweredSince(before: Date, limit: number): Promise<Complaint[]> {
    return this.dataSource.getRepository(Complaint).find({
      where: { status: 'resolved', resolvedAt: LessThanOrEqual(before) },
      take: limit,
    });
  }

  /** When each complaint's timeline last moved. */
  async lastEventAt(complaintIds: number[]): Promise<Map<number, Date>> {
    if (complaintIds.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('e.complaintId', 'id')
      .addSelect('MAX(e.at)', 'at')
      .from('complaint_event', 'e')
      .where('e.complaintId IN (:...ids)', { ids: complaintIds })
      .groupBy('e.complaintId')
      .getRawMany<{ id: number | string; at: string | Date }>();
    return new Map(rows.map((r) => [Number(r.id), fromSqlTime(r.at)]));
  }

  /** Complaints filed in [from, to), per compound of `compoundIds`. */
  async countsByCompound(compoundIds: number[], from: Date, to: Date): Promise<Map<number, number>> {
    if (compoundIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT compoundId, COUNT(*) AS n FROM complaint
        WHERE createdAt >= ? AND createdAt < ? AND compoundId IN (${placeholders(compoundIds)}) GROUP BY compoundId`,
      [sqlTime(this.dataSource, from), sqlTime(this.dataSource, to), ...compoundIds],
    )) as { compoundId: number | string; n: number | string }[];
    return new Map(rows.map((r) => [Number(r.compoundId), Number(r.n)]));
  }

  /** Complaints filed in [from, to) per grid of `gridIds`; a grid with none is absent. */
  async countsByGrid(gridIds: number[], from: Date, to: Date, now: Date): Promise<Map<number, GridCounts>> {
    if (gridIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT gridId, COUNT(*) AS count,
              SUM(CASE WHEN dueAt IS NOT NULL THEN 1 ELSE 0 END) AS open,
              SUM(CASE WHEN dueAt < ? THEN 1 ELSE 0 END) AS overdue
         FROM complaint
        WHERE gridId IN (${placeholders(gridIds)}) AND createdAt >= ? AND createdAt < ?
        GROUP BY gridId`,
      [sqlTime(this.dataSource, now), ...gridIds, sqlTime(this.dataSource, from), sqlTime(this.dataSource, to)],
    )) as { gridId: number | string; count: number | string; open: number | string; overdue: number | string }[];
    return new Map(
      rows.map((r) => [Number(r.gridId), { count: Number(r.count), open: Number(r.open), overdue: Number(r.overdue) }]),
    );
  }
}

/** Every query of the compound plans (一院一案) and their progress updates. */
@Injectable()
export class CompoundPlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The plan of each compound of `compoundIds` for the period, by compound. */
  async ofPeriod(period: string, compoundIds: number[]): Promise<Map<number, Pick<CompoundPlan, 'id' | 'status'>>> {
    if (compoundIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(CompoundPlan).find({
      where: { period, compoundId: In(compoundIds) },
      select: { id: true, compoundId: true, status: true },
    });
    return new Map(rows.map((p) => [p.compoundId, { id: p.id, status: p.status }]));
  }

  exists(compoundId: number, period: string): Promise<boolean> {
    return this.dataSource.getRepository(CompoundPlan).existsBy({ compoundId, period });
  }

  async create(plan: Omit<CompoundPlan, 'id' | 'createdAt' | 'compound'>): Promise<number> {
    const repo = this.dataSource.getRepository(CompoundPlan);
    return (await repo.save(repo.create(plan))).id;
  }

  /** A compound's plans, newest period first. */
  async idsOfCompound(compoundId: number): Promise<number[]> {
    const plans = await this.dataSource
      .getRepository(CompoundPlan)
      .find({ where: { compoundId }, order: { period: 'DESC' }, select: { id: true } });
    return plans.map((p) => p.id);
  }

  /** Records progress; a plan at 100% is done, below it open again. */
  async addUpdate(update: Pick<CompoundPlanUpdate, 'planId' | 'text' | 'progress' | 'createdBy'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(CompoundPlanUpdate, update);
      await manager.update(CompoundPlan, { id: update.planId }, { status: update.progress >= 100 ? 'done' : 'open' });
    });
  }

  /** A plan with its compound, and its updates oldest first. */
  async withUpdates(planId: number): Promise<{ plan: CompoundPlan; updates: CompoundPlanUpdate[] } | null> {
    const plan = await this.dataSource
      .getRepository(CompoundPlan)
      .findOne({ where: { id: planId }, relations: { compound: true } });
    if (!plan) return null;
    const updates = await this.dataSource
      .getRepository(CompoundPlanUpdate)
      .find({ where: { planId }, order: { id: 'ASC' } });
    return { plan, updates };
  }
}
