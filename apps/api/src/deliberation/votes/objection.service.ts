import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  canonicalJson,
  CORRECTION_KIND_LABELS,
  OBJECTION_KIND_LABELS,
  type AnswerObjectionRequest,
  type CorrectionRequest,
  type ObjectionRequest,
  type ObjectionView,
  type Role,
  type VoteCorrectionView,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { wholeSeconds } from '../../common/time/whole-seconds.js';
import { FilesService } from '../../files/files.service.js';
import { PublicationService, toPublicationView } from '../../disclosure/publication/publication.service.js';
import { Publication } from '../../disclosure/disclosure.entities.js';
import { NotificationService } from '../../notification/notification.service.js';
import { UnitService } from '../../place/unit.service.js';
import { Ballot, OwnerVote, VoteCorrection, VoteObjection, VoteOption, VoteRoll } from '../deliberation.entities.js';
import { ProposalService } from '../proposals/proposal.service.js';
import { VoteCount } from './vote-count.service.js';
import { VoteLifecycle } from './vote-lifecycle.service.js';
import { receiptCode, sha256, type RollEntry } from './vote-records.js';

const MAX_AREA_CENTI_M2 = 100_000_000; // 1,000,000 m²: no exclusive part is larger

/**
 * The objection period (询异公示) of a preliminary result: owners object about their own ballot record or the roll,
 * organisers answer each one and correct what was wrong, on the record. Each objection, answer and correction is
 * a link of the compound's chain; a correction re-tallies and points at the link it corrects.
 */
@Injectable()
export class VoteObjections implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationService,
    private readonly files: FilesService,
    private readonly timeline: ProposalService,
    private readonly count: VoteCount,
    private readonly lifecycle: VoteLifecycle,
    private readonly units: UnitService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.publications.register('vote_objection', async (manager, id) => {
      const o = await manager.findOneByOrFail(VoteObjection, { id });
      return {
        kind: 'vote_objection',
        voteId: o.voteId,
        objectionKind: o.kind,
        unitId: o.unitId,
        text: o.text,
        raisedAt: o.raisedAt.toISOString(),
        files: await this.count.fileHashes(manager, 'vote_objection', o.id),
      };
    });
    this.publications.register('vote_answer', async (manager, id) => {
      const o = await manager.findOneByOrFail(VoteObjection, { id });
      return {
        kind: 'vote_answer',
        voteId: o.voteId,
        objectionId: o.id,
        text: o.answerText,
        answeredAt: o.answeredAt?.toISOString() ?? null,
        answeredByRole: o.answeredByRole,
        correctionId: o.correctionId,
      };
    });
  }

  /** A vote's objections; the objector is named to nobody, and told which are their own. */
  async list(voteId: number, principal: Principal): Promise<ObjectionView[]> {
    const rows = await this.dataSource.getRepository(VoteObjection).find({ where: { voteId }, order: { id: 'ASC' } });
    if (rows.length === 0) return [];
    const ids = rows.map((o) => o.id);
    const [files, units, links] = await Promise.all([
      this.files.linked('vote_objection', ids),
      this.count.unitNames(rows.map((o) => o.unitId)),
      this.publications.linksOf('vote_objection', ids),
    ]);
    return rows.map((o) => this.toView(o, principal.personId, files, units, links.get(o.id)));
  }

  private toView(
    o: VoteObjection,
    viewer: number,
    files: Map<number, number[]>,
    units: Map<number, string>,
    publication: Publication | undefined,
  ): ObjectionView {
    const p = publication ? toPublicationView(publication) : null;
    return {
      id: o.id,
      voteId: o.voteId,
      kind: o.kind,
      unitId: o.unitId,
      unit: units.get(o.unitId) ?? `#${o.unitId}`,
      text: o.text,
      attachmentIds: [...(files.get(o.id) ?? [])].sort((a, b) => a - b),
      raisedAt: o.raisedAt.toISOString(),
      mine: o.personId === viewer,
      answer:
        o.answeredAt && o.answerText !== null
          ? {
              text: o.answerText,
              at: o.answeredAt.toISOString(),
              byRole: o.answeredByRole ?? '',
              correctionId: o.correctionId,
            }
          : null,
      publication: p && { seq: p.seq, contentHash: p.contentHash, hash: p.hash, publishedAt: p.publishedAt },
    };
  }

  /** An owner of the vote's roll objects, during the period, about their own ballot record or the roll. */
  async object(voteId: number, principal: Principal, request: ObjectionRequest): Promise<ObjectionView> {
    const vote = await this.inPeriod(voteId, true);
    const personId = principal.personId;
    const ownUnits = await this.rollUnitsOf(vote, personId);
    if (ownUnits.length === 0) throw new DomainException('NOT_AN_OWNER', '只有本次表决名册上的业主才能提出异议');
    if (request.kind === 'ballot' && !ownUnits.includes(request.unitId))
      throw new DomainException('VALIDATION_FAILED', '只能对自己房屋的表决记录提出异议');
    const unit = await this.units.getUnit(request.unitId).catch(() => null);
    if (!unit || unit.compoundId !== vote.compoundId)
      throw new DomainException('VALIDATION_FAILED', '这套房屋不在本小区');
    await this.files.requireOwn(vote.compoundId, request.attachmentIds, '异议照片', true, personId);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        VoteObjection,
        manager.create(VoteObjection, {
          voteId,
          personId,
          kind: request.kind,
          unitId: request.unitId,
          text: request.text.trim(),
          raisedAt: wholeSeconds(),
          answerText: null,
          answeredBy: null,
          answeredByRole: null,
          answeredAt: null,
          correctionId: null,
        }),
      );
      await this.attach(manager, 'vote_objection', saved.id, request.attachmentIds);
      const link = await this.publications.append(manager, vote.compoundId, 'vote_objection', saved.id, personId);
      await this.timeline.record(
        {
          proposalId: vote.proposalId,
          kind: 'objection',
          actorId: personId,
          actorRole: 'owner',
          text: `业主提出异议（${OBJECTION_KIND_LABELS[request.kind]}，${unit.building?.name ?? ''} ${unit.room}）（第 ${link.seq} 号公示）`,
        },
        manager,
      );
      return saved.id;
    });
    return (await this.list(voteId, principal)).find((o) => o.id === id) as ObjectionView;
  }

  /** Organisers answer an objection, with the correction it calls for, if any, in the same transaction. */
  async answer(objectionId: number, principal: Principal, request: AnswerObjectionRequest): Promise<ObjectionView> {
    const objection = await this.dataSource.getRepository(VoteObjection).findOne({ where: { id: objectionId } });
    if (!objection) throw new DomainException('NOT_FOUND');
    if (objection.answeredAt) throw new DomainException('OBJECTION_ALREADY_ANSWERED');
    const vote = await this.inPeriod(objection.voteId, false);
    const role = await this.timeline.actingRole(principal, vote.compoundId);
    if (request.correction) await this.checkEvidence(vote, principal, request.correction);
    await this.dataSource.transaction(async (manager) => {
      // The correction is made with the answer, and published after it: the answer says why.
      const correction = request.correction
        ? await this.applyCorrection(manager, vote, principal, role, request.correction, objectionId)
        : null;
      const correctionId = correction?.id ?? null;
      const moved = await manager
        .createQueryBuilder()
        .update(VoteObjection)
        .set({
          answerText: request.text.trim(),
          answeredBy: principal.personId,
          answeredByRole: role,
          answeredAt: wholeSeconds(),
          correctionId,
        })
        .where('id = :objectionId AND answeredAt IS NULL', { objectionId })
        .execute();
      if (!moved.affected) throw new DomainException('OBJECTION_ALREADY_ANSWERED');
      const link = await this.publications.append(
        manager,
        vote.compoundId,
        'vote_answer',
        objectionId,
        principal.personId,
      );
      await this.timeline.record(
        {
          proposalId: vote.proposalId,
          kind: 'objection_answer',
          actorId: principal.personId,
          actorRole: role,
          text: `答复异议：${request.text.trim()}（第 ${link.seq} 号公示）`,
        },
        manager,
      );
      if (correction) await correction.publish();
    });
    await this.notifications
      .notify({
        personId: objection.personId,
        topic: 'objection_answered',
        subjectId: objectionId,
        page: `deliberation/pages/proposal/index?id=${vote.proposalId}`,
        data: { thing1: { value: '您的异议已答复' }, thing2: { value: request.text.trim().slice(0, 20) } },
      })
      .catch(() => undefined);
    // The period may be over already: the last answer makes the result final at once.
    if (vote.objectionEndsAt && vote.objectionEndsAt.getTime() <= Date.now())
      await this.lifecycle.finalize(vote.id, Date.now());
    return (await this.list(objection.voteId, principal)).find((o) => o.id === objectionId) as ObjectionView;
  }

  /** A correction on its own (organisers found the error themselves), before the result is final. */
  async correct(voteId: number, principal: Principal, request: CorrectionRequest): Promise<VoteCorrectionView> {
    const vote = await this.inPeriod(voteId, false);
    const role = await this.timeline.actingRole(principal, vote.compoundId);
    await this.checkEvidence(vote, principal, request);
    const id = await this.dataSource.transaction(async (manager) => {
      const correction = await this.applyCorrection(manager, vote, principal, role, request, null);
      await correction.publish();
      return correction.id;
    });
    return (await this.count.corrections(vote)).find((c) => c.id === id) as VoteCorrectionView;
  }

  private async checkEvidence(vote: OwnerVote, principal: Principal, request: CorrectionRequest): Promise<void> {
    if (request.evidenceAttachmentIds.length === 0)
      throw new DomainException('VALIDATION_FAILED', '更正须附上证据（签字的表决票、不动产登记信息等）');
    await this.files.requireOwn(vote.compoundId, request.evidenceAttachmentIds, '更正证据', false, principal.personId);
  }

  /**
   * Applies a correction: a new ballot in place of one entered wrongly, or a roll entry changed; records before and
   * after. Returns its id and `publish`, which puts it on the chain pointing at the latest link of this vote's
   * result, and on the timeline.
   */
  private async applyCorrection(
    manager: EntityManager,
    vote: OwnerVote,
    principal: Principal,
    byRole: Role,
    request: CorrectionRequest,
    objectionId: number | null,
  ): Promise<{ id: number; publish: () => Promise<void> }> {
    const roll = await manager.findOne(VoteRoll, { where: { voteId: vote.id, unitId: request.unitId } });
    const entry = (r: RollEntry | null) =>
      r && JSON.stringify({ areaCentiM2: r.areaCentiM2, ownerKey: r.ownerKey, developerUnsold: r.developerUnsold });
    let before: string | null;
    let after: string | null;
    let ballotId: number | null = null;
    let newBallotId: number | null = null;
    switch (request.kind) {
      case 'ballot_choice': {
        const ballot = request.ballotId
          ? await manager.findOne(Ballot, { where: { id: request.ballotId, voteId: vote.id } })
          : null;
        if (!ballot || !roll || ballot.ownerKey !== roll.ownerKey)
          throw new DomainException('VALIDATION_FAILED', '要更正的表决票不属于这套房屋');
        if (ballot.method === 'online')
          throw new DomainException(
            'VALIDATION_FAILED',
            '业主本人在线投的票不能由他人更正，只能更正录入的纸质票或委托票',
          );
        const choice = await this.correctedChoice(manager, vote, request);
        before = JSON.stringify({ choice: ballot.choice, optionId: ballot.optionId });
        after = JSON.stringify(choice);
        if (before === after) throw new DomainException('VALIDATION_FAILED', '更正后的选择与原来的相同');
        const saved = await manager.save(
          Ballot,
          manager.create(Ballot, {
            voteId: vote.id,
            ownerKey: ballot.ownerKey,
            ...choice,
            method: ballot.method,
            enteredBy: principal.personId,
            idempotencyKey: null,
            requestSha256: sha256(canonicalJson({ ...request })),
            receiptCode: receiptCode(),
            madeAt: ballot.madeAt ?? ballot.castAt,
            scanAttachmentId: request.evidenceAttachmentIds[0],
            proxyName: ballot.proxyName,
            proxyDocumentId: ballot.proxyDocumentId,
            correctsBallotId: ballot.correctsBallotId ?? ballot.id,
          }),
        );
        ballotId = ballot.id;
        newBallotId = saved.id;
        break;
      }
      case 'roll_area': {
        const area = request.areaCentiM2;
        if (!roll) throw new DomainException('VALIDATION_FAILED', '这套房屋不在本次表决的名册中，请用“补入房屋”更正');
        if (!Number.isSafeInteger(area) || (area as number) <= 0 || (area as number) > MAX_AREA_CENTI_M2)
          throw new DomainException('VALIDATION_FAILED', '更正后的面积须为正数，最多两位小数');
        if (area === roll.areaCentiM2) throw new DomainException('VALIDATION_FAILED', '更正后的面积与原来的相同');
        before = entry(roll);
        after = entry({ ...roll, areaCentiM2: area as number });
        await manager.update(VoteRoll, { voteId: vote.id, unitId: request.unitId }, { areaCentiM2: area });
        break;
      }
      case 'roll_unit': {
        const unit = await this.units.getUnit(request.unitId).catch(() => null);
        if (!unit || unit.compoundId !== vote.compoundId)
          throw new DomainException('VALIDATION_FAILED', '这套房屋不在本小区');
        const fresh = { areaCentiM2: unit.areaCentiM2, ownerKey: unit.ownerKey, developerUnsold: unit.developerUnsold };
        before = entry(roll);
        after = entry(fresh);
        if (before === after)
          throw new DomainException('VALIDATION_FAILED', '花名册中这套房屋与表决名册一致，没有可更正的');
        if (roll) await manager.update(VoteRoll, { voteId: vote.id, unitId: request.unitId }, fresh);
        else await manager.insert(VoteRoll, { voteId: vote.id, unitId: request.unitId, ...fresh });
        break;
      }
    }
    const correctsSeq = await this.latestSeq(manager, vote.id);
    const saved = await manager.save(
      VoteCorrection,
      manager.create(VoteCorrection, {
        voteId: vote.id,
        objectionId,
        kind: request.kind,
        unitId: request.unitId,
        ballotId,
        newBallotId,
        beforeJson: before,
        afterJson: after,
        reason: request.reason.trim(),
        correctsSeq,
        correctedBy: principal.personId,
        byRole,
      }),
    );
    await this.attach(manager, 'vote_correction', saved.id, request.evidenceAttachmentIds);
    const publish = async () => {
      const link = await this.publications.append(
        manager,
        vote.compoundId,
        'vote_correction',
        saved.id,
        principal.personId,
      );
      await this.timeline.record(
        {
          proposalId: vote.proposalId,
          kind: 'correction',
          actorId: principal.personId,
          actorRole: byRole,
          text: `${CORRECTION_KIND_LABELS[request.kind]}：${request.reason.trim()}（第 ${link.seq} 号公示，更正第 ${correctsSeq} 号）`,
        },
        manager,
      );
    };
    return { id: saved.id, publish };
  }

  /** The choice a corrected ballot carries, checked against the vote's kind and options. */
  private async correctedChoice(
    manager: EntityManager,
    vote: OwnerVote,
    request: CorrectionRequest,
  ): Promise<{ choice: Ballot['choice']; optionId: string | null }> {
    if (vote.kind === 'approval') {
      if (!request.choice) throw new DomainException('VALIDATION_FAILED', '请写明表决票上的选择');
      return { choice: request.choice, optionId: null };
    }
    if (request.optionId === null || request.choice === 'abstain') return { choice: 'abstain', optionId: null };
    if (
      !request.optionId ||
      !(await manager.exists(VoteOption, { where: { voteId: vote.id, optionId: request.optionId } }))
    )
      throw new DomainException('VALIDATION_FAILED', '没有这个选项');
    return { choice: 'option', optionId: request.optionId };
  }

  /** The latest link of this vote's result: the preliminary one, or its latest correction. */
  private async latestSeq(manager: EntityManager, voteId: number): Promise<number> {
    const corrections = await manager.find(VoteCorrection, { where: { voteId }, select: { id: true } });
    const [result] = await manager.find(Publication, { where: { kind: 'vote_result', subjectId: voteId } });
    const fixes = corrections.length
      ? await manager.find(Publication, {
          where: { kind: 'vote_correction', subjectId: In(corrections.map((c) => c.id)) },
        })
      : [];
    return Math.max(result?.seq ?? 0, ...fixes.map((p) => p.seq));
  }

  private async attach(
    manager: EntityManager,
    recordKind: 'vote_objection' | 'vote_correction',
    recordId: number,
    ids: number[],
  ): Promise<void> {
    if (ids.length === 0) return;
    await this.files.link(manager, recordKind, recordId, [...new Set(ids)]);
    // What is on the record is for every owner to check.
    await this.files.setVisibility(ids, 'compound', manager);
  }

  /**
   * A closed vote held here whose result is not final yet; `raising`: an objection, only until the period ends
   * (answers and corrections may still come after it, while objections wait).
   */
  private async inPeriod(voteId: number, raising: boolean): Promise<OwnerVote> {
    const vote = await this.dataSource.getRepository(OwnerVote).findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    const open =
      vote.status === 'closed' &&
      vote.objectionEndsAt !== null &&
      vote.finalAt === null &&
      (!raising || vote.objectionEndsAt.getTime() > Date.now());
    if (!open) throw new DomainException('VOTE_NOT_IN_OBJECTION_PERIOD');
    return vote;
  }

  /** The roll units this person votes for in this vote (the record-date rule). */
  private async rollUnitsOf(vote: OwnerVote, personId: number): Promise<number[]> {
    const links = await this.units.votingLinks(personId, vote.compoundId);
    const live = links.filter((l) => !l.endedAt || l.endedAt.getTime() >= vote.openedAt.getTime());
    if (live.length === 0) return [];
    const roll = await this.dataSource
      .getRepository(VoteRoll)
      .find({ where: { voteId: vote.id, unitId: In(live.map((l) => l.unitId)) } });
    return roll
      .filter((r) => live.some((l) => l.unitId === r.unitId && l.ownerKeys.includes(r.ownerKey)))
      .map((r) => r.unitId);
  }
}
