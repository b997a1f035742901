import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import type {
  AuditReportInput,
  AuditReportView,
  FundEntryInput,
  FundEntryView,
  MaintenanceFundView,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import { FilesService, toAttachmentView } from '../../files/files.service.js';
import { AuditReport, FundEntry } from '../disclosure.entities.js';
import { PublicationService, toPublicationView } from '../publication/publication.service.js';

/** The maintenance fund (维修资金) and the annual audit reports: records published as they are made. */
@Injectable()
export class FundService {
  constructor(
    @InjectRepository(FundEntry) private readonly entries: Repository<FundEntry>,
    @InjectRepository(AuditReport) private readonly reports: Repository<AuditReport>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationService,
    private readonly files: FilesService,
  ) {}

  async fund(compoundId: number): Promise<MaintenanceFundView> {
    const rows = await this.entries.find({ where: { compoundId }, order: { occurredOn: 'DESC', id: 'DESC' } });
    const cited = await this.files.linked(
      'fund_entry',
      rows.map((r) => r.id),
    );
    const files = new Map((await this.files.byIds([...cited.values()].flat())).map((a) => [a.id, toAttachmentView(a)]));
    const links = await this.publications.linksOf(
      'fund_entry',
      rows.map((r) => r.id),
    );
    const views: FundEntryView[] = rows.map((r) => {
      const link = links.get(r.id);
      return {
        id: r.id,
        kind: r.kind,
        occurredOn: r.occurredOn,
        amountFen: r.amountFen,
        description: r.description,
        decisionRef: r.decisionRef,
        attachments: (cited.get(r.id) ?? []).flatMap((id) => (files.has(id) ? [files.get(id)!] : [])),
        publication: link ? toPublicationView(link) : null,
      };
    });
    const latestStatement = views.find((v) => v.kind === 'statement') ?? null;
    const usedSinceStatementFen = views
      .filter((v) => v.kind === 'use' && (!latestStatement || v.occurredOn > latestStatement.occurredOn))
      .reduce((sum, v) => sum + v.amountFen, 0);
    return { latestStatement, usedSinceStatementFen, entries: views };
  }

  async addFundEntry(compoundId: number, input: FundEntryInput, by: number): Promise<MaintenanceFundView> {
    if (input.kind === 'use' && !input.decisionRef?.trim())
      throw new DomainException('VALIDATION_FAILED', '使用维修资金须注明批准它的业主共同决定');
    if (input.attachmentIds.length === 0) throw new DomainException('VALIDATION_FAILED', '请附上对账单或使用凭证');
    await this.files.requireOwn(compoundId, input.attachmentIds, '附件', false, by);
    await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        FundEntry,
        manager.create(FundEntry, {
          compoundId,
          kind: input.kind,
          occurredOn: input.occurredOn,
          amountFen: input.amountFen,
          description: input.description.trim(),
          decisionRef: input.decisionRef?.trim() || null,
          createdBy: by,
        }),
      );
      await this.files.link(manager, 'fund_entry', saved.id, input.attachmentIds);
      await this.files.setVisibility(input.attachmentIds, 'compound', manager);
      await this.publications.append(manager, compoundId, 'fund_entry', saved.id, by);
    });
    return this.fund(compoundId);
  }

  async auditReports(compoundId: number): Promise<AuditReportView[]> {
    const rows = await this.reports.find({ where: { compoundId }, order: { year: 'DESC', id: 'DESC' } });
    const files = new Map(
      (await this.files.byIds(rows.map((r) => r.attachmentId))).map((a) => [a.id, toAttachmentView(a)]),
    );
    const links = await this.publications.linksOf(
      'audit_report',
      rows.map((r) => r.id),
    );
    return rows.map((r) => {
      const link = links.get(r.id);
      return {
        id: r.id,
        year: r.year,
        title: r.title,
        auditor: r.auditor,
        report: files.get(r.attachmentId)!,
        publication: link ? toPublicationView(link) : null,
      };
    });
  }

  async addAuditReport(compoundId: number, input: AuditReportInput, by: number): Promise<AuditReportView[]> {
    const [file] = await this.files.requireOwn(compoundId, [input.attachmentId], '审计报告', false, by);
    if (file.mime !== 'application/pdf') throw new DomainException('UNSUPPORTED_FILE', '审计报告请上传 PDF');
    await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        AuditReport,
        manager.create(AuditReport, {
          compoundId,
          year: input.year,
          title: input.title.trim(),
          auditor: input.auditor.trim(),
          attachmentId: input.attachmentId,
          createdBy: by,
        }),
      );
      await this.files.setVisibility([input.attachmentId], 'compound', manager);
      await this.publications.append(manager, compoundId, 'audit_report', saved.id, by);
    });
    return this.auditReports(compoundId);
  }
}
