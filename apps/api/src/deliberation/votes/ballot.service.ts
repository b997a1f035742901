import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  canonicalJson,
  chinaDay,
  parseDay,
  type BallotReceipt,
  type BallotRecordView,
  type CastBallotRequest,
  type PaperBallotRequest,
  type ReceiptCheck,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUniqueViolation } from '../../common/errors/db-errors.js';
import { fromSqlTime, wholeSeconds } from '../../common/time/whole-seconds.js';
import { FilesService } from '../../files/files.service.js';
import { PersonDirectory } from '../../identity/person-directory.service.js';
import { UnitService, type VotingLink } from '../../place/unit.service.js';
import { Ballot, OwnerVote, VoteOption, VoteRoll } from '../deliberation.entities.js';
import { LAST_BALLOT, num, receiptCode, sha256 } from './vote-records.js';

/**
 * Ballots of owner votes: cast online by an owner of the frozen roll, or entered from paper and proxy forms by the
 * organisers. Every ballot is kept; the owner's last one counts (LAST_BALLOT).
 */
@Injectable()
export class BallotService {
  constructor(
    @InjectRepository(OwnerVote) private readonly votes: Repository<OwnerVote>,
    @InjectRepository(Ballot) private readonly ballots: Repository<Ballot>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly people: PersonDirectory,
    private readonly units: UnitService,
  ) {}

  /** A vote open for ballots now, or why not. */
  private async openVote(voteId: number): Promise<OwnerVote> {
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    if (vote.status === 'announced') throw new DomainException('VOTE_NOT_OPEN');
    if (vote.status !== 'open' || vote.closesAt.getTime() <= Date.now()) throw new DomainException('VOTE_CLOSED');
    return vote;
  }

  /**
   * Writes a ballot while the vote is still open, holding its row shared: closing (an UPDATE of that row) waits for
   * ballots being written and turns away later ones, so the count published at closing misses none. SQLite has one
   * writer and one connection: there the statement runs on its own.
   */
  private async whileOpen<T>(voteId: number, write: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'better-sqlite3') return write(this.dataSource.manager);
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query('SELECT status, closesAt FROM owner_vote WHERE id = ? LOCK IN SHARE MODE', [
        voteId,
      ])) as { status: OwnerVote['status']; closesAt: Date | string }[];
      if (row?.status !== 'open' || fromSqlTime(row.closesAt).getTime() <= Date.now())
        throw new DomainException('VOTE_CLOSED');
      return write(manager);
    });
  }

  /**
   * The choice a ballot carries, checked against the vote: agree/disagree/abstain, or one of its options (null,
   * or `choice: 'abstain'`, abstains).
   */
  private async choiceOf(
    vote: OwnerVote,
    request: Pick<CastBallotRequest, 'choice' | 'optionId'>,
  ): Promise<{ choice: Ballot['choice']; optionId: string | null }> {
    if (vote.kind === 'approval') {
      if (!request.choice || request.optionId !== undefined)
        throw new DomainException('VALIDATION_FAILED', '请选择同意、反对或弃权');
      return { choice: request.choice, optionId: null };
    }
    if (request.choice === 'abstain' || request.optionId === null) return { choice: 'abstain', optionId: null };
    if (request.choice !== undefined || !request.optionId)
      throw new DomainException('VALIDATION_FAILED', '请选择一个选项，或选择弃权');
    if (
      !(await this.dataSource
        .getRepository(VoteOption)
        .exists({ where: { voteId: vote.id, optionId: request.optionId } }))
    )
      throw new DomainException('VALIDATION_FAILED', '本次表决没有这个选项');
    return { choice: 'option', optionId: request.optionId };
  }

  /**
   * The owner keys this person votes for in this vote — the record-date rule: the roll's owner of each unit when
   * the vote opened, through a link to the unit that had not ended before it opened and names the roll's key.
   */
  private async keysOf(vote: OwnerVote, votingLinks: VotingLink[]): Promise<string[]> {
    const links = votingLinks.filter((l) => !l.endedAt || l.endedAt.getTime() >= vote.openedAt.getTime());
    if (links.length === 0) return [];
    const roll = await this.dataSource.getRepository(VoteRoll).find({
      where: { voteId: vote.id, unitId: In(links.map((l) => l.unitId)), developerUnsold: false },
      select: { unitId: true, ownerKey: true },
    });
    const keys = roll
      .filter((r) => links.some((l) => l.unitId === r.unitId && l.ownerKeys.includes(r.ownerKey)))
      .map((r) => r.ownerKey);
    return [...new Set(keys)].sort();
  }

  /**
   * An owner's ballot, for all their units. With an Idempotency-Key, the same key and body answer the first receipt
   * again without a second ballot, and the same key with another body is refused.
   */
  async cast(
    voteId: number,
    personId: number,
    request: CastBallotRequest,
    idempotencyKey: string | null,
  ): Promise<BallotReceipt> {
    // The vote and the caller's ownership links do not depend on each other: read them at once.
    const [vote, links] = await Promise.all([this.openVote(voteId), this.units.votingLinks(personId)]);
    const keys = await this.keysOf(vote, links);
    if (keys.length === 0) throw new DomainException('NOT_AN_OWNER');
    const choice = await this.choiceOf(vote, request);
    const requestSha256 = sha256(canonicalJson(vote.kind === 'approval' ? { choice: choice.choice } : choice));
    const castAt = wholeSeconds();
    const ballots = keys.map((ownerKey) => ({
      voteId,
      ownerKey,
      ...choice,
      method: 'online' as const,
      enteredBy: personId,
      idempotencyKey,
      requestSha256,
      receiptCode: receiptCode(),
      madeAt: castAt,
      castAt,
    }));
    try {
      // One multi-row INSERT is atomic on its own: no transaction, and nothing to read back.
      await this.whileOpen(voteId, (manager) =>
        manager.createQueryBuilder().insert().into(Ballot).values(ballots).updateEntity(false).execute(),
      );
      return this.receipt(ballots[0] as Ballot);
    } catch (err) {
      // The same Idempotency-Key again (a retry, or a race): the first request's ballot is the answer.
      if (!idempotencyKey || !isUniqueViolation(err)) throw err;
      const earlier = await this.ballots.find({
        where: { voteId, ownerKey: In(keys), idempotencyKey },
        order: { id: 'ASC' },
      });
      if (earlier.length === 0) throw err;
      if (earlier.some((b) => b.requestSha256 !== requestSha256)) throw new DomainException('IDEMPOTENCY_KEY_REUSED');
      return this.receipt(earlier[0]);
    }
  }

  /**
   * A paper ballot, or one cast by a proxy, entered by the committee or the community office with the scan of the
   * signed form (and the signed authorisation for a proxy). It counts by the date signed (see LAST_BALLOT).
   */
  async enterPaper(voteId: number, enteredBy: number, request: PaperBallotRequest): Promise<BallotReceipt> {
    const vote = await this.openVote(voteId);
    const [unit] = (await this.dataSource.query('SELECT ownerKey FROM vote_roll WHERE voteId = ? AND unitId = ?', [
      voteId,
      request.unitId,
    ])) as { ownerKey: string }[];
    if (!unit) throw new DomainException('VALIDATION_FAILED', '这套房屋不在本次表决的名册中');
    const signed = parseDay(request.signedOn);
    // The end of the signing day in China time (UTC+8): 15:59:59 UTC.
    const madeAt = signed ? new Date(`${signed}T15:59:59.000Z`) : null;
    const openedDay = chinaDay(vote.openedAt);
    if (!signed || !madeAt || signed < openedDay || madeAt.getTime() - 86_400_000 > Date.now()) {
      throw new DomainException('VALIDATION_FAILED', '签署日期须在表决开始之后、且不晚于今天');
    }
    if (request.method === 'proxy' && (!request.proxyName?.trim() || !request.proxyDocumentId)) {
      throw new DomainException('VALIDATION_FAILED', '委托投票须写明受托人并附上签字的委托书');
    }
    const choice = await this.choiceOf(vote, request);
    const documents = [
      request.scanAttachmentId,
      ...(request.method === 'proxy' ? [request.proxyDocumentId as number] : []),
    ];
    await this.files.requireOwn(vote.compoundId, documents, '扫描件');
    const saved = await this.whileOpen(voteId, (manager) =>
      manager.save(
        Ballot,
        manager.create(Ballot, {
          voteId,
          ownerKey: unit.ownerKey,
          ...choice,
          method: request.method,
          enteredBy,
          idempotencyKey: null,
          requestSha256: sha256(canonicalJson({ ...request })),
          receiptCode: receiptCode(),
          madeAt,
          scanAttachmentId: request.scanAttachmentId,
          proxyName: request.method === 'proxy' ? (request.proxyName ?? '').trim() : null,
          proxyDocumentId: request.method === 'proxy' ? (request.proxyDocumentId ?? null) : null,
          correctsBallotId: null,
        }),
      ),
    );
    return this.receipt(saved);
  }

  /**
   * Every ballot of a vote for its organisers: how it was made, who entered it, whether it counts. Choices stay
   * hidden until the vote closes, and in a secret vote for ever.
   */
  async ballotRecords(voteId: number): Promise<BallotRecordView[]> {
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    const rows = (await this.dataSource.query(
      `SELECT b.id AS id, (${LAST_BALLOT}) AS countedId FROM ballot b WHERE b.voteId = ? ORDER BY b.id`,
      [voteId],
    )) as { id: number | string; countedId: number | string }[];
    const counted = new Set(rows.filter((r) => num(r.id) === num(r.countedId)).map((r) => num(r.id)));
    const ballots = await this.ballots.find({ where: { voteId }, order: { id: 'ASC' } });
    const names = await this.people.contacts(ballots.map((b) => b.enteredBy));
    const unitRows = (await this.dataSource.query(
      'SELECT r.ownerKey AS ownerKey, u.id AS unitId, p.name AS building, u.room AS room FROM vote_roll r JOIN unit u ON u.id = r.unitId JOIN place p ON p.id = u.buildingId WHERE r.voteId = ? AND r.ownerKey IN (SELECT DISTINCT ownerKey FROM ballot WHERE voteId = ?) ORDER BY r.unitId',
      [voteId, voteId],
    )) as { ownerKey: string; unitId: number | string; building: string; room: string }[];
    const shown = vote.status === 'closed' && !vote.secret;
    return ballots.map((b) => ({
      id: b.id,
      method: b.method,
      madeAt: (b.madeAt ?? b.castAt).toISOString(),
      enteredAt: b.castAt.toISOString(),
      enteredBy: names.get(b.enteredBy)?.name ?? `用户${b.enteredBy}`,
      choice: shown ? (b.choice === 'option' ? 'agree' : b.choice) : null,
      optionId: shown ? b.optionId : null,
      correctsBallotId: b.correctsBallotId,
      units: unitRows.filter((u) => u.ownerKey === b.ownerKey).map((u) => `${u.building} ${u.room}`),
      unitIds: unitRows.filter((u) => u.ownerKey === b.ownerKey).map((u) => num(u.unitId)),
      proxyName: b.proxyName,
      scanAttachmentId: b.scanAttachmentId,
      proxyDocumentId: b.proxyDocumentId,
      counted: counted.has(b.id),
    }));
  }

  private receipt(
    b: Pick<Ballot, 'voteId' | 'receiptCode' | 'choice' | 'optionId' | 'castAt' | 'method'>,
  ): BallotReceipt {
    return {
      voteId: b.voteId,
      receiptCode: b.receiptCode,
      choice: b.choice === 'option' ? 'agree' : b.choice,
      optionId: b.optionId,
      castAt: b.castAt.toISOString(),
      method: b.method,
    };
  }

  async checkReceipt(voteId: number, code: string): Promise<ReceiptCheck> {
    const ballot = await this.ballots.findOne({ where: { voteId, receiptCode: code.toUpperCase() } });
    if (!ballot) return { found: false, counted: false, castAt: null };
    const [last] = (await this.dataSource.query(`SELECT (${LAST_BALLOT}) AS id FROM ballot b WHERE b.id = ?`, [
      ballot.id,
    ])) as { id: number | string }[];
    return { found: true, counted: num(last?.id) === ballot.id, castAt: ballot.castAt.toISOString() };
  }
}
