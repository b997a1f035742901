import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import type { ServiceDisclosureInput, ServiceDisclosureView, WorkRecordView } from '@xiaoqu/shared';
import { publishedCache } from '../../common/cache/published-cache.js';
import type { TtlCache } from '../../common/cache/ttl-cache.js';
import { AppConfig } from '../../common/config/app-config.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { tagOfHashes, type Tagged } from '../../common/http/etag.js';
import { FilesService, toAttachmentView } from '../../files/files.service.js';
import { ServiceDisclosure, WorkRecord } from '../disclosure.entities.js';
import { PublicationService, toPublicationView } from '../publication/publication.service.js';
import type { WorkRecordDto } from '../dto/disclosure.dto.js';

/** What the property company does (晒服务): its service terms, and its work records as they happen. */
@Injectable()
export class ServiceDisclosureService {
  constructor(
    @InjectRepository(ServiceDisclosure) private readonly services: Repository<ServiceDisclosure>,
    @InjectRepository(WorkRecord) private readonly records: Repository<WorkRecord>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationService,
    private readonly files: FilesService,
    config: AppConfig,
  ) {
    this.published = publishedCache(config);
  }

  /** The published page of each compound as rendered, with its tag and the chain's head when it was read. */
  private readonly published: TtlCache<number, Tagged<ServiceDisclosureView> & { head: number }>;

  /**
   * The published service disclosure with an entity tag. Everything on the page is published on the compound's
   * chain — the disclosure and each work record shown — and nothing of it depends on the caller, so the tag is
   * derived from those links' hashes and the page is rendered once for every member. The page still grows (a new
   * work record, a new disclosure replacing this one), and each such change appends a link: a kept page is served
   * only while the compound's chain has not moved since it was read (one indexed read), and its tag changes only
   * when what it shows does. The draft is never tagged nor kept.
   */
  async publishedTagged(compoundId: number): Promise<Tagged<ServiceDisclosureView>> {
    const head = await this.publications.headSeq(compoundId); // before rendering: a page newer than it is re-read
    const kept = this.published.get(compoundId);
    if (kept && kept.head === head) return { view: kept.view, etag: kept.etag };
    const view = await this.current(compoundId, false);
    const etag = serviceTag(view);
    if (etag) this.published.set(compoundId, { view, etag, head });
    return { view, etag };
  }

  /** The latest published service disclosure with the work records, newest first; or the draft for staff. */
  async current(compoundId: number, draft: boolean): Promise<ServiceDisclosureView> {
    const found = await this.services.findOne({
      where: { compoundId, status: draft ? 'draft' : 'published' },
      order: { id: 'DESC' },
    });
    if (!found) throw new DomainException('NOT_FOUND', draft ? '还没有服务公示草稿' : '物业还没有发布服务公示');
    const link = (await this.publications.linksOf('service', [found.id])).get(found.id);
    return {
      id: found.id,
      status: found.status,
      company: found.company,
      contractStart: found.contractStart,
      contractEnd: found.contractEnd,
      serviceLevel: found.serviceLevel,
      feeStandardFenPerM2Month: found.feeStandardFenPerM2Month,
      staffPosts: found.staffPosts,
      items: found.items,
      workRecords: await this.workRecords(compoundId),
      publication: link ? toPublicationView(link) : null,
    };
  }

  /** Writes the draft (creating it when there is none); the published one is never touched. */
  async saveDraft(compoundId: number, input: ServiceDisclosureInput, by: number): Promise<ServiceDisclosureView> {
    if (input.contractEnd < input.contractStart)
      throw new DomainException('VALIDATION_FAILED', '合同结束日期不能早于开始日期');
    const draft = await this.services.findOne({ where: { compoundId, status: 'draft' } });
    const fields = {
      company: input.company.trim(),
      contractStart: input.contractStart,
      contractEnd: input.contractEnd,
      serviceLevel: input.serviceLevel.trim(),
      feeStandardFenPerM2Month: input.feeStandardFenPerM2Month,
      staffPosts: input.staffPosts,
      items: input.items,
    };
    if (draft) await this.services.update({ id: draft.id }, fields);
    else await this.services.insert({ compoundId, status: 'draft', createdBy: by, ...fields });
    return this.current(compoundId, true);
  }

  async publishDraft(compoundId: number, by: number): Promise<ServiceDisclosureView> {
    const draft = await this.services.findOne({ where: { compoundId, status: 'draft' } });
    if (!draft) throw new DomainException('NOT_FOUND', '还没有服务公示草稿');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ServiceDisclosure, { id: draft.id, status: 'draft' }, { status: 'published' });
      await this.publications.append(manager, compoundId, 'service', draft.id, by);
    });
    return this.current(compoundId, false);
  }

  /** A work record is published as it is recorded: its photos become visible to the compound. */
  async addWorkRecord(compoundId: number, input: WorkRecordDto, by: number): Promise<WorkRecordView> {
    await this.files.requireOwn(compoundId, input.photoIds, '照片', true, by);
    const record = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        WorkRecord,
        manager.create(WorkRecord, {
          compoundId,
          kind: input.kind,
          doneOn: input.doneOn,
          description: input.description.trim(),
          createdBy: by,
        }),
      );
      await this.files.link(manager, 'work_record', saved.id, input.photoIds);
      await this.files.setVisibility(input.photoIds, 'compound', manager);
      await this.publications.append(manager, compoundId, 'work_record', saved.id, by);
      return saved;
    });
    return (await this.workRecords(compoundId, [record.id]))[0];
  }

  private async workRecords(compoundId: number, only?: number[]): Promise<WorkRecordView[]> {
    const rows = await this.records.find({
      where: only ? { compoundId, id: In(only) } : { compoundId },
      order: { doneOn: 'DESC', id: 'DESC' },
      take: 50,
    });
    const cited = await this.files.linked(
      'work_record',
      rows.map((r) => r.id),
    );
    const photos = new Map(
      (await this.files.byIds([...cited.values()].flat())).map((a) => [a.id, toAttachmentView(a)]),
    );
    const links = await this.publications.linksOf(
      'work_record',
      rows.map((r) => r.id),
    );
    return rows.map((r) => {
      const link = links.get(r.id);
      return {
        id: r.id,
        kind: r.kind,
        doneOn: r.doneOn,
        description: r.description,
        photos: (cited.get(r.id) ?? []).flatMap((id) => (photos.has(id) ? [photos.get(id)!] : [])),
        publication: link ? toPublicationView(link) : null,
      };
    });
  }
}

/** The tag of a published page, from the hashes of the links it shows; none when anything on it is unpublished. */
function serviceTag(view: ServiceDisclosureView): string | null {
  if (view.status !== 'published' || !view.publication) return null;
  const records = view.workRecords.map((w) => w.publication?.hash ?? null);
  if (records.includes(null)) return null;
  return tagOfHashes([view.publication.hash, ...(records as string[])]);
}
