import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository, EntityNotFoundError } from 'typeorm';
import { canonicalJson, type PublicationView, type VerifyResult } from '@xiaoqu/shared';
import { isUniqueViolation } from '../../common/errors/db-errors.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { Attachment } from '../../files/attachment.entity.js';
import { FilesService } from '../../files/files.service.js';
import {
  AccountDisclosure,
  AuditReport,
  DisclosureLine,
  FundEntry,
  Publication,
  ServiceDisclosure,
  WorkRecord,
  type PublicationKind,
} from '../disclosure.entities.js';
import { wholeSeconds } from '../../common/time/whole-seconds.js';

const GENESIS = '0'.repeat(64);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const toPublicationView = (p: Publication): PublicationView => ({
  seq: p.seq,
  contentHash: p.contentHash,
  prevHash: p.prevHash,
  hash: p.hash,
  publishedAt: p.publishedAt.toISOString(),
});

/** The hash of a link: what it says, where it stands, and the link before it. */
export function linkHash(
  p: Pick<Publication, 'compoundId' | 'seq' | 'kind' | 'subjectId' | 'contentHash' | 'prevHash' | 'publishedAt'>,
): string {
  return sha256(
    canonicalJson({
      compoundId: p.compoundId,
      seq: p.seq,
      kind: p.kind,
      subjectId: p.subjectId,
      contentHash: p.contentHash,
      prevHash: p.prevHash,
      publishedAt: p.publishedAt.toISOString(),
    }),
  );
}

/**
 * The tamper-evident chain of a compound's publications. Content is read back from the tables for hashing,
 * in a canonical form that includes each attachment's SHA-256, so verify() recomputes exactly what publish() hashed.
 */
/** Reads the canonical content of a subject another domain publishes on the chain (e.g. a vote's result). */
export type ContentBuilder = (manager: EntityManager, subjectId: number) => Promise<unknown>;

@Injectable()
export class PublicationService {
  private readonly builders = new Map<PublicationKind, ContentBuilder>();

  constructor(
    @InjectRepository(Publication) private readonly publications: Repository<Publication>,
    private readonly files: FilesService,
  ) {}

  /** Lets another domain publish on the compound's chain: it says how to read its content back for hashing. */
  register(kind: PublicationKind, builder: ContentBuilder): void {
    this.builders.set(kind, builder);
  }

  /** Appends a link for `subjectId` in the caller's transaction. Two publishers at once cannot both take a seq. */
  async append(
    manager: EntityManager,
    compoundId: number,
    kind: PublicationKind,
    subjectId: number,
    publishedBy: number,
  ): Promise<Publication> {
    const last = await manager
      .createQueryBuilder(Publication, 'p')
      .setLock('pessimistic_write')
      .where('p.compoundId = :compoundId', { compoundId })
      .orderBy('p.seq', 'DESC')
      .limit(1)
      .getOne()
      .catch(async (err: unknown) => {
        // SQLite has no row locks (FOR UPDATE); its single writer serialises publishers anyway.
        if (manager.connection.options.type !== 'better-sqlite3') throw err;
        return manager.findOne(Publication, { where: { compoundId }, order: { seq: 'DESC' } });
      });
    const publishedAt = wholeSeconds();
    const link = {
      compoundId,
      seq: (last?.seq ?? 0) + 1,
      kind,
      subjectId,
      contentHash: sha256(canonicalJson(await this.content(manager, kind, subjectId))),
      prevHash: last?.hash ?? GENESIS,
      publishedAt,
      publishedBy,
    };
    try {
      return await manager.save(Publication, manager.create(Publication, { ...link, hash: linkHash(link) }));
    } catch (err) {
      if (isUniqueViolation(err)) throw new DomainException('CONFLICT', '有人同时发布了内容，请再试一次');
      throw err;
    }
  }

  /** The seq of the compound's latest link (0 before any): it moves with every publication of the compound. */
  async headSeq(compoundId: number): Promise<number> {
    const head = await this.publications.findOne({
      where: { compoundId },
      order: { seq: 'DESC' },
      select: { id: true, seq: true },
    });
    return head?.seq ?? 0;
  }

  async linksOf(kind: PublicationKind, subjectIds: number[]): Promise<Map<number, Publication>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await this.publications.find({ where: { kind, subjectId: In(subjectIds) } });
    return new Map(rows.map((p) => [p.subjectId, p]));
  }

  /**
   * The chain of the compound, link by link; with `files`, also every stored file re-hashed against the digest
   * recorded at upload (the chain covers the digests, this checks the bytes still match them).
   */
  async verify(compoundId: number, files = false): Promise<VerifyResult> {
    const chain = await this.verifyChain(compoundId);
    if (!files) return chain;
    const checked = await this.files.verifyCompound(compoundId);
    return { ...chain, ok: chain.ok && checked.failed.length === 0, files: checked };
  }

  /** Recomputes every link of the compound's chain from the stored content; says where it first breaks. */
  private async verifyChain(compoundId: number): Promise<VerifyResult> {
    const links = await this.publications.find({ where: { compoundId }, order: { seq: 'ASC' } });
    let prevHash = GENESIS;
    for (const [i, link] of links.entries()) {
      const broken = (reason: string): VerifyResult => ({
        ok: false,
        checked: i,
        brokenAt: { seq: link.seq, kind: link.kind, subjectId: link.subjectId, reason },
      });
      if (link.seq !== i + 1) return broken('发布序号不连续：有发布记录被删除或插入');
      if (link.prevHash !== prevHash) return broken('与上一条发布记录的链接不一致');
      // A subject deleted after publishing is a break in the chain; any other failure is the server's, not a tamper.
      const content = await this.content(this.publications.manager, link.kind, link.subjectId).catch((err: unknown) => {
        if (err instanceof EntityNotFoundError) return null;
        throw err;
      });
      if (!content || sha256(canonicalJson(content)) !== link.contentHash) return broken('发布后的内容被改动过');
      if (linkHash(link) !== link.hash) return broken('发布记录本身被改动过');
      prevHash = link.hash;
    }
    return { ok: true, checked: links.length, brokenAt: null };
  }

  /** The canonical content of a published subject, as hashed. */
  private async content(manager: EntityManager, kind: PublicationKind, subjectId: number): Promise<unknown> {
    switch (kind) {
      case 'account': {
        const d = await manager.findOneByOrFail(AccountDisclosure, { id: subjectId });
        const lines = await manager.find(DisclosureLine, {
          where: { disclosureId: subjectId },
          order: { position: 'ASC', id: 'ASC' },
        });
        const vouchers = await this.files.linked(
          'disclosure_line',
          lines.map((l) => l.id),
          manager,
        );
        const files = await this.attachmentHashes(manager, [...vouchers.values()].flat());
        return {
          kind,
          compoundId: d.compoundId,
          periodKind: d.periodKind,
          periodKey: d.periodKey,
          billingModel: d.billingModel,
          amendsId: d.amendsId,
          lines: lines.map((l) => ({
            category: l.category,
            amountFen: l.amountFen,
            occurredOn: l.occurredOn,
            counterparty: l.counterparty,
            note: l.note,
            householdsBilled: l.householdsBilled,
            householdsPaid: l.householdsPaid,
            attachments: (vouchers.get(l.id) ?? []).map((id) => files.get(id)).sort(),
          })),
        };
      }
      case 'service': {
        const s = await manager.findOneByOrFail(ServiceDisclosure, { id: subjectId });
        return {
          kind,
          compoundId: s.compoundId,
          company: s.company,
          contractStart: s.contractStart,
          contractEnd: s.contractEnd,
          serviceLevel: s.serviceLevel,
          feeStandardFenPerM2Month: s.feeStandardFenPerM2Month,
          staffPosts: s.staffPosts,
          items: s.items,
        };
      }
      case 'work_record': {
        const w = await manager.findOneByOrFail(WorkRecord, { id: subjectId });
        const photoIds = await this.files.linkedTo('work_record', w.id, manager);
        const files = await this.attachmentHashes(manager, photoIds);
        return {
          kind,
          compoundId: w.compoundId,
          workKind: w.kind,
          doneOn: w.doneOn,
          description: w.description,
          photos: photoIds.map((id) => files.get(id)),
        };
      }
      case 'fund_entry': {
        const f = await manager.findOneByOrFail(FundEntry, { id: subjectId });
        const attachmentIds = await this.files.linkedTo('fund_entry', f.id, manager);
        const files = await this.attachmentHashes(manager, attachmentIds);
        return {
          kind,
          compoundId: f.compoundId,
          entryKind: f.kind,
          occurredOn: f.occurredOn,
          amountFen: f.amountFen,
          description: f.description,
          decisionRef: f.decisionRef,
          attachments: attachmentIds.map((id) => files.get(id)),
        };
      }
      case 'vote_result':
      case 'vote_terminated':
      case 'vote_objection':
      case 'vote_answer':
      case 'vote_correction':
      case 'vote_final': {
        const builder = this.builders.get(kind);
        if (!builder) throw new Error(`no content builder registered for ${kind}`);
        return builder(manager, subjectId);
      }
      case 'audit_report': {
        const r = await manager.findOneByOrFail(AuditReport, { id: subjectId });
        const files = await this.attachmentHashes(manager, [r.attachmentId]);
        return {
          kind,
          compoundId: r.compoundId,
          year: r.year,
          title: r.title,
          auditor: r.auditor,
          report: files.get(r.attachmentId),
        };
      }
    }
  }

  private async attachmentHashes(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.find(Attachment, { where: { id: In(ids) }, select: { id: true, sha256: true } });
    return new Map(rows.map((a) => [a.id, a.sha256]));
  }
}
