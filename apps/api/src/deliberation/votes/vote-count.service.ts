import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  canonicalJson,
  evaluateChoice,
  evaluateOwnerDecision,
  explainChoice,
  explainOwnerDecision,
  formatArea,
  type BuildingTurnout,
  type ChoiceTallyView,
  type OwnerVoteResultView,
  type OwnerVoteTallyView,
  type TallyPart,
  type UnitChoiceView,
  type VoteCorrectionView,
  type VoteTurnoutView,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import { PublicationService, toPublicationView } from '../../disclosure/publication/publication.service.js';
import type { Publication } from '../../disclosure/disclosure.entities.js';
import { Ballot, OwnerVote, VoteCorrection, VoteRoll } from '../deliberation.entities.js';
import { FilesService } from '../../files/files.service.js';
import { UnitService } from '../../place/unit.service.js';
import {
  choiceKey,
  lastCounted,
  LAST_BALLOT,
  num,
  partsContent,
  sha256,
  type CountedParts,
  type RollEntry,
} from './vote-records.js';
import { VoteViews } from './vote-views.js';

const ZERO: TallyPart = { areaCentiM2: 0, headcount: 0 };
const link = (p: Publication) => {
  const v = toPublicationView(p);
  return { seq: v.seq, contentHash: v.contentHash, hash: v.hash, publishedAt: v.publishedAt };
};

/**
 * Counting an owner vote: live by SQL over the frozen roll and each owner's counted ballot; and "as of" a link of the
 * compound's chain (the preliminary result, each correction, the final result), recomputed from the rows so that
 * verify() detects a ballot or a roll entry changed afterwards. Nothing of the count is readable before closing.
 */
@Injectable()
export class VoteCount implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationService,
    private readonly views: VoteViews,
    private readonly files: FilesService,
    private readonly units: UnitService,
  ) {}

  onModuleInit(): void {
    this.publications.register('vote_result', (manager, voteId) => this.resultContent(manager, voteId));
    this.publications.register('vote_correction', (manager, id) => this.correctionContent(manager, id));
    this.publications.register('vote_final', (manager, voteId) => this.finalContent(manager, voteId));
  }

  /** The counted parts now, summed by SQL over the roll (as corrected) and each owner's counted ballot. */
  async liveParts(voteId: number, manager: EntityManager = this.dataSource.manager): Promise<CountedParts> {
    const rows = (await manager.query(
      `SELECT b.choice AS choice, b.optionId AS optionId, COUNT(DISTINCT r.ownerKey) AS headcount, SUM(r.areaCentiM2) AS area
         FROM vote_roll r
         JOIN ballot b ON b.voteId = r.voteId AND b.ownerKey = r.ownerKey
        WHERE r.voteId = ?
          AND b.id = (${LAST_BALLOT})
        GROUP BY b.choice, b.optionId`,
      [voteId],
    )) as { choice: string; optionId: string | null; headcount: number | string; area: number | string }[];
    const { headcount, areaCentiM2 } = (await this.views.rolls([voteId], manager)).get(voteId) as TallyPart;
    return {
      total: { areaCentiM2, headcount },
      byChoice: new Map(rows.map((r) => [choiceKey(r), { areaCentiM2: num(r.area), headcount: num(r.headcount) }])),
    };
  }

  /**
   * The counted parts as they stood at a link of the chain: the roll with every later correction undone, and the
   * ballots cast before closing plus those of the corrections up to `uptoCorrectionId` (none: the preliminary
   * result). Read into memory: a roll is at most some thousands of rows, and this runs on publishing and verifying.
   */
  async partsAsOf(
    manager: EntityManager,
    vote: OwnerVote,
    uptoCorrectionId: number | null,
  ): Promise<CountedParts & { rollSha256: string }> {
    const roll = new Map(
      (await manager.find(VoteRoll, { where: { voteId: vote.id } })).map((r) => [r.unitId, r as RollEntry]),
    );
    const corrections = await manager.find(VoteCorrection, { where: { voteId: vote.id }, order: { id: 'DESC' } });
    const upto = uptoCorrectionId ?? 0;
    for (const c of corrections) {
      if (c.id <= upto || c.kind === 'ballot_choice') continue;
      const before = c.beforeJson ? (JSON.parse(c.beforeJson) as RollEntry) : null;
      if (before) roll.set(c.unitId, before);
      else roll.delete(c.unitId);
    }
    const correctionBallots = new Set(
      corrections.filter((c) => c.id <= upto && c.newBallotId !== null).map((c) => c.newBallotId as number),
    );
    const ballots = (
      await manager.find(Ballot, {
        where: { voteId: vote.id },
        select: {
          id: true,
          ownerKey: true,
          choice: true,
          optionId: true,
          madeAt: true,
          castAt: true,
          correctsBallotId: true,
        },
      })
    ).filter((b) => b.id <= (vote.lastBallotId ?? Number.MAX_SAFE_INTEGER) || correctionBallots.has(b.id));
    const areaOf = new Map<string, number>();
    for (const r of roll.values()) areaOf.set(r.ownerKey, (areaOf.get(r.ownerKey) ?? 0) + r.areaCentiM2);
    const byChoice = new Map<string, TallyPart>();
    for (const [ownerKey, b] of lastCounted(ballots)) {
      const area = areaOf.get(ownerKey);
      if (area === undefined) continue; // a key no longer on the corrected roll
      const part = byChoice.get(choiceKey(b)) ?? { ...ZERO };
      byChoice.set(choiceKey(b), { areaCentiM2: part.areaCentiM2 + area, headcount: part.headcount + 1 });
    }
    const entries = [...roll.entries()].sort((a, b) => a[0] - b[0]);
    return {
      total: { areaCentiM2: [...areaOf.values()].reduce((s, a) => s + a, 0), headcount: areaOf.size },
      byChoice,
      rollSha256: sha256(
        canonicalJson(entries.map(([unitId, r]) => [unitId, r.areaCentiM2, r.ownerKey, r.developerUnsold])),
      ),
    };
  }

  private async optionIds(manager: EntityManager, voteId: number): Promise<string[]> {
    return ((await this.views.options([voteId], manager)).get(voteId) ?? []).map((o) => o.optionId);
  }

  /** What a result publication covers: the vote, its frozen roll's hash, and the counted parts as they stood. */
  private async resultContent(manager: EntityManager, voteId: number): Promise<unknown> {
    const vote = await manager.findOneByOrFail(OwnerVote, { id: voteId });
    const imported =
      vote.channel === 'official' && vote.importedParts ? (JSON.parse(vote.importedParts) as object) : null;
    const base = {
      kind: 'vote_result',
      compoundId: vote.compoundId,
      proposalId: vote.proposalId,
      matterNo: vote.matterNo,
      rule: vote.rule,
      secret: vote.secret,
      rollSha256: vote.rollSha256,
      openedAt: vote.openedAt.toISOString(),
      closesAt: vote.closesAt.toISOString(),
    };
    // Imported results, and results closed before corrections existed, hash their live parts as they always did.
    if (vote.lastBallotId === null || imported)
      return {
        ...base,
        ...(imported ?? partsContent(vote, await this.liveParts(voteId, manager), [])),
        // Only when set: results published before these were recorded keep hashing as they did.
        ...(vote.noticePostedAt ? { noticePostedAt: vote.noticePostedAt.toISOString() } : {}),
        ...(vote.channel === 'official'
          ? {
              channel: vote.channel,
              externalRef: vote.externalRef,
              // As the comma list these were once kept in, so published results keep their hash.
              documentIds: (await this.files.linkedTo('owner_vote', vote.id, manager)).join(','),
            }
          : {}),
      };
    const options = (await this.views.options([voteId], manager)).get(voteId) ?? [];
    const asOf = await this.partsAsOf(manager, vote, null);
    return {
      ...base,
      ...partsContent(
        vote,
        asOf,
        options.map((o) => o.optionId),
      ),
      voteKind: vote.kind,
      options: options.map((o) => [o.optionId, o.label]),
      noticePostedAt: vote.noticePostedAt?.toISOString() ?? null,
      noticeMethod: vote.noticeMethod,
      noticeAttachmentId: vote.noticeAttachmentId,
      basisId: vote.basisId,
      closedAt: vote.closedAt?.toISOString() ?? null,
      objectionEndsAt: vote.objectionEndsAt?.toISOString() ?? null,
      lastBallotId: vote.lastBallotId,
    };
  }

  /** A correction's link: what changed, why, on what evidence, which link it corrects, and the count after it. */
  private async correctionContent(manager: EntityManager, correctionId: number): Promise<unknown> {
    const c = await manager.findOneByOrFail(VoteCorrection, { id: correctionId });
    const vote = await manager.findOneByOrFail(OwnerVote, { id: c.voteId });
    const asOf = await this.partsAsOf(manager, vote, c.id);
    return {
      kind: 'vote_correction',
      voteId: c.voteId,
      correctionKind: c.kind,
      unitId: c.unitId,
      objectionId: c.objectionId,
      ballotId: c.ballotId,
      newBallotId: c.newBallotId,
      before: c.beforeJson,
      after: c.afterJson,
      reason: c.reason,
      evidence: await this.fileHashes(manager, 'vote_correction', c.id),
      correctsSeq: c.correctsSeq,
      correctedAt: c.correctedAt.toISOString(),
      rollSha256: asOf.rollSha256,
      ...partsContent(vote, asOf, await this.optionIds(manager, vote.id)),
    };
  }

  /** The final result: the count after every correction, fixed when the objection period ended answered. */
  private async finalContent(manager: EntityManager, voteId: number): Promise<unknown> {
    const vote = await manager.findOneByOrFail(OwnerVote, { id: voteId });
    const asOf = await this.partsAsOf(manager, vote, Number.MAX_SAFE_INTEGER);
    const corrections = await manager.count(VoteCorrection, { where: { voteId } });
    return {
      kind: 'vote_final',
      voteId,
      finalAt: vote.finalAt?.toISOString() ?? null,
      corrections,
      rollSha256: asOf.rollSha256,
      ...partsContent(vote, asOf, await this.optionIds(manager, voteId)),
    };
  }

  /** The SHA-256 of each file an objection or a correction names, in id order. */
  async fileHashes(manager: EntityManager, recordKind: 'vote_objection' | 'vote_correction', recordId: number) {
    const files = await this.files.byIds(await this.files.linkedTo(recordKind, recordId, manager));
    return files.map((f) => [f.id, f.sha256]);
  }

  private async closedVote(voteId: number): Promise<OwnerVote> {
    const vote = await this.dataSource.getRepository(OwnerVote).findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    // Nobody — organisers included — learns anything of the count before the vote closes; a voided vote never.
    if (vote.status !== 'closed') throw new DomainException('VOTE_COUNT_SEALED');
    return vote;
  }

  /** An agree/disagree vote's tally once closed; a multi-option vote answers with `choiceTally`. */
  async tally(voteId: number): Promise<OwnerVoteTallyView | ChoiceTallyView> {
    const vote = await this.closedVote(voteId);
    const counted =
      vote.channel === 'official' && vote.importedParts
        ? JSON.parse(vote.importedParts)
        : partsContent(vote, await this.liveParts(voteId), await this.optionIds(this.dataSource.manager, voteId));
    const head = { voteId, status: vote.status, asOf: new Date().toISOString() };
    if (vote.kind === 'choice') return { ...head, ...evaluateChoice(vote.rule, counted) };
    return { ...head, ...evaluateOwnerDecision(vote.rule, counted) };
  }

  /** Who took part, at every stage: totals and per building, never what anyone chose. */
  async turnout(voteId: number): Promise<VoteTurnoutView> {
    const vote = await this.dataSource.getRepository(OwnerVote).findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    // Each unit of the roll with its area and whether its owner's counted ballot exists, summed per building.
    const rows = (await this.dataSource.query(
      `SELECT r.unitId AS unitId, r.areaCentiM2 AS area, CASE WHEN b.id IS NULL THEN 0 ELSE 1 END AS voted
         FROM vote_roll r
         LEFT JOIN ballot b ON b.voteId = r.voteId AND b.ownerKey = r.ownerKey AND b.id = (${LAST_BALLOT})
        WHERE r.voteId = ?`,
      [voteId],
    )) as { unitId: number | string; area: number | string; voted: number | string }[];
    const labels = await this.units.unitLabels(rows.map((r) => num(r.unitId)));
    const byBuilding = new Map<number, BuildingTurnout>();
    for (const r of rows) {
      const label = labels.get(num(r.unitId));
      if (!label) continue; // as the join on the unit did
      const b = byBuilding.get(label.buildingId) ?? {
        buildingId: label.buildingId,
        building: label.building,
        units: 0,
        votedUnits: 0,
        areaCentiM2: 0,
        votedAreaCentiM2: 0,
      };
      const voted = num(r.voted) !== 0;
      byBuilding.set(label.buildingId, {
        ...b,
        units: b.units + 1,
        votedUnits: b.votedUnits + (voted ? 1 : 0),
        areaCentiM2: b.areaCentiM2 + num(r.area),
        votedAreaCentiM2: b.votedAreaCentiM2 + (voted ? num(r.area) : 0),
      });
    }
    const buildings = [...byBuilding.values()].sort((a, b) => a.buildingId - b.buildingId);
    const parts = await this.liveParts(voteId);
    const participated = [...parts.byChoice.values()].reduce(
      (s, p) => ({ areaCentiM2: s.areaCentiM2 + p.areaCentiM2, headcount: s.headcount + p.headcount }),
      ZERO,
    );
    return { voteId, total: parts.total, participated, buildings };
  }

  /** Each unit's counted choice, once closed, in an open (实名) vote only: a secret vote publishes totals only. */
  async choices(voteId: number): Promise<UnitChoiceView[]> {
    const vote = await this.closedVote(voteId);
    if (vote.secret) throw new DomainException('FORBIDDEN', '这是秘密表决，只公布总数，不公布每户的选择');
    const labels = new Map(((await this.views.options([voteId])).get(voteId) ?? []).map((o) => [o.optionId, o.label]));
    const rows = (await this.dataSource.query(
      `SELECT r.unitId AS unitId, b.choice AS choice, b.optionId AS optionId
         FROM vote_roll r
         JOIN ballot b ON b.voteId = r.voteId AND b.ownerKey = r.ownerKey AND b.id = (${LAST_BALLOT})
        WHERE r.voteId = ?
        ORDER BY r.unitId`,
      [voteId],
    )) as { unitId: number | string; choice: string; optionId: string | null }[];
    const units = await this.unitNames(rows.map((r) => num(r.unitId)));
    // Units not found are left out, as the join on the unit did.
    return rows.flatMap((r) => {
      const unit = units.get(num(r.unitId));
      if (unit === undefined) return [];
      return [
        {
          unit,
          choice: r.choice === 'option' ? 'agree' : (r.choice as UnitChoiceView['choice']),
          option: r.optionId ? (labels.get(r.optionId) ?? r.optionId) : null,
        },
      ];
    });
  }

  /** A vote's result: before closing the vote alone; once closed the tally, its explanation and its chain links. */
  async result(voteId: number): Promise<OwnerVoteResultView> {
    const vote = await this.dataSource.getRepository(OwnerVote).findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    const view = await this.views.view(vote);
    if (vote.status !== 'closed')
      return {
        vote: view,
        tally: null,
        choiceTally: null,
        explanation: [],
        publication: null,
        corrections: [],
        finalPublication: null,
      };
    const tally = await this.tally(voteId);
    const corrections = await this.corrections(vote);
    const links = await this.publications.linksOf('vote_result', [voteId]);
    const finals = await this.publications.linksOf('vote_final', [voteId]);
    const preliminary = links.get(voteId);
    const final = finals.get(voteId);
    const labels = Object.fromEntries(view.options.map((o) => [o.id, o.label]));
    return {
      vote: view,
      tally: 'options' in tally ? null : tally,
      choiceTally: 'options' in tally ? tally : null,
      explanation: 'options' in tally ? explainChoice(tally, labels) : explainOwnerDecision(tally),
      publication: preliminary ? link(preliminary) : null,
      corrections,
      finalPublication: final ? link(final) : null,
    };
  }

  /** The corrections of a closed vote, each with its link and the link it corrects. */
  async corrections(vote: OwnerVote): Promise<VoteCorrectionView[]> {
    const rows = await this.dataSource
      .getRepository(VoteCorrection)
      .find({ where: { voteId: vote.id }, order: { id: 'ASC' } });
    if (rows.length === 0) return [];
    const own = await this.publications.linksOf(
      'vote_correction',
      rows.map((c) => c.id),
    );
    const bySeq = new Map<number, Publication>();
    for (const p of own.values()) bySeq.set(p.seq, p);
    const preliminary = (await this.publications.linksOf('vote_result', [vote.id])).get(vote.id);
    if (preliminary) bySeq.set(preliminary.seq, preliminary);
    const files = await this.files.linked(
      'vote_correction',
      rows.map((c) => c.id),
    );
    const units = await this.unitNames(rows.map((c) => c.unitId));
    const labels = new Map(
      ((await this.views.options([vote.id])).get(vote.id) ?? []).map((o) => [o.optionId, o.label]),
    );
    return rows.map((c) => ({
      id: c.id,
      kind: c.kind,
      unit: units.get(c.unitId) ?? `#${c.unitId}`,
      before: describeEntry(c.kind, c.beforeJson, labels),
      after: describeEntry(c.kind, c.afterJson, labels),
      reason: c.reason,
      evidenceAttachmentIds: [...(files.get(c.id) ?? [])].sort((a, b) => a - b),
      objectionId: c.objectionId,
      at: c.correctedAt.toISOString(),
      byRole: c.byRole,
      publication: link(own.get(c.id) as Publication),
      corrects: link(bySeq.get(c.correctsSeq) as Publication),
    }));
  }

  /** `3栋 502` for each unit id. */
  async unitNames(unitIds: number[]): Promise<Map<number, string>> {
    if (unitIds.length === 0) return new Map();
    const labels = await this.units.unitLabels(unitIds);
    return new Map([...labels].map(([id, l]) => [id, `${l.building} ${l.room}`]));
  }
}

const CHOICE_WORDS: Record<string, string> = { agree: '同意', disagree: '反对', abstain: '弃权' };

/** A correction's before or after in words: a ballot's choice, or a roll entry's area. */
function describeEntry(kind: VoteCorrection['kind'], json: string | null, labels: Map<string, string>): string {
  if (json === null) return '名册中没有';
  const entry = JSON.parse(json) as Partial<RollEntry> & { choice?: string; optionId?: string | null };
  if (kind === 'ballot_choice')
    return entry.choice === 'option'
      ? `选择「${labels.get(entry.optionId ?? '') ?? entry.optionId}」`
      : (CHOICE_WORDS[entry.choice ?? ''] ?? '');
  return `面积 ${formatArea(entry.areaCentiM2 ?? 0)}${entry.developerUnsold ? '（开发商未售）' : ''}`;
}
