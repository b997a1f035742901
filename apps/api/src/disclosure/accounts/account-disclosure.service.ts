import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  computeTotals,
  directionOf,
  mapLineHeaders,
  LINE_COLUMNS,
  parsePeriod,
  validateLineRows,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type CompoundBillingView,
  type LineInput,
  type LineRowInput,
  lineDayProblem,
  lineNeedsVoucher,
  chinaDay,
  periodInFuture,
} from '@xiaoqu/shared';
import { AppConfig } from '../../common/config/app-config.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { headerAndRows, readTableFile } from '../../common/files/table-file.js';
import { type Principal } from '../../common/auth/principal.js';
import { FilesService, toAttachmentView } from '../../files/files.service.js';
import { PlaceService } from '../../place/place.service.js';
import { AccountDisclosure, CompoundBilling, DisclosureLine } from '../disclosure.entities.js';
import { PublicationService } from '../publication/publication.service.js';
import { AccountViews } from './account-views.service.js';

/** Accounts of a period (晒收支), the writing side: billing, drafts, lines, import, vouchers, publication, amendments. */
@Injectable()
export class AccountDisclosureService implements OnModuleInit {
  constructor(
    @InjectRepository(AccountDisclosure) private readonly disclosures: Repository<AccountDisclosure>,
    @InjectRepository(DisclosureLine) private readonly lines: Repository<DisclosureLine>,
    @InjectRepository(CompoundBilling) private readonly billing: Repository<CompoundBilling>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: AccountViews,
    private readonly publications: PublicationService,
    private readonly files: FilesService,
    private readonly places: PlaceService,
    private readonly config: AppConfig,
  ) {}

  /** Account disclosures' part of the file read rule: a voucher on a draft's line is for those who see drafts. */
  onModuleInit(): void {
    this.files.addLinkReader('disclosure_line', (principal, _lineIds, attachment) =>
      this.views.seesDrafts(principal, attachment.compoundId),
    );
  }

  /** Sets the compound's billing model; disclosures already created keep the model they were made under. */
  async setBilling(
    compoundId: number,
    billingModel: CompoundBilling['billingModel'],
    voucherRequiredAboveFen: number | null,
  ): Promise<void> {
    await this.places.getCompound(compoundId);
    await this.billing.upsert({ compoundId, billingModel, voucherRequiredAboveFen }, ['compoundId']);
    this.views.forgetCompound(compoundId);
  }

  async create(compoundId: number, periodKey: string, createdBy: number): Promise<AccountDisclosure> {
    const period = parsePeriod(periodKey);
    if (!period) throw new DomainException('VALIDATION_FAILED', '期间格式应为 2026-11、2026-Q4 或 2026');
    if (periodInFuture(periodKey, chinaDay(Date.now()))) throw new DomainException('DISCLOSURE_PERIOD_IN_FUTURE');
    await this.places.getCompound(compoundId);
    if (await this.disclosures.exists({ where: { compoundId, periodKey } }))
      throw new DomainException('DISCLOSURE_PERIOD_EXISTS');
    const { billingModel } = await this.views.billingOf(compoundId);
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

  /** A draft, or why it cannot be edited. */
  async draft(id: number): Promise<AccountDisclosure> {
    const d = await this.disclosures.findOne({ where: { id } });
    if (!d) throw new DomainException('NOT_FOUND');
    if (d.status !== 'draft') throw new DomainException('DISCLOSURE_PUBLISHED');
    return d;
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
      await this.unlinkVouchers(manager, d.id);
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
    await this.files.link(this.dataSource.manager, 'disclosure_line', lineId, [attachment.id]);
    return toAttachmentView(attachment);
  }

  /** Publishing makes the disclosure immutable and chains it to the compound's previous publication. */
  async publish(id: number, publishedBy: number): Promise<void> {
    const d = await this.draft(id);
    const lines = await this.lines.find({ where: { disclosureId: id } });
    if (lines.length === 0) throw new DomainException('DISCLOSURE_EMPTY');
    const vouchers = await this.files.linked(
      'disclosure_line',
      lines.map((l) => l.id),
    );
    if (d.billingModel === 'trust') {
      const { voucherRequiredAboveFen } = await this.views.billingOf(d.compoundId);
      const billing = {
        billingModel: d.billingModel,
        voucherRequiredAboveFen: voucherRequiredAboveFen ?? this.config.VOUCHER_REQUIRED_ABOVE_FEN,
      };
      const missing = lines.filter((l) =>
        lineNeedsVoucher(billing, { ...l, voucherCount: vouchers.get(l.id)?.length ?? 0 }),
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
      await this.files.setVisibility([...vouchers.values()].flat(), 'compound', manager);
      await this.publications.append(manager, d.compoundId, 'account', id, publishedBy);
    });
    // A correction now stands beside its original, and the next period's "previous totals" may have changed.
    this.views.forgetCompound(d.compoundId);
  }

  async deleteDraft(id: number): Promise<void> {
    const d = await this.draft(id);
    await this.dataSource.transaction(async (manager) => {
      await this.unlinkVouchers(manager, d.id);
      await manager.delete(AccountDisclosure, { id: d.id, status: 'draft' });
    });
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
      this.views.forgetCompound(original.compoundId);
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
      const vouchers = await this.files.linkedTo('disclosure_line', oldId, manager);
      await this.files.link(manager, 'disclosure_line', Number(identifiers[0].id), vouchers);
    }
  }

  /** A draft's lines are about to go (replaced, or the draft deleted): their vouchers are no longer cited. */
  private async unlinkVouchers(manager: EntityManager, disclosureId: number): Promise<void> {
    const lines = await manager.find(DisclosureLine, { where: { disclosureId }, select: { id: true } });
    await this.files.unlink(
      manager,
      'disclosure_line',
      lines.map((l) => l.id),
    );
  }

  async recordBilling(compoundId: number, input: CompoundBillingView): Promise<CompoundBillingView> {
    await this.setBilling(
      compoundId,
      input.billingModel,
      input.billingModel === 'trust' ? (input.voucherRequiredAboveFen ?? null) : null,
    );
    return this.views.billingOf(compoundId);
  }

  async createAndShow(principal: Principal, compoundId: number, periodKey: string): Promise<AccountDisclosureDetail> {
    const draft = await this.create(compoundId, periodKey, principal.personId);
    return this.views.detail(principal, draft.id);
  }

  async replaceLinesAndShow(principal: Principal, id: number, inputs: LineInput[]): Promise<AccountDisclosureDetail> {
    await this.replaceLines(id, inputs);
    return this.views.detail(principal, id);
  }

  async importLinesAndShow(principal: Principal, id: number, buffer: Buffer): Promise<AccountDisclosureDetail> {
    await this.importLines(id, buffer);
    return this.views.detail(principal, id);
  }

  async publishAndShow(principal: Principal, id: number): Promise<AccountDisclosureDetail> {
    await this.publish(id, principal.personId);
    return this.views.detail(principal, id);
  }

  async amendAndShow(principal: Principal, id: number): Promise<AccountDisclosureDetail> {
    const draft = await this.amend(id, principal.personId);
    return this.views.detail(principal, draft.id);
  }

  /** The period as the caller sees it (kept here for the demo seeder, which drafts and reads through one service). */
  detail(principal: Principal, id: number): Promise<AccountDisclosureDetail> {
    return this.views.detail(principal, id);
  }

  list(principal: Principal, compoundId: number, includeDrafts: boolean): Promise<AccountPeriodSummary[]> {
    return this.views.list(principal, compoundId, includeDrafts);
  }
}
