import { Injectable } from '@nestjs/common';
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
import type { Place } from '../place/place.entity.js';
import { PlaceService } from '../place/place.service.js';
import { ComplaintRepository, CompoundPlanRepository } from './complaint.repository.js';
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
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly plans: CompoundPlanRepository,
    private readonly places: PlaceService,
  ) {}

  async ranking(place: Place, period: string): Promise<ComplaintRankingView> {
    const compounds = await this.places.compoundsUnder(place.path);
    const ids = compounds.map((c) => c.id);
    const periods = periodsEndingWith(period, TREND_PERIODS);
    const byPeriod = await Promise.all(periods.map((p) => this.complaints.countsByCompound(ids, ...periodBounds(p))));
    const current = byPeriod[byPeriod.length - 1];
    const planOf = await this.plans.ofPeriod(period, ids);
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
    const [from, to] = periodBounds(period);
    const counts = await this.complaints.countsByGrid(
      grids.map((g) => g.id),
      from,
      to,
      new Date(now),
    );
    return grids
      .map((g) => ({
        gridId: g.id,
        gridName: g.name,
        kind: g.kind === 'general' ? ('general' as const) : ('micro' as const),
        compoundName: g.compoundName,
        count: counts.get(g.id)?.count ?? 0,
        open: counts.get(g.id)?.open ?? 0,
        overdue: counts.get(g.id)?.overdue ?? 0,
      }))
      .sort((a, b) => b.count - a.count || a.gridId - b.gridId);
  }

  async createPlan(principal: Principal, compoundId: number, dto: CompoundPlanDto): Promise<CompoundPlanView> {
    if (parseDay(dto.dueDate) !== dto.dueDate) throw new DomainException('VALIDATION_FAILED', '期限不是有效日期');
    if (await this.plans.exists(compoundId, dto.period)) throw new DomainException('COMPLAINT_PLAN_EXISTS');
    const id = await this.plans.create({ ...dto, compoundId, status: 'open', createdBy: principal.personId });
    return this.plan(id);
  }

  async plansOf(compoundId: number): Promise<CompoundPlanView[]> {
    return Promise.all((await this.plans.idsOfCompound(compoundId)).map((id) => this.plan(id)));
  }

  async addUpdate(principal: Principal, planId: number, dto: PlanUpdateDto): Promise<CompoundPlanView> {
    await this.plans.addUpdate({ planId, text: dto.text, progress: dto.progress, createdBy: principal.personId });
    return this.plan(planId);
  }

  async plan(planId: number): Promise<CompoundPlanView> {
    const found = await this.plans.withUpdates(planId);
    if (!found) throw new DomainException('NOT_FOUND');
    const { plan, updates } = found;
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
