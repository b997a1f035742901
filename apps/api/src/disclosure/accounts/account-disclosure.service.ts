import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import {
  computeTotals,
  directionOf,
  mapLineHeaders,
  LINE_COLUMNS,
  parsePeriod,
  previousPeriod,
  validateLineRows,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type CompoundBillingView,
  type DisclosureTotals,
  type LineCategory,
  type LineInput,
  type LineRowInput,
  type LineView,
  type ReviewNoteView,
  lineDayProblem,
  lineNeedsVoucher,
  chinaDay,
  periodInFuture,
} from '@xiaoqu/shared';
import { AppConfig } from '../../common/config/app-config.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { headerAndRows, readTableFile } from '../../common/files/table-file.js';
import { coveringGrants, type Principal } from '../../common/auth/principal.js';
import { FilesService, STAFF_FILE_ROLES, toAttachmentView } from '../../files/files.service.js';
import { PersonDirectory } from '../../identity/person-directory.service.js';
import { PlaceService } from '../../place/place.service.js';
import {
  AccountDisclosure,
  CompoundBilling,
  DisclosureLine,
  LineAttachment,
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

/** Accounts of a period (晒收支): drafts, lines, import, publication, amendments, reviews. */
@Injectable()
export class AccountDisclosureService implements OnModuleInit {
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
  ) {}

  /** Account disclosures' part of the file read rule: a voucher on a draft's line is for those who see drafts. */
  onModuleInit(): void {
    this.files.addReader(
      async (principal, attachment) =>
        (await this.dataSource.manager.exists(LineAttachment, { where: { attachmentId: attachment.id } })) &&
        this.seesDrafts(principal, attachment.compoundId),
    );
  }

  /** May the caller see this compound's drafts? */
  private async seesDrafts(principal: Principal, compoundId: number): Promise<boolean> {
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

  /** Sets the compound's billing model; disclosures already created keep the model they were made under. */
  async setBilling(
    compoundId: number,
    billingModel: CompoundBilling['billingModel'],
    voucherRequiredAboveFen: number | null,
  ): Promise<void> {
    await this.places.getCompound(compoundId);
    await this.billing.upsert({ compoundId, billingModel, voucherRequiredAboveFen }, ['compoundId']);
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

  async create(compoundId: number, periodKey: string, createdBy: number): Promise<AccountDisclosure> {
    const period = parsePeriod(periodKey);
    if (!period) throw new DomainException('VALIDATION_FAILED', '期间格式应为 2026-11、2026-Q4 或 2026');
    if (periodInFuture(periodKey, chinaDay(Date.now()))) throw new DomainException('DISCLOSURE_PERIOD_IN_FUTURE');
    await this.places.getCompound(compoundId);
    if (await this.disclosures.exists({ where: { compoundId, periodKey } }))
      throw new DomainException('DISCLOSURE_PERIOD_EXISTS');
    const { billingModel } = await this.billingOf(compoundId);
    return this.disclosures.save(
      this.disclosures.create({
        compoundId,
        periodKind: period.kind,
        periodKey,
        status: 'draft',
        billingModel,
        amendsId: null,
        createdBy,
      }),
    );
  }

  /** A disclosure the caller may see: drafts exist only for the compound's staff and reviewers. */
  async get(principal: Principal, id: number): Promise<AccountDisclosure> {
    const d = await this.disclosures.findOne({ where: { id } });
    if (!d || (d.status === 'draft' && !(await this.seesDrafts(principal, d.compoundId))))
      throw new DomainException('NOT_FOUND');
    return d;
  }

  /** A draft, or why it cannot be edited. */
  async draft(id: number): Promise<AccountDisclosure> {
    const d = await this.disclosures.findOne({ where: { id } });
    if (!d) throw new DomainException('NOT_FOUND');
    if (d.status !== 'draft') throw new DomainException('DISCLOSURE_PUBLISHED');
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
    const [attachmentLinks, questions, flags] = lineIds.length
      ? await Promise.all([
          manager.find(LineAttachment, { where: { lineId: In(lineIds) } }),
          manager.find(LineQuestion, {
            where: { lineId: In(lineIds) },
            select: { id: true, lineId: true, answeredAt: true },
          }),
          manager.find(LineFlag, { where: { lineId: In(lineIds) }, order: { id: 'ASC' } }),
        ])
      : [[], [], []];
    const files = new Map(
      (await this.files.byIds(attachmentLinks.map((a) => a.attachmentId))).map((a) => [a.id, toAttachmentView(a)]),
    );
    const byLine = <T extends { lineId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const r of rows) map.set(r.lineId, [...(map.get(r.lineId) ?? []), r]);
      return map;
    };
    const [vouchersOf, questionsOf, flagsOf] = [byLine(attachmentLinks), byLine(questions), byLine(flags)];
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
      attachments: (vouchersOf.get(l.id) ?? []).flatMap((a) =>
        files.has(a.attachmentId) ? [files.get(a.attachmentId)!] : [],
      ),
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

  /** Replaces every line of a draft, in one transaction. Vouchers of replaced lines go with them. */
  async replaceLines(id: number, inputs: LineInput[]): Promise<void> {
    const d = await this.draft(id);
    const problems = inputs.flatMap((line, i) => {
      const out: { field: string; message: string }[] = [];
      const field = `lines.${i}`;
      if (!directionOf(line.category)) out.push({ field, message: `unknown category ${line.category}` });
      const billed = line.householdsBilled ?? null;
      const paid = line.householdsPaid ?? null;
      if ((billed === null) !== (paid === null))
        out.push({ field, message: 'householdsBilled and householdsPaid go together' });
      if (billed !== null && paid !== null && paid > billed)
        out.push({ field, message: 'householdsPaid cannot exceed householdsBilled' });
      if (billed !== null && line.category !== 'property_fee')
        out.push({ field, message: 'only property_fee lines carry household counts' });
      // The same day rule as an imported line: a real day inside the period (the request's DTO refuses days after today).
      const dayIssue = lineDayProblem(line.occurredOn, d.periodKey);
      if (dayIssue) out.push({ field: `${field}.occurredOn`, message: dayIssue });
      return out;
    });
    if (problems.length > 0) throw new DomainException('VALIDATION_FAILED', undefined, problems);
    computeTotals(inputs); // throws on an unsafe sum before anything is written
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(DisclosureLine, { disclosureId: d.id });
      const rows = inputs.map((line, position) => ({
        disclosureId: d.id,
        position,
        direction: directionOf(line.category) as DisclosureLine['direction'],
        category: line.category,
        amountFen: line.amountFen,
        occurredOn: line.occurredOn,
        counterparty: line.counterparty.trim(),
        note: (line.note ?? '').trim(),
        householdsBilled: line.householdsBilled ?? null,
        householdsPaid: line.householdsPaid ?? null,
      }));
      for (let i = 0; i < rows.length; i += 200) await manager.insert(DisclosureLine, rows.slice(i, i + 200));
    });
  }

  /** Fills a draft's lines from the filled template: every row valid, or nothing changes. */
  async importLines(id: number, buffer: Buffer): Promise<void> {
    const d = await this.draft(id);
    const table = headerAndRows(await readTableFile(buffer, LINE_COLUMNS.length));
    if (!table || table.rows.length === 0) throw new DomainException('LINES_INVALID', '文件里没有数据行', []);
    const mapped = mapLineHeaders(table.header);
    if ('missing' in mapped) {
      const message = `表头缺少：${mapped.missing.join('、')}`;
      throw new DomainException('LINES_INVALID', message, [{ row: table.headerRow, message }]);
    }
    const inputs = table.rows.map((row) => {
      const input = {} as LineRowInput;
      for (const { key } of LINE_COLUMNS) input[key] = mapped.index[key] >= 0 ? (row[mapped.index[key]] ?? '') : '';
      return input;
    });
    const { rows, errors } = validateLineRows(inputs, table.rowNumbers, d.periodKey, chinaDay(Date.now()));
    if (errors.length > 0)
      throw new DomainException('LINES_INVALID', `有 ${errors.length} 行错误，未导入任何数据`, errors);
    await this.replaceLines(id, rows);
  }

  async attachVoucher(lineId: number, file: { fileName: string; buffer: Buffer }, uploadedBy: number) {
    const line = await this.lines.findOne({ where: { id: lineId } });
    if (!line) throw new DomainException('NOT_FOUND');
    const d = await this.draft(line.disclosureId);
    const attachment = await this.files.store(d.compoundId, file, uploadedBy, ['jpeg', 'png', 'webp', 'pdf']);
    await this.dataSource.manager.insert(LineAttachment, { lineId, attachmentId: attachment.id });
    return toAttachmentView(attachment);
  }

  /** Publishing makes the disclosure immutable and chains it to the compound's previous publication. */
  async publish(id: number, publishedBy: number): Promise<void> {
    const d = await this.draft(id);
    const lines = await this.lines.find({ where: { disclosureId: id } });
    if (lines.length === 0) throw new DomainException('DISCLOSURE_EMPTY');
    const attachmentLinks = await this.dataSource.manager.find(LineAttachment, {
      where: { lineId: In(lines.map((l) => l.id)) },
    });
    if (d.billingModel === 'trust') {
      const { voucherRequiredAboveFen } = await this.billingOf(d.compoundId);
      const billing = {
        billingModel: d.billingModel,
        voucherRequiredAboveFen: voucherRequiredAboveFen ?? this.config.VOUCHER_REQUIRED_ABOVE_FEN,
      };
      const missing = lines.filter((l) =>
        lineNeedsVoucher(billing, { ...l, voucherCount: attachmentLinks.filter((a) => a.lineId === l.id).length }),
      );
      if (missing.length > 0) {
        throw new DomainException(
          'VOUCHER_REQUIRED',
          undefined,
          missing.map((l) => ({ field: String(l.id), message: `${l.counterparty} ${l.occurredOn} 缺少凭证` })),
        );
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const changed = await manager.update(AccountDisclosure, { id, status: 'draft' }, { status: 'published' });
      if (!changed.affected) throw new DomainException('DISCLOSURE_PUBLISHED');
      await this.files.setVisibility(
        attachmentLinks.map((a) => a.attachmentId),
        'compound',
        manager,
      );
      await this.publications.append(manager, d.compoundId, 'account', id, publishedBy);
    });
  }

  async deleteDraft(id: number): Promise<void> {
    const d = await this.draft(id);
    await this.disclosures.delete({ id: d.id, status: 'draft' });
  }

  /** A correction: a new draft with the same lines and vouchers that names what it corrects. */
  async amend(id: number, createdBy: number): Promise<AccountDisclosure> {
    const original = await this.disclosures.findOne({ where: { id } });
    if (!original) throw new DomainException('NOT_FOUND');
    if (original.status !== 'published') throw new DomainException('CONFLICT', '只能更正已公示的内容；草稿请直接修改');
    if (await this.disclosures.exists({ where: { amendsId: id } }))
      throw new DomainException('DISCLOSURE_PERIOD_EXISTS', '这份公示已经有更正了');
    return this.dataSource.transaction(async (manager) => {
      const copy = await manager.save(
        AccountDisclosure,
        manager.create(AccountDisclosure, {
          compoundId: original.compoundId,
          periodKind: original.periodKind,
          periodKey: original.periodKey,
          status: 'draft',
          billingModel: original.billingModel,
          amendsId: id,
          createdBy,
        }),
      );
      await this.copyLines(manager, id, copy.id);
      return copy;
    });
  }

  private async copyLines(manager: EntityManager, fromId: number, toId: number): Promise<void> {
    const lines = await manager.find(DisclosureLine, {
      where: { disclosureId: fromId },
      order: { position: 'ASC', id: 'ASC' },
    });
    for (const line of lines) {
      const { id: oldId, ...rest } = line;
      const { identifiers } = await manager.insert(DisclosureLine, { ...rest, disclosureId: toId });
      const vouchers = await manager.find(LineAttachment, { where: { lineId: oldId } });
      if (vouchers.length)
        await manager.insert(
          LineAttachment,
          vouchers.map((v) => ({ lineId: Number(identifiers[0].id), attachmentId: v.attachmentId })),
        );
    }
  }

  async recordBilling(compoundId: number, input: CompoundBillingView): Promise<CompoundBillingView> {
    await this.setBilling(
      compoundId,
      input.billingModel,
      input.billingModel === 'trust' ? (input.voucherRequiredAboveFen ?? null) : null,
    );
    return this.billingOf(compoundId);
  }

  async createAndShow(principal: Principal, compoundId: number, periodKey: string): Promise<AccountDisclosureDetail> {
    const draft = await this.create(compoundId, periodKey, principal.personId);
    return this.detail(principal, draft.id);
  }

  async replaceLinesAndShow(principal: Principal, id: number, inputs: LineInput[]): Promise<AccountDisclosureDetail> {
    await this.replaceLines(id, inputs);
    return this.detail(principal, id);
  }

  async importLinesAndShow(principal: Principal, id: number, buffer: Buffer): Promise<AccountDisclosureDetail> {
    await this.importLines(id, buffer);
    return this.detail(principal, id);
  }

  async publishAndShow(principal: Principal, id: number): Promise<AccountDisclosureDetail> {
    await this.publish(id, principal.personId);
    return this.detail(principal, id);
  }

  async amendAndShow(principal: Principal, id: number): Promise<AccountDisclosureDetail> {
    const draft = await this.amend(id, principal.personId);
    return this.detail(principal, draft.id);
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
