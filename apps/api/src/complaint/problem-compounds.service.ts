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
import { Place } from '../place/place.entity.js';
import { CompoundPlan, CompoundPlanUpdate } from './complaint.entities.js';
import type { CompoundPlanDto, PlanUpdateDto } from './dto/complaint.dto.js';

const TREND_PERIODS = 6;

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async counts(prefix: string, period: string): Promise<Map<number, number>> {
    const [from, to] = periodBounds(period);
    const rows = (await this.dataSource.query(
      `SELECT c.compoundId AS compoundId, COUNT(*) AS n FROM complaint c JOIN place p ON p.id = c.compoundId
        WHERE c.createdAt >= ? AND c.createdAt < ? AND p.path LIKE ? GROUP BY c.compoundId`,
      [sqlTime(this.dataSource, from), sqlTime(this.dataSource, to), `${prefix}%`],
    )) as { compoundId: number; n: number | string }[];
    return new Map(rows.map((r) => [Number(r.compoundId), Number(r.n)]));
  }

  async ranking(place: Place, period: string): Promise<ComplaintRankingView> {
    const compounds = (await this.dataSource.query(
      `SELECT p.id AS id, p.name AS name, (SELECT COUNT(*) FROM unit u WHERE u.compoundId = p.id) AS households
         FROM place p WHERE p.level = 'compound' AND p.path LIKE ? ORDER BY p.id`,
      [`${place.path}%`],
    )) as { id: number; name: string; households: number | string }[];
    const periods = periodsEndingWith(period, TREND_PERIODS);
    const byPeriod = await Promise.all(periods.map((p) => this.counts(place.path, p)));
    const current = byPeriod[byPeriod.length - 1];
    const plans = (await this.dataSource.query(
      `SELECT x.id AS id, x.compoundId AS compoundId, x.status AS status FROM compound_plan x
         JOIN place p ON p.id = x.compoundId WHERE x.period = ? AND p.path LIKE ?`,
      [period, `${place.path}%`],
    )) as { id: number; compoundId: number; status: 'open' | 'done' }[];
    const planOf = new Map(plans.map((p) => [Number(p.compoundId), { id: Number(p.id), status: p.status }]));
    const rows = compounds.map((c) => ({ ...c, id: Number(c.id), count: current.get(Number(c.id)) ?? 0 }));
    const marked = markProblemCompounds(rows);
    const lines: CompoundComplaintRank[] = rows
      .map((c) => ({
        compoundId: c.id,
        compoundName: c.name,
        households: Number(c.households),
        count: c.count,
        per100Households: per100(c.count, Number(c.households)),
        marked: marked.has(c),
        trend: byPeriod.map((m) => m.get(c.id) ?? 0),
        plan: planOf.get(c.id) ?? null,
      }))
      .sort((a, b) => b.count - a.count || a.compoundId - b.compoundId);
    return { placeId: place.id, period, periods, compounds: lines };
  }

  /** For the community: complaints of the period per grid, with how many are still open and how many overdue. */
  async perGrid(place: Place, period: string, now = Date.now()): Promise<GridComplaintCount[]> {
    const [from, to] = periodBounds(period);
    const rows = (await this.dataSource.query(
      `SELECT g.id AS gridId, g.name AS gridName, g.kind AS kind, p.name AS compoundName,
              SUM(CASE WHEN c.id IS NULL THEN 0 ELSE 1 END) AS count,
              SUM(CASE WHEN c.dueAt IS NOT NULL THEN 1 ELSE 0 END) AS open,
              SUM(CASE WHEN c.dueAt < ? THEN 1 ELSE 0 END) AS overdue
         FROM grid g JOIN place p ON p.id = g.compoundId
         LEFT JOIN complaint c ON c.gridId = g.id AND c.createdAt >= ? AND c.createdAt < ?
        WHERE p.path LIKE ?
        GROUP BY g.id, g.name, g.kind, p.name ORDER BY count DESC, g.id`,
      [
        sqlTime(this.dataSource, new Date(now)),
        sqlTime(this.dataSource, from),
        sqlTime(this.dataSource, to),
        `${place.path}%`,
      ],
    )) as Record<string, string | number>[];
    return rows.map((r) => ({
      gridId: Number(r.gridId),
      gridName: String(r.gridName),
      kind: r.kind === 'general' ? 'general' : 'micro',
      compoundName: String(r.compoundName),
      count: Number(r.count),
      open: Number(r.open),
      overdue: Number(r.overdue),
    }));
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
