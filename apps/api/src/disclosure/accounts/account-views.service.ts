import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import {
  computeTotals,
  previousPeriod,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type DisclosureTotals,
  type LineCategory,
  type LineView,
  type ReviewNoteView,
} from '@xiaoqu/shared';
import { AppConfig } from '../../common/config/app-config.js';
import { publishedCache } from '../../common/cache/published-cache.js';
import type { TtlCache } from '../../common/cache/ttl-cache.js';
import type { Tagged } from '../../common/http/etag.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { coveringGrants, type Principal } from '../../common/auth/principal.js';
import { FilesService, STAFF_FILE_ROLES, toAttachmentView } from '../../files/files.service.js';
import { PersonDirectory } from '../../identity/person-directory.service.js';
import { PlaceService } from '../../place/place.service.js';
import {
  AccountDisclosure,
  CompoundBilling,
  DisclosureLine,
  LineFlag,
  LineQuestion,
  Publication,
  ReviewNote,
} from '../disclosure.entities.js';
import { PublicationService, toPublicationView } from '../publication/publication.service.js';

/** Aggregated per disclosure and category by SQL: what the totals of a list need, without loading every line. */
interface CategorySum {
  disclosureId: number;
  category: LineCategory;
  amountFen: number;
  householdsBilled: number | null;
  householdsPaid: number | null;
  lineCount: number;
}

/** Accounts of a period (晒收支), the reading side: lists with totals, the detail of a period, billing, review notes. */
@Injectable()
export class AccountViews {
  constructor(
    @InjectRepository(AccountDisclosure) private readonly disclosures: Repository<AccountDisclosure>,
    @InjectRepository(DisclosureLine) private readonly lines: Repository<DisclosureLine>,
    @InjectRepository(CompoundBilling) private readonly billing: Repository<CompoundBilling>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationService,
    private readonly files: FilesService,
    private readonly places: PlaceService,
    private readonly people: PersonDirectory,
    private readonly config: AppConfig,
  ) {
    this.published = publishedCache(config);
  }

  /** Published periods as rendered for every member of the compound, with their ETag (see detailTagged). */
  private readonly published: TtlCache<number, Tagged<AccountDisclosureDetail> & { compoundId: number }>;

  /**
   * The detail with an entity tag when it is published. A published period is immutable and already hashed on the
   * chain, and every member of the compound sees the same: it is rendered once and kept, so a read costs no query.
   * What still moves around it (question counts, flags, a correction, the billing model, the previous period) drops
   * it through `forget` / `forgetCompound`. Drafts are read live and carry no tag.
   */
  async detailTagged(principal: Principal, id: number): Promise<Tagged<AccountDisclosureDetail>> {
    const kept = this.published.get(id);
    if (kept) return kept;
    const view = await this.detail(principal, id);
    if (view.status !== 'published') return { view, etag: null };
    const etag = `"${createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 27)}"`;
    this.published.set(id, { view, etag, compoundId: view.compoundId });
    return { view, etag };
  }

  /** Something shown in this period's detail changed (a question asked or answered, a line flagged). */
  forget(disclosureId: number): void {
    this.published.delete(disclosureId);
  }

  /** Something shown in every period of the compound may have changed (a correction, the billing model). */
  forgetCompound(compoundId: number): void {
    this.published.deleteWhere((kept) => kept.compoundId === compoundId);
  }

  /** May the caller see this compound's drafts? */
  async seesDrafts(principal: Principal, compoundId: number): Promise<boolean> {
    const compound = await this.places.getCompound(compoundId);
    return coveringGrants(principal, STAFF_FILE_ROLES, { placeId: compound.id, path: compound.path }).length > 0;
  }

  async billingOf(
    compoundId: number,
  ): Promise<{ billingModel: CompoundBilling['billingModel']; voucherRequiredAboveFen: number | null }> {
    const row = await this.billing.findOne({ where: { compoundId } });
    if (!row || row.billingModel === 'lump_sum') return { billingModel: 'lump_sum', voucherRequiredAboveFen: null };
    return {
      billingModel: 'trust',
      voucherRequiredAboveFen: row.voucherRequiredAboveFen ?? this.config.VOUCHER_REQUIRED_ABOVE_FEN,
    };
  }

  async list(principal: Principal, compoundId: number, includeDrafts: boolean): Promise<AccountPeriodSummary[]> {
    const drafts = includeDrafts && (await this.seesDrafts(principal, compoundId));
    const rows = await this.disclosures.find({
      where: drafts ? { compoundId } : { compoundId, status: 'published' },
      order: { periodKey: 'DESC', id: 'DESC' },
    });
    return this.summaries(rows, drafts);
  }

  /** Totals and line counts of many disclosures from one SQL aggregation, without loading their lines. */
  private async totalsOf(ids: number[]): Promise<Map<number, { totals: DisclosureTotals; lineCount: number }>> {
    if (ids.length === 0) return new Map();
    const sums = await this.lines
      .createQueryBuilder('l')
      .select([
        'l.disclosureId AS disclosureId',
        'l.category AS category',
        'SUM(l.amountFen) AS amountFen',
        'SUM(l.householdsBilled) AS householdsBilled',
        'SUM(l.householdsPaid) AS householdsPaid',
        'COUNT(*) AS lineCount',
      ])
      .where('l.disclosureId IN (:...ids)', { ids })
      .groupBy('l.disclosureId')
      .addGroupBy('l.category')
      .getRawMany<Record<keyof CategorySum, string | number | null>>();
    const parsed: CategorySum[] = sums.map((s) => ({
      disclosureId: Number(s.disclosureId),
      category: s.category as LineCategory,
      amountFen: Number(s.amountFen),
      householdsBilled: s.householdsBilled === null ? null : Number(s.householdsBilled),
      householdsPaid: s.householdsPaid === null ? null : Number(s.householdsPaid),
      lineCount: Number(s.lineCount),
    }));
    return new Map(
      ids.map((id) => {
        const mine = parsed.filter((s) => s.disclosureId === id);
        return [id, { totals: computeTotals(mine), lineCount: mine.reduce((n, s) => n + s.lineCount, 0) }];
      }),
    );
  }

  /** The disclosures that correct these (published ones only, unless drafts are shown too). */
  private async amenders(ids: number[], withDrafts: boolean): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.disclosures.find({
      where: { amendsId: In(ids), ...(withDrafts ? {} : { status: 'published' as const }) },
      select: { id: true, amendsId: true },
    });
    return new Map(rows.map((a) => [a.amendsId as number, a.id]));
  }

  /** Unanswered questions per disclosure, by one grouped count. */
  private async unansweredOf(ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(LineQuestion, 'q')
      .select(['q.disclosureId AS disclosureId', 'COUNT(*) AS n'])
      .where('q.disclosureId IN (:...ids) AND q.answeredAt IS NULL', { ids })
      .groupBy('q.disclosureId')
      .getRawMany<{ disclosureId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.disclosureId), Number(r.n)]));
  }

  private toSummary(
    d: AccountDisclosure,
    totals: DisclosureTotals,
    lineCount: number,
    link: Publication | undefined,
    amendedById: number | null,
    unansweredQuestions: number,
  ): AccountPeriodSummary {
    return {
      id: d.id,
      periodKind: d.periodKind,
      periodKey: d.periodKey,
      status: d.status,
      totals,
      amendsId: d.amendsId,
      amendedById,
      publication: link ? toPublicationView(link) : null,
      lineCount,
      unansweredQuestions,
    };
  }

  private async summaries(rows: AccountDisclosure[], withDrafts: boolean): Promise<AccountPeriodSummary[]> {
    const ids = rows.map((d) => d.id);
    const [unanswered, totals, links, amendedBy] = await Promise.all([
      this.unansweredOf(ids),
      this.totalsOf(ids),
      this.publications.linksOf('account', ids),
      this.amenders(ids, withDrafts),
    ]);
    return rows.map((d) => {
      const { totals: t, lineCount } = totals.get(d.id) as { totals: DisclosureTotals; lineCount: number };
      return this.toSummary(d, t, lineCount, links.get(d.id), amendedBy.get(d.id) ?? null, unanswered.get(d.id) ?? 0);
    });
  }

  /** A disclosure the caller may see: drafts exist only for the compound's staff and reviewers. */
  async get(principal: Principal, id: number): Promise<AccountDisclosure> {
    const d = await this.disclosures.findOne({ where: { id } });
    if (!d || (d.status === 'draft' && !(await this.seesDrafts(principal, d.compoundId))))
      throw new DomainException('NOT_FOUND');
    return d;
  }

  async detail(principal: Principal, id: number): Promise<AccountDisclosureDetail> {
    const d = await this.get(principal, id);
    const drafts = d.status === 'draft';
    // Independent reads at once; the totals come from the lines loaded here, not from a second aggregation.
    const [lines, links, amendedBy, billing, previousTotals, reviewNotes] = await Promise.all([
      this.lines.find({ where: { disclosureId: id }, order: { position: 'ASC', id: 'ASC' } }),
      this.publications.linksOf('account', [id]),
      this.amenders([id], drafts),
      this.billingOf(d.compoundId),
      this.previousTotals(d),
      drafts ? this.reviewNotes(id) : Promise.resolve([]),
    ]);
    const lineIds = lines.map((l) => l.id);
    const manager = this.dataSource.manager;
    const [vouchers, questions, flags] = lineIds.length
      ? await Promise.all([
          this.files.linked('disclosure_line', lineIds),
          manager.find(LineQuestion, {
            where: { lineId: In(lineIds) },
            select: { id: true, lineId: true, answeredAt: true },
          }),
          manager.find(LineFlag, { where: { lineId: In(lineIds) }, order: { id: 'ASC' } }),
        ])
      : [new Map<number, number[]>(), [], []];
    const files = new Map(
      (await this.files.byIds([...vouchers.values()].flat())).map((a) => [a.id, toAttachmentView(a)]),
    );
    const byLine = <T extends { lineId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const r of rows) map.set(r.lineId, [...(map.get(r.lineId) ?? []), r]);
      return map;
    };
    const [questionsOf, flagsOf] = [byLine(questions), byLine(flags)];
    const lineViews: LineView[] = lines.map((l) => ({
      id: l.id,
      direction: l.direction,
      category: l.category,
      amountFen: l.amountFen,
      occurredOn: l.occurredOn,
      counterparty: l.counterparty,
      note: l.note,
      householdsBilled: l.householdsBilled,
      householdsPaid: l.householdsPaid,
      attachments: (vouchers.get(l.id) ?? []).flatMap((id) => (files.has(id) ? [files.get(id)!] : [])),
      questionCount: questionsOf.get(l.id)?.length ?? 0,
      unansweredCount: (questionsOf.get(l.id) ?? []).filter((q) => !q.answeredAt).length,
      flagged: flagsOf.has(l.id),
      flags: (flagsOf.get(l.id) ?? []).map((f) => ({
        role: f.role,
        reason: f.reason,
        flaggedAt: f.createdAt.toISOString(),
      })),
    }));
    const unansweredQuestions = questions.filter((q) => !q.answeredAt).length;
    return {
      ...this.toSummary(
        d,
        computeTotals(lines),
        lines.length,
        links.get(id),
        amendedBy.get(id) ?? null,
        unansweredQuestions,
      ),
      compoundId: d.compoundId,
      billingModel: d.billingModel,
      voucherRequiredAboveFen: d.billingModel === 'trust' ? billing.voucherRequiredAboveFen : null,
      lines: lineViews,
      previousTotals,
      reviewNotes,
    };
  }

  /** The totals of the previous period as residents see it now: its latest published version. */
  private async previousTotals(d: AccountDisclosure): Promise<DisclosureTotals | null> {
    const previous = await this.disclosures.findOne({
      where: { compoundId: d.compoundId, periodKey: previousPeriod(d.periodKey), status: 'published' },
      order: { id: 'DESC' },
      select: { id: true },
    });
    return previous ? ((await this.totalsOf([previous.id])).get(previous.id)?.totals ?? null) : null;
  }

  async reviewNotes(disclosureId: number): Promise<ReviewNoteView[]> {
    const notes = await this.dataSource.manager.find(ReviewNote, { where: { disclosureId }, order: { id: 'ASC' } });
    const contacts = await this.people.contacts(notes.map((n) => n.authorId));
    return notes.map((n) => ({
      id: n.id,
      authorName: contacts.get(n.authorId)?.name ?? `用户${n.authorId}`,
      role: n.role,
      text: n.text,
      createdAt: n.createdAt.toISOString(),
    }));
  }

  async lineOf(lineId: number): Promise<DisclosureLine> {
    const line = await this.lines.findOne({ where: { id: lineId } });
    if (!line) throw new DomainException('NOT_FOUND');
    return line;
  }

  async disclosureOf(id: number): Promise<AccountDisclosure> {
    const d = await this.disclosures.findOne({ where: { id } });
    if (!d) throw new DomainException('NOT_FOUND');
    return d;
  }
}
