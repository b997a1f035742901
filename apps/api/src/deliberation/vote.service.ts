import { createHash, randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, type EntityManager, type Repository } from 'typeorm';
import {
  chinaDay,
  chinaMinute,
  canonicalJson,
  evaluateOwnerDecision,
  explainOwnerDecision,
  ruleOf,
  parseDay,
  VOTE_NOTICE_DAYS,
  type ImportOfficialResultRequest,
  type BallotRecordView,
  type BuildingTurnout,
  type UnitChoiceView,
  type BallotReceipt,
  type PaperBallotRequest,
  type CastBallotRequest,
  type MatterNo,
  type OpenOwnerVoteRequest,
  type OwnerVoteResultView,
  type OwnerVoteTallyView,
  type OwnerVoteView,
  type ProposalView,
  type ReceiptCheck,
  type TallyBallot,
  type TallyPart,
  type Role,
} from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUniqueViolation } from '../common/errors/db-errors.js';
import { FilesService, toAttachmentView } from '../files/files.service.js';
import { PublicationService, toPublicationView } from '../disclosure/publication.service.js';
import type { Principal } from '../common/auth/principal.js';
import { ProposalService } from './proposal.service.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { Ballot, OwnerVote, Proposal, ResidentPoll, VoteRoll } from './deliberation.entities.js';
import { fromSqlTime, parseInstant, wholeSeconds } from '../common/time/whole-seconds.js';
import { closingTime } from './closing-time.js';
import { assertUndecided } from './one-decision.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/**
 * The ballot that counts for the owner of ballot `b` (an SQL subquery): the one the owner made last — online
 * ballots when cast, paper and proxy ballots at the end of the day signed on the form — and on a tie the later
 * entry. This is the one rule between an owner's online and paper ballots.
 */
const LAST_BALLOT =
  'SELECT l.id FROM ballot l WHERE l.voteId = b.voteId AND l.ownerKey = b.ownerKey ORDER BY COALESCE(l.madeAt, l.castAt) DESC, l.id DESC LIMIT 1';

/** Receipt codes avoid look-alike characters; 10 of 31 symbols is about 50 bits. */
const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const receiptCode = () => Array.from(randomBytes(10), (b) => RECEIPT_ALPHABET[b % RECEIPT_ALPHABET.length]).join('');

/** Proposals and the owner votes held on them: frozen rolls, ballots kept forever, tallies by SQL. */
const DAY = 24 * 3600_000;

type Parts = Pick<OwnerVoteTallyView, 'total' | 'agreed' | 'disagreed' | 'abstained'>;
const importedPartsOf = (v: OwnerVote): Parts | null =>
  v.channel === 'official' && v.importedParts ? (JSON.parse(v.importedParts) as Parts) : null;

@Injectable()
export class VoteService implements OnModuleInit {
  constructor(
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(OwnerVote) private readonly votes: Repository<OwnerVote>,
    @InjectRepository(Ballot) private readonly ballots: Repository<Ballot>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly people: PersonDirectory,
    private readonly publications: PublicationService,
    private readonly timeline: ProposalService,
  ) {}

  /** A closed vote's result is a link of the compound's publication chain, verified like the disclosures. */
  onModuleInit(): void {
    this.publications.register('vote_result', (manager, voteId) => this.resultContent(manager, voteId));
  }

  /** What a result publication covers: the vote, its frozen roll's hash, and the counted parts as they stand. */
  private async resultContent(manager: EntityManager, voteId: number): Promise<unknown> {
    const vote = await manager.findOneByOrFail(OwnerVote, { id: voteId });
    const parts = await this.parts(voteId, manager);
    return {
      kind: 'vote_result',
      compoundId: vote.compoundId,
      proposalId: vote.proposalId,
      matterNo: vote.matterNo,
      rule: vote.rule,
      secret: vote.secret,
      rollSha256: vote.rollSha256,
      openedAt: vote.openedAt.toISOString(),
      closesAt: vote.closesAt.toISOString(),
      ...parts,
      // Only when set: results published before these were recorded keep hashing as they did.
      ...(vote.noticePostedAt ? { noticePostedAt: vote.noticePostedAt.toISOString() } : {}),
      ...(vote.channel === 'official'
        ? { channel: vote.channel, externalRef: vote.externalRef, documentIds: vote.documentIds }
        : {}),
    };
  }

  async createProposal(
    compoundId: number,
    principal: Principal,
    input: { title: string; body: string },
  ): Promise<ProposalView> {
    const raisedBy = principal.personId;
    const role = await this.timeline.actingRole(principal, compoundId);
    const saved = await this.proposals.save(
      this.proposals.create({
        compoundId,
        title: input.title.trim(),
        body: input.body.trim(),
        stage: 'raised',
        raisedBy,
      }),
    );
    await this.timeline.record({
      proposalId: saved.id,
      kind: 'raised',
      actorId: raisedBy,
      actorRole: role,
      text: saved.title,
    });
    return this.proposal(saved.id);
  }

  async proposalsOf(compoundId: number): Promise<ProposalView[]> {
    const rows = await this.proposals.find({ where: { compoundId }, order: { id: 'DESC' }, take: 100 });
    const votes = rows.length ? await this.votes.find({ where: { proposalId: In(rows.map((p) => p.id)) } }) : [];
    const rolls = await this.rolls(votes.map((v) => v.id));
    const views = await Promise.all(votes.map((v) => this.voteView(v, rolls.get(v.id))));
    const polls = rows.length
      ? await this.dataSource.getRepository(ResidentPoll).find({
          where: { proposalId: In(rows.map((p) => p.id)) },
          select: { id: true, proposalId: true },
        })
      : [];
    return rows.map((p) =>
      this.toProposalView(
        p,
        views.find((v) => v.proposalId === p.id) ?? null,
        polls.find((x) => x.proposalId === p.id)?.id ?? null,
      ),
    );
  }

  async proposal(id: number): Promise<ProposalView> {
    const p = await this.proposals.findOne({ where: { id } });
    if (!p) throw new DomainException('NOT_FOUND');
    const vote = await this.votes.findOne({ where: { proposalId: id } });
    const poll = await this.dataSource
      .getRepository(ResidentPoll)
      .findOne({ where: { proposalId: id }, select: { id: true } });
    return this.toProposalView(p, vote ? await this.voteView(vote) : null, poll?.id ?? null);
  }

  private toProposalView(p: Proposal, vote: OwnerVoteView | null, pollId: number | null): ProposalView {
    return {
      id: p.id,
      compoundId: p.compoundId,
      title: p.title,
      body: p.body,
      stage: p.stage,
      createdAt: p.createdAt.toISOString(),
      vote,
      pollId,
    };
  }

  /**
   * Opens an owner vote on a proposal and freezes its roll: every unit of the compound with its area, owner key
   * and developer-unsold flag as they are now, copied by one INSERT … SELECT, and hashed for the published result.
   */
  async open(proposalId: number, principal: Principal, request: OpenOwnerVoteRequest): Promise<OwnerVoteView> {
    const by = principal.personId;
    const proposal = await this.proposals.findOne({ where: { id: proposalId } });
    if (!proposal) throw new DomainException('NOT_FOUND');
    const now = wholeSeconds();
    const opensAt = request.opensAt ? parseInstant(request.opensAt, '表决开始时间格式不对') : now;
    if (opensAt.getTime() < now.getTime()) throw new DomainException('VALIDATION_FAILED', '表决开始时间不能早于现在');
    const closesAt = closingTime(request.closesAt);
    if (closesAt.getTime() <= opensAt.getTime() + 3600_000)
      throw new DomainException('VALIDATION_FAILED', '截止时间须晚于表决开始时间');
    // Without a notice posted earlier, announcing the vote here is the notice (its reminder goes to every owner).
    const noticePostedAt = this.noticeTime(request.noticePostedAt ?? now.toISOString(), opensAt);
    if (request.noticeAttachmentId !== undefined)
      await this.files.requireOwn(proposal.compoundId, [request.noticeAttachmentId], '公告照片', true, by);
    const scheduled = opensAt.getTime() > now.getTime();
    const voteId = await this.dataSource.transaction(async (manager) => {
      await assertUndecided(manager, proposalId);
      const vote = await manager.save(
        OwnerVote,
        manager.create(OwnerVote, {
          proposalId,
          compoundId: proposal.compoundId,
          matterNo: request.matterNo,
          rule: ruleOf(request.matterNo),
          secret: request.secret,
          status: scheduled ? 'announced' : 'open',
          openedAt: opensAt,
          closesAt,
          closedAt: null,
          openedBy: by,
          rollSha256: '',
          channel: 'here',
          noticePostedAt,
          noticeAttachmentId: request.noticeAttachmentId ?? null,
        }),
      );
      // The posted notice is for every owner to see.
      if (request.noticeAttachmentId !== undefined)
        await this.files.setVisibility([request.noticeAttachmentId], 'compound', manager);
      const actorRole = await this.timeline.actingRole(principal, proposal.compoundId);
      if (scheduled)
        await this.timeline.record(
          {
            proposalId,
            kind: 'vote_announced',
            actorId: by,
            actorRole,
            text: `业主共同决定表决公告（《民法典》第二百七十八条第${request.matterNo}项）：${chinaMinute(opensAt)} 开始，${chinaMinute(closesAt)} 截止`,
          },
          manager,
        );
      else await this.startVote(manager, vote, { actorId: by, actorRole });
      return vote.id;
    });
    return this.voteView(await this.votes.findOneByOrFail({ id: voteId }));
  }

  /**
   * Opens the announced votes whose time has come (the reminder scheduler calls it): each one's roll is frozen at
   * that moment. A vote another run opened first is left alone. Returns how many it opened.
   */
  async openAnnounced(now: number): Promise<number> {
    const due = await this.votes.find({ where: { status: 'announced', openedAt: LessThanOrEqual(new Date(now)) } });
    let opened = 0;
    for (const vote of due) {
      const done = await this.dataSource.transaction(async (manager) => {
        const moved = await manager.update(OwnerVote, { id: vote.id, status: 'announced' }, { status: 'open' });
        if (!moved.affected) return false;
        await this.startVote(manager, vote, { actorId: vote.openedBy, actorRole: 'system' });
        return true;
      });
      if (done) opened++;
    }
    return opened;
  }

  /**
   * The moment a vote opens: its roll frozen (every unit of the compound with its area, owner key and
   * developer-unsold flag, copied by one INSERT … SELECT and hashed for the published result), the proposal at the
   * voting stage, and the opening on the timeline.
   */
  private async startVote(
    manager: EntityManager,
    vote: OwnerVote,
    by: { actorId: number; actorRole: Role | 'system' },
  ): Promise<void> {
    await manager.query(
      'INSERT INTO vote_roll (voteId, unitId, areaCentiM2, ownerKey, developerUnsold) SELECT ?, id, areaCentiM2, ownerKey, developerUnsold FROM unit WHERE compoundId = ?',
      [vote.id, vote.compoundId],
    );
    const roll = await manager.find(VoteRoll, { where: { voteId: vote.id }, order: { unitId: 'ASC' } });
    if (roll.length === 0) throw new DomainException('CONFLICT', '小区还没有房屋花名册，不能发起业主表决');
    const canonical = canonicalJson(roll.map((r) => [r.unitId, r.areaCentiM2, r.ownerKey, r.developerUnsold]));
    await manager.update(OwnerVote, { id: vote.id }, { rollSha256: sha256(canonical) });
    await manager.update(Proposal, { id: vote.proposalId }, { stage: 'voting' });
    const text = `业主共同决定表决开始（《民法典》第二百七十八条第${vote.matterNo}项），已于 ${chinaDay(vote.noticePostedAt!)} 公告，${chinaMinute(vote.closesAt)} 截止`;
    await this.timeline.record({ proposalId: vote.proposalId, kind: 'vote_opened', ...by, text }, manager);
  }

  /** The notice's time: not in the future, and at least VOTE_NOTICE_DAYS days before the vote opens. */
  private noticeTime(iso: string, opensAt: Date): Date {
    const at = parseInstant(iso, '公告张贴时间格式不对');
    if (at.getTime() > Date.now()) throw new DomainException('VALIDATION_FAILED', '公告张贴时间不能晚于现在');
    if (opensAt.getTime() - at.getTime() < VOTE_NOTICE_DAYS * DAY)
      throw new DomainException(
        'VOTE_NOTICE_TOO_SHORT',
        `业主表决须在开始前至少 ${VOTE_NOTICE_DAYS} 日通知全体业主（《物业管理条例》第十四条）：公告于 ${chinaDay(at)}，最早可于 ${chinaDay(new Date(at.getTime() + VOTE_NOTICE_DAYS * DAY))} 开始表决`,
      );
    return at;
  }

  /**
   * Records a decision held on Sichuan's official e-voting system: its counted parts and result document,
   * evaluated by the same rules, published on the compound's chain like a result held here. No ballots are cast.
   */
  async importOfficial(
    proposalId: number,
    principal: Principal,
    request: ImportOfficialResultRequest,
  ): Promise<OwnerVoteView> {
    const proposal = await this.proposals.findOne({ where: { id: proposalId } });
    if (!proposal) throw new DomainException('NOT_FOUND');
    const closedAt = parseInstant(request.closedAt, '表决结束时间格式不对');
    if (closedAt.getTime() > Date.now())
      throw new DomainException('VALIDATION_FAILED', '官方系统的表决结束时间不能晚于现在');
    const { total, agreed, disagreed, abstained } = request;
    if (
      total.headcount === 0 ||
      total.areaCentiM2 === 0 ||
      agreed.headcount + disagreed.headcount + abstained.headcount > total.headcount ||
      agreed.areaCentiM2 + disagreed.areaCentiM2 + abstained.areaCentiM2 > total.areaCentiM2
    )
      throw new DomainException('VALIDATION_FAILED', '参与表决的面积和人数不能超过总面积和总人数，总数须大于零');
    await this.files.requireOwn(proposal.compoundId, request.attachmentIds, '表决结果文件', false, principal.personId);
    const part = (p: TallyPart): TallyPart => ({ areaCentiM2: p.areaCentiM2, headcount: p.headcount });
    const voteId = await this.dataSource.transaction(async (manager) => {
      await assertUndecided(manager, proposalId);
      const vote = await manager.save(
        OwnerVote,
        manager.create(OwnerVote, {
          proposalId,
          compoundId: proposal.compoundId,
          matterNo: request.matterNo,
          rule: ruleOf(request.matterNo),
          secret: true,
          status: 'closed',
          openedAt: closedAt,
          closesAt: closedAt,
          closedAt,
          openedBy: principal.personId,
          rollSha256: '',
          channel: 'official',
          externalRef: request.externalRef.trim(),
          importedParts: JSON.stringify({
            total: part(total),
            agreed: part(agreed),
            disagreed: part(disagreed),
            abstained: part(abstained),
          }),
          documentIds: request.attachmentIds.join(','),
        }),
      );
      await this.files.setVisibility(request.attachmentIds, 'compound', manager);
      await manager.update(Proposal, { id: proposalId }, { stage: 'published' });
      const link = await this.publications.append(
        manager,
        proposal.compoundId,
        'vote_result',
        vote.id,
        principal.personId,
      );
      await this.timeline.record(
        {
          proposalId,
          kind: 'vote_closed',
          actorId: principal.personId,
          actorRole: await this.timeline.actingRole(principal, proposal.compoundId),
          text: `在四川省业主电子投票系统表决（编号 ${vote.externalRef}），结果已导入并公示（第 ${link.seq} 号公示）`,
          attachmentIds: request.attachmentIds,
        },
        manager,
      );
      return vote.id;
    });
    return this.voteView(await this.votes.findOneByOrFail({ id: voteId }));
  }

  private async voteView(v: OwnerVote, roll?: TallyPart & { units: number }): Promise<OwnerVoteView> {
    const imported = importedPartsOf(v);
    const total =
      roll ??
      (imported
        ? { ...imported.total, units: 0 }
        : ((await this.rolls([v.id])).get(v.id) as TallyPart & { units: number }));
    return {
      id: v.id,
      proposalId: v.proposalId,
      matterNo: v.matterNo as MatterNo,
      rule: v.rule,
      secret: v.secret,
      status: v.status === 'announced' ? 'announced' : this.isOpen(v) ? 'open' : 'closed',
      openedAt: v.openedAt.toISOString(),
      closesAt: v.closesAt.toISOString(),
      closedAt: v.closedAt ? v.closedAt.toISOString() : null,
      channel: v.channel,
      externalRef: v.externalRef,
      documents: v.documentIds
        ? (await this.files.byIds(v.documentIds.split(',').map(Number))).map(toAttachmentView)
        : [],
      noticePostedAt: v.noticePostedAt ? v.noticePostedAt.toISOString() : null,
      noticeAttachmentId: v.noticeAttachmentId,
      roll: { units: total.units, headcount: total.headcount, areaCentiM2: total.areaCentiM2, sha256: v.rollSha256 },
    };
  }

  /** Open until closed by hand or until its closing time passes. */
  private isOpen(v: OwnerVote): boolean {
    return v.status === 'open' && v.closesAt.getTime() > Date.now();
  }

  /** Units, owners (headcount) and area of the frozen rolls of these votes, by one grouped query. */
  private async rolls(
    voteIds: number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, TallyPart & { units: number }>> {
    if (voteIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT voteId, COUNT(*) AS units, COUNT(DISTINCT ownerKey) AS headcount, SUM(areaCentiM2) AS area FROM vote_roll WHERE voteId IN (${voteIds.map(() => '?').join(',')}) GROUP BY voteId`,
      voteIds,
    )) as {
      voteId: number | string;
      units: number | string;
      headcount: number | string;
      area: number | string | null;
    }[];
    const byVote = new Map(
      rows.map((r) => [
        Number(r.voteId),
        { units: Number(r.units), headcount: Number(r.headcount), areaCentiM2: Number(r.area ?? 0) },
      ]),
    );
    return new Map(voteIds.map((id) => [id, byVote.get(id) ?? { units: 0, headcount: 0, areaCentiM2: 0 }]));
  }

  /** The owner keys this person votes for: those of the frozen roll's units they are a verified owner of. */
  /**
   * An owner's ballot, for all their units. The last ballot counts and every ballot is kept. With an
   * Idempotency-Key, the same key and body answer the first receipt again without a second ballot, and the
   * same key with another body is refused.
   */
  async cast(
    voteId: number,
    personId: number,
    request: CastBallotRequest,
    idempotencyKey: string | null,
  ): Promise<BallotReceipt> {
    // One query: the vote's state and the caller's owner keys on its frozen roll.
    const rows = (await this.dataSource.query(
      `SELECT v.status AS status, v.closesAt AS closesAt, r.ownerKey AS ownerKey
         FROM owner_vote v
         LEFT JOIN vote_roll r ON r.voteId = v.id AND r.developerUnsold = ?
              AND r.unitId IN (SELECT o.unitId FROM unit_owner o WHERE o.personId = ?)
        WHERE v.id = ?`,
      [false, personId, voteId],
    )) as { status: OwnerVote['status']; closesAt: Date | string; ownerKey: string | null }[];
    if (rows.length === 0) throw new DomainException('NOT_FOUND');
    const closesAt = fromSqlTime(rows[0].closesAt);
    if (rows[0].status === 'announced') throw new DomainException('VOTE_NOT_OPEN');
    if (rows[0].status !== 'open' || closesAt.getTime() <= Date.now()) throw new DomainException('VOTE_CLOSED');
    const keys = [...new Set(rows.map((r) => r.ownerKey).filter((k): k is string => k !== null))].sort();
    if (keys.length === 0) throw new DomainException('NOT_AN_OWNER');
    const requestSha256 = sha256(canonicalJson({ choice: request.choice }));
    const castAt = wholeSeconds();
    const ballots = keys.map((ownerKey) => ({
      voteId,
      ownerKey,
      choice: request.choice,
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
      await this.dataSource.createQueryBuilder().insert().into(Ballot).values(ballots).updateEntity(false).execute();
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
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    if (vote.status === 'announced') throw new DomainException('VOTE_NOT_OPEN');
    if (!this.isOpen(vote)) throw new DomainException('VOTE_CLOSED');
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
    const documents = [
      request.scanAttachmentId,
      ...(request.method === 'proxy' ? [request.proxyDocumentId as number] : []),
    ];
    await this.files.requireOwn(vote.compoundId, documents, '扫描件');
    const saved = await this.ballots.save(
      this.ballots.create({
        voteId,
        ownerKey: unit.ownerKey,
        choice: request.choice,
        method: request.method,
        enteredBy,
        idempotencyKey: null,
        requestSha256: sha256(canonicalJson({ ...request })),
        receiptCode: receiptCode(),
        madeAt,
        scanAttachmentId: request.scanAttachmentId,
        proxyName: request.method === 'proxy' ? (request.proxyName ?? '').trim() : null,
        proxyDocumentId: request.method === 'proxy' ? (request.proxyDocumentId ?? null) : null,
      }),
    );
    return this.receipt(saved);
  }

  /** Every ballot of a vote for its organisers: how it was made, who entered it, whether it counts. */
  async ballotRecords(voteId: number): Promise<BallotRecordView[]> {
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    const rows = (await this.dataSource.query(
      `SELECT b.id AS id, (${LAST_BALLOT}) AS countedId FROM ballot b WHERE b.voteId = ? ORDER BY b.id`,
      [voteId],
    )) as { id: number | string; countedId: number | string }[];
    const counted = new Set(rows.filter((r) => Number(r.id) === Number(r.countedId)).map((r) => Number(r.id)));
    const ballots = await this.ballots.find({ where: { voteId }, order: { id: 'ASC' } });
    const names = await this.people.contacts(ballots.map((b) => b.enteredBy));
    const unitRows = (await this.dataSource.query(
      'SELECT r.ownerKey AS ownerKey, p.name AS building, u.room AS room FROM vote_roll r JOIN unit u ON u.id = r.unitId JOIN place p ON p.id = u.buildingId WHERE r.voteId = ? AND r.ownerKey IN (SELECT DISTINCT ownerKey FROM ballot WHERE voteId = ?) ORDER BY r.unitId',
      [voteId, voteId],
    )) as { ownerKey: string; building: string; room: string }[];
    return ballots.map((b) => ({
      id: b.id,
      method: b.method,
      madeAt: (b.madeAt ?? b.castAt).toISOString(),
      enteredAt: b.castAt.toISOString(),
      enteredBy: names.get(b.enteredBy)?.name ?? `用户${b.enteredBy}`,
      choice: vote.secret ? null : b.choice,
      units: unitRows.filter((u) => u.ownerKey === b.ownerKey).map((u) => `${u.building} ${u.room}`),
      proxyName: b.proxyName,
      scanAttachmentId: b.scanAttachmentId,
      proxyDocumentId: b.proxyDocumentId,
      counted: counted.has(b.id),
    }));
  }

  private receipt(b: Ballot): BallotReceipt {
    return {
      voteId: b.voteId,
      receiptCode: b.receiptCode,
      choice: b.choice,
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
    return { found: true, counted: Number(last?.id) === ballot.id, castAt: ballot.castAt.toISOString() };
  }

  /** The counted parts of a vote, summed by SQL over the frozen roll and each owner's counted ballot. */
  private async parts(
    voteId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Pick<OwnerVoteTallyView, 'total' | 'agreed' | 'disagreed' | 'abstained'>> {
    const imported = importedPartsOf(await manager.findOneByOrFail(OwnerVote, { id: voteId }));
    if (imported) return imported;
    const rows = (await manager.query(
      `SELECT b.choice AS choice, COUNT(DISTINCT r.ownerKey) AS headcount, SUM(r.areaCentiM2) AS area
         FROM vote_roll r
         JOIN ballot b ON b.voteId = r.voteId AND b.ownerKey = r.ownerKey
        WHERE r.voteId = ?
          AND b.id = (${LAST_BALLOT})
        GROUP BY b.choice`,
      [voteId],
    )) as { choice: TallyBallot['choice']; headcount: number | string; area: number | string }[];
    const part = (choice: TallyBallot['choice']): TallyPart => {
      const row = rows.find((r) => r.choice === choice);
      return { areaCentiM2: Number(row?.area ?? 0), headcount: Number(row?.headcount ?? 0) };
    };
    const { headcount, areaCentiM2 } = (await this.rolls([voteId], manager)).get(voteId) as TallyPart;
    return {
      total: { areaCentiM2, headcount },
      agreed: part('agree'),
      disagreed: part('disagree'),
      abstained: part('abstain'),
    };
  }

  /** The tally summed by SQL over the frozen roll and each owner's last ballot; never every ballot in memory. */
  async tally(voteId: number): Promise<OwnerVoteTallyView> {
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    return {
      voteId,
      status: vote.status === 'announced' ? 'announced' : this.isOpen(vote) ? 'open' : 'closed',
      asOf: new Date().toISOString(),
      ...evaluateOwnerDecision(vote.rule, await this.parts(voteId)),
    };
  }

  /** A vote's result with its explanation and, once closed, its link on the compound's chain. */
  async result(voteId: number): Promise<OwnerVoteResultView> {
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    const tally = await this.tally(voteId);
    const link = (await this.publications.linksOf('vote_result', [voteId])).get(voteId);
    const publication = link ? toPublicationView(link) : null;
    return {
      vote: await this.voteView(vote),
      tally,
      explanation: explainOwnerDecision(tally),
      publication: publication && {
        seq: publication.seq,
        contentHash: publication.contentHash,
        hash: publication.hash,
        publishedAt: publication.publishedAt,
      },
    };
  }

  /** Participation per building, summed by SQL over the roll and each owner's counted ballot. */
  async turnout(voteId: number): Promise<BuildingTurnout[]> {
    const rows = (await this.dataSource.query(
      `SELECT u.buildingId AS buildingId, p.name AS building, COUNT(*) AS units, SUM(r.areaCentiM2) AS area,
              SUM(CASE WHEN b.id IS NULL THEN 0 ELSE 1 END) AS votedUnits,
              SUM(CASE WHEN b.id IS NULL THEN 0 ELSE r.areaCentiM2 END) AS votedArea
         FROM vote_roll r
         JOIN unit u ON u.id = r.unitId
         JOIN place p ON p.id = u.buildingId
         LEFT JOIN ballot b ON b.voteId = r.voteId AND b.ownerKey = r.ownerKey AND b.id = (${LAST_BALLOT})
        WHERE r.voteId = ?
        GROUP BY u.buildingId, p.name
        ORDER BY u.buildingId`,
      [voteId],
    )) as Record<string, number | string>[];
    return rows.map((r) => ({
      buildingId: Number(r.buildingId),
      building: String(r.building),
      units: Number(r.units),
      votedUnits: Number(r.votedUnits),
      areaCentiM2: Number(r.area),
      votedAreaCentiM2: Number(r.votedArea),
    }));
  }

  /** Each unit's counted choice, in an open vote only: a secret vote publishes totals and nothing else. */
  async choices(voteId: number): Promise<UnitChoiceView[]> {
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    if (vote.secret) throw new DomainException('FORBIDDEN', '这是秘密表决，只公布总数，不公布每户的选择');
    const rows = (await this.dataSource.query(
      `SELECT p.name AS building, u.room AS room, b.choice AS choice
         FROM vote_roll r
         JOIN unit u ON u.id = r.unitId
         JOIN place p ON p.id = u.buildingId
         JOIN ballot b ON b.voteId = r.voteId AND b.ownerKey = r.ownerKey AND b.id = (${LAST_BALLOT})
        WHERE r.voteId = ?
        ORDER BY r.unitId`,
      [voteId],
    )) as { building: string; room: string; choice: TallyBallot['choice'] }[];
    return rows.map((r) => ({ unit: `${r.building} ${r.room}`, choice: r.choice }));
  }

  /** Closing fixes the result: it is published on the compound's chain in the same transaction. */
  async close(voteId: number, principal: Principal): Promise<OwnerVoteView> {
    const closedBy = principal.personId;
    const vote = await this.votes.findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    if (vote.status === 'closed') throw new DomainException('VOTE_CLOSED');
    if (vote.status === 'announced') throw new DomainException('VOTE_NOT_OPEN');
    const closedAt = wholeSeconds();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(OwnerVote, { id: voteId, status: 'open' }, { status: 'closed', closedAt });
      await manager.update(Proposal, { id: vote.proposalId }, { stage: 'published' });
      const link = await this.publications.append(manager, vote.compoundId, 'vote_result', voteId, closedBy);
      const role = await this.timeline.actingRole(principal, vote.compoundId);
      await this.timeline.record(
        {
          proposalId: vote.proposalId,
          kind: 'vote_closed',
          actorId: closedBy,
          actorRole: role,
          text: `表决结束，结果已公示（第 ${link.seq} 号公示）`,
        },
        manager,
      );
    });
    return this.voteView(await this.votes.findOneByOrFail({ id: voteId }));
  }
}
