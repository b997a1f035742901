import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CHINA_OFFSET_MS,
  chinaMonth,
  markProblemCompounds,
  parseDay,
  per100,
  type ComplaintRankingView,
  type CompoundComplaintRank,
  type CompoundPlanView,
  type GridComplaintCount,
} from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import type { Principal } from '../common/auth/principal.js';
import { sqlTime } from '../common/time/whole-seconds.js';
import type { Place } from '../place/place.entity.js';
import { PlaceService } from '../place/place.service.js';
import { CompoundPlan, CompoundPlanUpdate } from './complaint.entities.js';
import type { CompoundPlanDto, PlanUpdateDto } from './dto/complaint.dto.js';

const TREND_PERIODS = 6;
const placeholders = (ids: number[]) => ids.map(() => '?').join(', ');

/** `2026-11` → [start, end) in UTC of that month in China time. */
export function periodBounds(period: string): [Date, Date] {
  const [y, m] = period.split('-').map(Number);
  return [new Date(Date.UTC(y, m - 1, 1) - CHINA_OFFSET_MS), new Date(Date.UTC(y, m, 1) - CHINA_OFFSET_MS)];
}

export function currentPeriod(now = Date.now()): string {
  return chinaMonth(now);
}

/** The `count` periods ending with `period`, oldest first. */
export function periodsEndingWith(period: string, count: number): string[] {
  const [y, m] = period.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** The problem-compound list (complaints per compound and per 100 households, top 5% marked) and 一院一案 plans. */
@Injectable()
export class ProblemCompoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlaceService,
  ) {}

  /** Complaints filed in the period, per compound of `compoundIds`. */
  private async counts(compoundIds: number[], period: string): Promise<Map<number, number>> {
    if (compoundIds.length === 0) return new Map();
    const [from, to] = periodBounds(period);
    const rows = (await this.dataSource.query(
      `SELECT compoundId, COUNT(*) AS n FROM complaint
        WHERE createdAt >= ? AND createdAt < ? AND compoundId IN (${placeholders(compoundIds)}) GROUP BY compoundId`,
      [sqlTime(this.dataSource, from), sqlTime(this.dataSource, to), ...compoundIds],
    )) as { compoundId: number | string; n: number | string }[];
    return new Map(rows.map((r) => [Number(r.compoundId), Number(r.n)]));
  }

  async ranking(place: Place, period: string): Promise<ComplaintRankingView> {
    const compounds = await this.places.compoundsUnder(place.path);
    const ids = compounds.map((c) => c.id);
    const periods = periodsEndingWith(period, TREND_PERIODS);
    const byPeriod = await Promise.all(periods.map((p) => this.counts(ids, p)));
    const current = byPeriod[byPeriod.length - 1];
    const plans =
      ids.length === 0
        ? []
        : ((await this.dataSource.query(
            `SELECT id, compoundId, status FROM compound_plan WHERE period = ? AND compoundId IN (${placeholders(ids)})`,
            [period, ...ids],
          )) as { id: number | string; compoundId: number | string; status: 'open' | 'done' }[]);
    const planOf = new Map(plans.map((p) => [Number(p.compoundId), { id: Number(p.id), status: p.status }]));
    const rows = compounds.map((c) => ({ ...c, count: current.get(c.id) ?? 0 }));
    const marked = markProblemCompounds(rows);
    const lines: CompoundComplaintRank[] = rows
      .map((c) => ({
        compoundId: c.id,
        compoundName: c.name,
        households: c.households,
        count: c.count,
        per100Households: per100(c.count, c.households),
        marked: marked.has(c),
        trend: byPeriod.map((m) => m.get(c.id) ?? 0),
        plan: planOf.get(c.id) ?? null,
      }))
      .sort((a, b) => b.count - a.count || a.compoundId - b.compoundId);
    return { placeId: place.id, period, periods, compounds: lines };
  }

  /** For the community: complaints of the period per grid, with how many are still open and how many overdue. */
  async perGrid(place: Place, period: string, now = Date.now()): Promise<GridComplaintCount[]> {
    const grids = await this.places.gridsUnder(place.path);
    if (grids.length === 0) return [];
    const [from, to] = periodBounds(period);
    const rows = (await this.dataSource.query(
      `SELECT gridId, COUNT(*) AS count,
              SUM(CASE WHEN dueAt IS NOT NULL THEN 1 ELSE 0 END) AS open,
              SUM(CASE WHEN dueAt < ? THEN 1 ELSE 0 END) AS overdue
         FROM complaint
        WHERE gridId IN (${placeholders(grids.map((g) => g.id))}) AND createdAt >= ? AND createdAt < ?
        GROUP BY gridId`,
      [
        sqlTime(this.dataSource, new Date(now)),
        ...grids.map((g) => g.id),
        sqlTime(this.dataSource, from),
        sqlTime(this.dataSource, to),
      ],
    )) as { gridId: number | string; count: number | string; open: number | string; overdue: number | string }[];
    const byGrid = new Map(rows.map((r) => [Number(r.gridId), r]));
    return grids
      .map((g) => {
        const r = byGrid.get(g.id);
        return {
          gridId: g.id,
          gridName: g.name,
          kind: g.kind === 'general' ? ('general' as const) : ('micro' as const),
          compoundName: g.compoundName,
          count: Number(r?.count ?? 0),
          open: Number(r?.open ?? 0),
          overdue: Number(r?.overdue ?? 0),
        };
      })
      .sort((a, b) => b.count - a.count || a.gridId - b.gridId);
  }

  async createPlan(principal: Principal, compoundId: number, dto: CompoundPlanDto): Promise<CompoundPlanView> {
    if (parseDay(dto.dueDate) !== dto.dueDate) throw new DomainException('VALIDATION_FAILED', '期限不是有效日期');
    const repo = this.dataSource.getRepository(CompoundPlan);
    if (await repo.existsBy({ compoundId, period: dto.period })) throw new DomainException('COMPLAINT_PLAN_EXISTS');
    const plan = await repo.save(repo.create({ ...dto, compoundId, status: 'open', createdBy: principal.personId }));
    return this.plan(plan.id);
  }

  async plansOf(compoundId: number): Promise<CompoundPlanView[]> {
    const plans = await this.dataSource
      .getRepository(CompoundPlan)
      .find({ where: { compoundId }, order: { period: 'DESC' } });
    return Promise.all(plans.map((p) => this.plan(p.id)));
  }

  async addUpdate(principal: Principal, planId: number, dto: PlanUpdateDto): Promise<CompoundPlanView> {
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(CompoundPlanUpdate, {
        planId,
        text: dto.text,
        progress: dto.progress,
        createdBy: principal.personId,
      });
      await manager.update(CompoundPlan, { id: planId }, { status: dto.progress >= 100 ? 'done' : 'open' });
    });
    return this.plan(planId);
  }

  async plan(planId: number): Promise<CompoundPlanView> {
    const plan = await this.dataSource
      .getRepository(CompoundPlan)
      .findOne({ where: { id: planId }, relations: { compound: true } });
    if (!plan) throw new DomainException('NOT_FOUND');
    const updates = await this.dataSource
      .getRepository(CompoundPlanUpdate)
      .find({ where: { planId }, order: { id: 'ASC' } });
    return {
      id: plan.id,
      compoundId: plan.compoundId,
      compoundName: plan.compound?.name ?? '',
      period: plan.period,
      causes: plan.causes,
      measures: plan.measures,
      responsible: plan.responsible,
      dueDate: plan.dueDate,
      status: plan.status,
      createdAt: plan.createdAt.toISOString(),
      updates: updates.map((u) => ({ id: u.id, at: u.at.toISOString(), text: u.text, progress: u.progress })),
    };
  }
}
