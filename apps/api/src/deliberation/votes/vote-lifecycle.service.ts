import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { chinaMinute, formatDateCn, formatMinuteCn, type OwnerVoteView } from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { wholeSeconds } from '../../common/time/whole-seconds.js';
import { PublicationService } from '../../disclosure/publication/publication.service.js';
import { NotificationService, type Notice } from '../../notification/notification.service.js';
import { UnitService } from '../../place/unit.service.js';
import { GrantService } from '../../identity/grant.service.js';
import { idsOfPath } from '../../place/place-path.js';
import { PlaceService } from '../../place/place.service.js';
import { OwnerVote, Proposal, VoteObjection } from '../deliberation.entities.js';
import { ProposalService } from '../proposals/proposal.service.js';
import { VoteViews } from './vote-views.js';

const DAY = 24 * 3600_000;

/**
 * The life of an owner vote after it opens: it closes at its closing time by itself (nobody closes it early), its
 * preliminary result is published and open to objections for the compound's period, then it becomes final once
 * every objection is answered. Organisers may terminate (中止) it before closing: void, with a reason, nothing revealed.
 * Each transition is a conditional UPDATE, so two schedulers at once do it once.
 */
@Injectable()
export class VoteLifecycle implements OnModuleInit {
  private readonly logger = new Logger(VoteLifecycle.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationService,
    private readonly notifications: NotificationService,
    private readonly timeline: ProposalService,
    private readonly views: VoteViews,
    private readonly units: UnitService,
    private readonly grants: GrantService,
    private readonly places: PlaceService,
  ) {}

  onModuleInit(): void {
    this.publications.register('vote_terminated', (manager, voteId) => this.terminationContent(manager, voteId));
  }

  private async terminationContent(manager: EntityManager, voteId: number): Promise<unknown> {
    const v = await manager.findOneByOrFail(OwnerVote, { id: voteId });
    return {
      kind: 'vote_terminated',
      compoundId: v.compoundId,
      proposalId: v.proposalId,
      matterNo: v.matterNo,
      openedAt: v.openedAt.toISOString(),
      closesAt: v.closesAt.toISOString(),
      rollSha256: v.rollSha256,
      terminatedAt: v.terminatedAt?.toISOString() ?? null,
      terminatedBy: v.terminatedBy,
      terminatedByRole: v.terminatedByRole,
      reason: v.terminationReason,
    };
  }

  /**
   * Closes the votes whose closing time has come and publishes each preliminary result on the compound's chain;
   * a vote another run closed first is left alone. Returns how many it closed.
   */
  async closeDue(now: number): Promise<number> {
    const due = await this.dataSource
      .getRepository(OwnerVote)
      .find({ where: { status: 'open', closesAt: LessThanOrEqual(new Date(now)) }, select: { id: true } });
    let closed = 0;
    for (const { id } of due) if (await this.closeOne(id, now)) closed++;
    return closed;
  }

  /** Closing by hand is refused before the closing time; after it, it does what the scheduler would. */
  async close(voteId: number): Promise<OwnerVoteView> {
    const vote = await this.find(voteId);
    if (vote.status === 'announced') throw new DomainException('VOTE_NOT_OPEN');
    if (vote.status === 'open' && vote.closesAt.getTime() > Date.now()) throw new DomainException('VOTE_STILL_OPEN');
    if (vote.status === 'open') await this.closeOne(voteId, Date.now());
    else throw new DomainException('VOTE_CLOSED');
    return this.views.view(await this.find(voteId));
  }

  /** One vote closed, its preliminary result published, exactly once: only the run whose UPDATE moved it goes on. */
  private async closeOne(voteId: number, now: number): Promise<boolean> {
    const done = await this.dataSource.transaction(async (manager) => {
      // The UPDATE comes first: it waits for ballots being cast (they hold the vote row shared, see BallotService)
      // and turns away later ones, so the count read after it is the whole count.
      const moved = await manager
        .createQueryBuilder()
        .update(OwnerVote)
        .set({ status: 'closed', closedAt: () => 'closesAt' })
        .where('id = :voteId AND status = :open AND closesAt <= :now', { voteId, open: 'open', now: new Date(now) })
        .execute();
      if (!moved.affected) return null;
      const vote = await manager.findOneByOrFail(OwnerVote, { id: voteId });
      const closedAt = vote.closesAt; // the result is as of the closing time, whenever the run came
      const [{ last }] = (await manager.query('SELECT MAX(id) AS last FROM ballot WHERE voteId = ?', [voteId])) as {
        last: number | string | null;
      }[];
      const days = vote.objectionDays;
      Object.assign(vote, {
        lastBallotId: Number(last ?? 0),
        objectionEndsAt: days ? new Date(closedAt.getTime() + days * DAY) : null,
        finalAt: days ? null : closedAt,
      });
      await manager.update(
        OwnerVote,
        { id: voteId },
        { lastBallotId: vote.lastBallotId, objectionEndsAt: vote.objectionEndsAt, finalAt: vote.finalAt },
      );
      await manager.update(Proposal, { id: vote.proposalId }, { stage: 'published' });
      const link = await this.publications.append(manager, vote.compoundId, 'vote_result', voteId, vote.openedBy);
      const period = days ? `，询异公示至 ${formatDateCn(new Date(closedAt.getTime() + days * DAY))}` : '';
      await this.timeline.record(
        {
          proposalId: vote.proposalId,
          kind: 'vote_closed',
          actorId: vote.openedBy,
          actorRole: 'system',
          text: `表决于 ${formatMinuteCn(closedAt)} 截止，初步结果已公示（第 ${link.seq} 号公示）${period}`,
        },
        manager,
      );
      return vote;
    });
    if (done) await this.tellOwners(done, 'vote_result', '表决已截止，初步结果已公示');
    return done !== null;
  }

  /** Terminates (中止) an announced or open vote before its closing time: void, with a written reason, nothing revealed. */
  async terminate(voteId: number, principal: Principal, reason: string): Promise<OwnerVoteView> {
    const vote = await this.find(voteId);
    if (vote.channel !== 'here' || !['announced', 'open'].includes(vote.status))
      throw new DomainException('VOTE_CLOSED');
    const now = wholeSeconds();
    if (vote.closesAt.getTime() <= now.getTime())
      throw new DomainException('VOTE_CLOSED', '表决已到截止时间，不能再中止');
    const role = await this.timeline.actingRole(principal, vote.compoundId);
    const text = reason.trim();
    await this.dataSource.transaction(async (manager) => {
      const moved = await manager.update(
        OwnerVote,
        { id: voteId, status: In(['announced', 'open']) },
        {
          status: 'terminated',
          terminatedAt: now,
          terminatedBy: principal.personId,
          terminatedByRole: role,
          terminationReason: text,
        },
      );
      if (!moved.affected) throw new DomainException('VOTE_CLOSED');
      await manager.update(Proposal, { id: vote.proposalId }, { stage: 'terminated' });
      const link = await this.publications.append(
        manager,
        vote.compoundId,
        'vote_terminated',
        voteId,
        principal.personId,
      );
      await this.timeline.record(
        {
          proposalId: vote.proposalId,
          kind: 'vote_terminated',
          actorId: principal.personId,
          actorRole: role,
          text: `表决已中止，本次表决无效，不公布任何票数（第 ${link.seq} 号公示）。理由：${text}`,
        },
        manager,
      );
    });
    const updated = await this.find(voteId);
    await this.tellOwners(updated, 'vote_terminated', '表决已中止，本次表决无效');
    return this.views.view(updated);
  }

  /**
   * Makes final the results whose objection period has ended with every objection answered; for those still waiting
   * on answers, tells the community's admins (once). Returns how many became final.
   */
  async finalizeDue(now: number): Promise<number> {
    const due = await this.dataSource.getRepository(OwnerVote).find({
      where: { status: 'closed', finalAt: IsNull(), objectionEndsAt: LessThanOrEqual(new Date(now)) },
      select: { id: true },
    });
    let finals = 0;
    for (const { id } of due) if (await this.finalize(id, now)) finals++;
    return finals;
  }

  /** Final when the period is over and nothing is unanswered; otherwise the admins are told what waits. */
  async finalize(voteId: number, now: number): Promise<boolean> {
    const unanswered = await this.dataSource
      .getRepository(VoteObjection)
      .count({ where: { voteId, answeredAt: IsNull() } });
    const vote = await this.find(voteId);
    if (unanswered > 0) {
      await this.tellAdmins(vote, unanswered);
      return false;
    }
    const finalAt = wholeSeconds(new Date(now));
    const done = await this.dataSource.transaction(async (manager) => {
      const moved = await manager
        .createQueryBuilder()
        .update(OwnerVote)
        .set({ finalAt })
        .where('id = :voteId AND status = :closed AND finalAt IS NULL AND objectionEndsAt <= :now', {
          voteId,
          closed: 'closed',
          now: new Date(now),
        })
        .execute();
      if (!moved.affected) return false;
      const link = await this.publications.append(manager, vote.compoundId, 'vote_final', voteId, vote.openedBy);
      await this.timeline.record(
        {
          proposalId: vote.proposalId,
          kind: 'result_final',
          actorId: vote.openedBy,
          actorRole: 'system',
          text: `询异公示期满，异议均已答复，表决结果生效（第 ${link.seq} 号公示）`,
        },
        manager,
      );
      return true;
    });
    if (done) await this.tellOwners(vote, 'vote_final', '询异期满，表决结果已生效');
    return done;
  }

  private async find(voteId: number): Promise<OwnerVote> {
    const vote = await this.dataSource.getRepository(OwnerVote).findOne({ where: { id: voteId } });
    if (!vote) throw new DomainException('NOT_FOUND');
    return vote;
  }

  /** The owners of the vote (its frozen roll once open; the compound's verified owners while announced). */
  private async tellOwners(vote: OwnerVote, topic: Notice['topic'], what: string): Promise<void> {
    const people =
      vote.status === 'announced' || !vote.rollSha256
        ? await this.units.currentOwnerIds(vote.compoundId)
        : await this.units.ownerIdsForRoll(
            (await this.dataSource.query('SELECT unitId, ownerKey FROM vote_roll WHERE voteId = ?', [vote.id])) as {
              unitId: number;
              ownerKey: string;
            }[],
            vote.openedAt,
          );
    await this.send(vote, topic, what, people);
  }

  /** The community's admins, once per vote, when its objection period ended with objections unanswered. */
  private async tellAdmins(vote: OwnerVote, unanswered: number): Promise<void> {
    const ids = idsOfPath((await this.places.getCompound(vote.compoundId)).path); // district … community, compound
    const admins = await this.grants.holdersOfRole('community_admin', ids[ids.length - 2]);
    await this.send(vote, 'objections_waiting', `询异期已满，还有 ${unanswered} 条异议未答复`, admins);
  }

  private async send(vote: OwnerVote, topic: Notice['topic'], what: string, people: number[]): Promise<void> {
    const told = await this.notifications.notifiedPeople(topic, vote.id);
    const title = (await this.dataSource.getRepository(Proposal).findOne({ where: { id: vote.proposalId } }))?.title;
    for (const personId of people.filter((p) => !told.has(p)))
      await this.notifications
        .notify({
          personId,
          topic,
          subjectId: vote.id,
          page: `deliberation/pages/proposal/index?id=${vote.proposalId}`,
          data: {
            thing1: { value: (title ?? '').slice(0, 20) },
            thing2: { value: what.slice(0, 20) },
            time3: { value: chinaMinute(new Date()) },
          },
        })
        .catch((err: unknown) => this.logger.warn(`notice ${topic} to ${personId} failed: ${(err as Error).message}`));
  }
}
