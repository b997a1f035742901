import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { MatterNo, OwnerVoteView, TallyPart, VoteBasisView, VoteNoticeView } from '@xiaoqu/shared';
import { FilesService, toAttachmentView } from '../../files/files.service.js';
import { NotificationService } from '../../notification/notification.service.js';
import { OwnerVote, VoteBasis, VoteOption } from '../deliberation.entities.js';
import { num } from './vote-records.js';

type RollSums = TallyPart & { units: number };
type Parts = { total: TallyPart };

export const toBasisView = (b: VoteBasis, document: OwnerVoteView['documents'][number] | null): VoteBasisView => ({
  id: b.id,
  compoundId: b.compoundId,
  clause: b.clause,
  document,
  objectionDays: b.objectionDays,
  recordedAt: b.recordedAt.toISOString(),
  recordedByRole: b.recordedByRole,
});

/** Closed votes held here with an objection period are preliminary until final; imported and older ones final. */
const resultStage = (v: OwnerVote): OwnerVoteView['resultStage'] => {
  if (v.status !== 'closed') return null;
  return v.objectionEndsAt && !v.finalAt ? 'preliminary' : 'final';
};

/** Reads votes as clients see them: the frozen roll's sums, the options, the notice and the basis as recorded. */
@Injectable()
export class VoteViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly notifications: NotificationService,
  ) {}

  /** Units, owners (headcount) and area of the frozen rolls of these votes, by one grouped query. */
  async rolls(voteIds: number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, RollSums>> {
    if (voteIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT voteId, COUNT(*) AS units, COUNT(DISTINCT ownerKey) AS headcount, SUM(areaCentiM2) AS area FROM vote_roll WHERE voteId IN (${voteIds.map(() => '?').join(',')}) GROUP BY voteId`,
      voteIds,
    )) as { voteId: number | string; units: number | string; headcount: number | string; area: number | string }[];
    const byVote = new Map(
      rows.map((r) => [num(r.voteId), { units: num(r.units), headcount: num(r.headcount), areaCentiM2: num(r.area) }]),
    );
    return new Map(voteIds.map((id) => [id, byVote.get(id) ?? { units: 0, headcount: 0, areaCentiM2: 0 }]));
  }

  /** The options of multi-option votes, in order. */
  async options(
    voteIds: number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, VoteOption[]>> {
    const rows = voteIds.length
      ? await manager.find(VoteOption, { where: { voteId: In(voteIds) }, order: { voteId: 'ASC', position: 'ASC' } })
      : [];
    const byVote = new Map<number, VoteOption[]>();
    for (const r of rows) byVote.set(r.voteId, [...(byVote.get(r.voteId) ?? []), r]);
    return byVote;
  }

  async basis(ids: number[]): Promise<Map<number, VoteBasisView>> {
    const rows = ids.length ? await this.dataSource.getRepository(VoteBasis).find({ where: { id: In(ids) } }) : [];
    const documents = new Map(
      (await this.files.byIds(rows.map((b) => b.documentId))).map((a) => [a.id, toAttachmentView(a)]),
    );
    return new Map(rows.map((b) => [b.id, toBasisView(b, documents.get(b.documentId) ?? null)]));
  }

  /** Platform notices: how many owners the announcement reached (sent subscribe messages); null before any went. */
  private async notified(voteIds: number[]): Promise<Map<number, number>> {
    if (voteIds.length === 0) return new Map();
    return this.notifications.sentCounts('vote_announced', voteIds);
  }

  async view(vote: OwnerVote): Promise<OwnerVoteView> {
    return (await this.views([vote]))[0];
  }

  /** The documents imported results cite (the official system's result sheets), with their files in id order. */
  private async documents(voteIds: number[]) {
    const linked = await this.files.linked('owner_vote', voteIds);
    return { linked, files: await this.files.byIds([...linked.values()].flat()) };
  }

  /** Views of several votes with one query per kind of detail, not one per vote. */
  async views(votes: OwnerVote[]): Promise<OwnerVoteView[]> {
    const ids = votes.map((v) => v.id);
    const [rolls, options, bases, notified, documents] = await Promise.all([
      this.rolls(ids),
      this.options(ids),
      this.basis(votes.map((v) => v.basisId).filter((id): id is number => id !== null)),
      this.notified(votes.filter((v) => v.noticeMethod === 'platform').map((v) => v.id)),
      this.documents(votes.filter((v) => v.channel === 'official').map((v) => v.id)),
    ]);
    return votes.map((v) => {
      const imported =
        v.channel === 'official' && v.importedParts ? (JSON.parse(v.importedParts) as Parts).total : null;
      const roll = imported ? { ...imported, units: 0 } : (rolls.get(v.id) as RollSums);
      const notice: VoteNoticeView | null =
        v.noticeMethod && v.noticePostedAt
          ? {
              method: v.noticeMethod,
              at: v.noticePostedAt.toISOString(),
              attachmentId: v.noticeAttachmentId,
              notifiedOwners: v.noticeMethod === 'platform' ? (notified.get(v.id) ?? null) : null,
            }
          : null;
      const docIds = documents.linked.get(v.id) ?? [];
      return {
        id: v.id,
        proposalId: v.proposalId,
        matterNo: v.matterNo as MatterNo,
        rule: v.rule,
        secret: v.secret,
        status: v.status,
        kind: v.kind,
        options: (options.get(v.id) ?? []).map((o) => ({ id: o.optionId, label: o.label })),
        openedAt: v.openedAt.toISOString(),
        closesAt: v.closesAt.toISOString(),
        closedAt: v.closedAt ? v.closedAt.toISOString() : null,
        resultStage: resultStage(v),
        objectionEndsAt: v.objectionEndsAt ? v.objectionEndsAt.toISOString() : null,
        finalAt: v.finalAt ? v.finalAt.toISOString() : null,
        termination:
          v.status === 'terminated' && v.terminatedAt
            ? { at: v.terminatedAt.toISOString(), byRole: v.terminatedByRole ?? '', reason: v.terminationReason ?? '' }
            : null,
        notice,
        basis: v.basisId !== null ? (bases.get(v.basisId) ?? null) : null,
        channel: v.channel,
        externalRef: v.externalRef,
        documents: documents.files.filter((d) => docIds.includes(d.id)).map(toAttachmentView),
        noticePostedAt: v.noticePostedAt ? v.noticePostedAt.toISOString() : null,
        noticeAttachmentId: v.noticeAttachmentId,
        roll: { units: roll.units, headcount: roll.headcount, areaCentiM2: roll.areaCentiM2, sha256: v.rollSha256 },
      };
    });
  }
}
