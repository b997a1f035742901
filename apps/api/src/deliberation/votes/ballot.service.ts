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
import { TtlCache } from '../../common/cache/ttl-cache.js';
import { UnitService } from '../../place/unit.service.js';
import { Ballot, OwnerVote, VoteOption } from '../deliberation.entities.js';
import { BallotRepository } from './ballot.repository.js';
import { LAST_BALLOT, num, receiptCode, sha256 } from './vote-records.js';

/** What does not change about a vote once it is open. */
interface VoteFacts {
  id: number;
  kind: OwnerVote['kind'];
  openedAt: Date;
  options: Set<string>;
}

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
    private readonly ballotRows: BallotRepository,
  ) {}

  private readonly facts = new TtlCache<number, VoteFacts>(10 * 60_000, 1000);

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
  private choiceOf(
    vote: Pick<VoteFacts, 'kind' | 'options'>,
    request: Pick<CastBallotRequest, 'choice' | 'optionId'>,
  ): { choice: Ballot['choice']; optionId: string | null } {
    if (vote.kind === 'approval') {
      if (!request.choice || request.optionId !== undefined)
        throw new DomainException('VALIDATION_FAILED', '请选择同意、反对或弃权');
      return { choice: request.choice, optionId: null };
    }
    if (request.choice === 'abstain' || request.optionId === null) return { choice: 'abstain', optionId: null };
    if (request.choice !== undefined || !request.optionId)
      throw new DomainException('VALIDATION_FAILED', '请选择一个选项，或选择弃权');
    if (!vote.options.has(request.optionId)) throw new DomainException('VALIDATION_FAILED', '本次表决没有这个选项');
    return { choice: 'option', optionId: request.optionId };
  }

  /**
   * What casting needs of a vote that does not change once it is open (kind, opening time, options), kept a while so
   * a ballot costs no read of it; whether it is still open is decided by the ballot's own statement.
   */
  private async openVoteFacts(voteId: number): Promise<VoteFacts> {
    const known = this.facts.get(voteId);
    if (known) return known;
    const vote = await this.openVote(voteId);
    const options =
      vote.kind === 'approval'
        ? new Set<string>()
        : new Set(
            (
              await this.dataSource.getRepository(VoteOption).find({ where: { voteId }, select: { optionId: true } })
            ).map((o) => o.optionId),
          );
    const facts = { id: vote.id, kind: vote.kind, openedAt: vote.openedAt, options };
    this.facts.set(voteId, facts);
    return facts;
  }

  /** Why no ballot was written: the vote is gone, not open (yet or any more), or the caller owns nothing in its roll. */
  private async refusal(voteId: number): Promise<DomainException> {
    try {
      await this.openVote(voteId);
    } catch (refused) {
      if (refused instanceof DomainException) return refused;
      throw refused;
    }
    return new DomainException('NOT_AN_OWNER');
  }

  /**
   * An owner's ballot, for all their units: one statement writes it against the frozen roll while the vote is open
   * (BallotRepository.castOnline). With an Idempotency-Key, the same key and body answer the first receipt again
   * without a second ballot, and the same key with another body is refused — read only when the key is a duplicate.
   */
  async cast(
    voteId: number,
    personId: number,
    request: CastBallotRequest,
    idempotencyKey: string | null,
  ): Promise<BallotReceipt> {
    const [vote, links] = await Promise.all([this.openVoteFacts(voteId), this.units.votingLinks(personId)]);
    // The record-date rule: a link counts if it had not ended when the vote opened; it votes for the roll's key.
    const current = links.filter((l) => !l.endedAt || l.endedAt.getTime() >= vote.openedAt.getTime());
    const pairs = current.flatMap((l) => l.ownerKeys.map((ownerKey) => ({ unitId: l.unitId, ownerKey })));
    if (pairs.length === 0) throw await this.refusal(voteId);
    const choice = this.choiceOf(vote, request);
    const requestSha256 = sha256(canonicalJson(vote.kind === 'approval' ? { choice: choice.choice } : choice));
    const castAt = wholeSeconds();
    const keys = [...new Set(pairs.map((p) => p.ownerKey))].sort();
    const receipts = new Map(keys.map((k) => [k, receiptCode()]));
    try {
      const written = await this.ballotRows.castOnline({
        voteId,
        links: pairs,
        ...choice,
        enteredBy: personId,
        idempotencyKey,
        requestSha256,
        receipts,
        at: castAt,
      });
      if (written === 0) throw await this.refusal(voteId);
      // Usually one key; with several, the receipt names the first of those the roll had.
      const [first] =
        keys.length === 1
          ? [{ receiptCode: receipts.get(keys[0]) as string }]
          : await this.ballots.find({
              where: { voteId, receiptCode: In([...receipts.values()]) },
              order: { ownerKey: 'ASC' },
              take: 1,
              select: { receiptCode: true },
            });
      return this.receipt({ voteId, receiptCode: first.receiptCode, ...choice, castAt, method: 'online' });
    } catch (err) {
      // The same Idempotency-Key again (a retry, or a race): the first request's ballot is the answer.
      if (!idempotencyKey || !isUniqueViolation(err)) throw err;
      const earlier = await this.ballots.find({
        where: { voteId, ownerKey: In(keys), idempotencyKey },
        order: { ownerKey: 'ASC', id: 'ASC' },
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
    const choice = this.choiceOf(await this.openVoteFacts(voteId), request);
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
    const rollRows = (await this.dataSource.query(
      'SELECT r.ownerKey AS ownerKey, r.unitId AS unitId FROM vote_roll r WHERE r.voteId = ? AND r.ownerKey IN (SELECT DISTINCT ownerKey FROM ballot WHERE voteId = ?) ORDER BY r.unitId',
      [voteId, voteId],
    )) as { ownerKey: string; unitId: number | string }[];
    const labels = await this.units.unitLabels(rollRows.map((r) => num(r.unitId)));
    const unitRows = rollRows.flatMap((r) => {
      const label = labels.get(num(r.unitId));
      return label ? [{ ownerKey: r.ownerKey, unitId: num(r.unitId), building: label.building, room: label.room }] : [];
    });
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
      unitIds: unitRows.filter((u) => u.ownerKey === b.ownerKey).map((u) => u.unitId),
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
