import { chinaMinute } from '@xiaoqu/shared';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MoreThan, type DataSource } from 'typeorm';
import { OwnerVote, VoteRoll } from '../deliberation.entities.js';
import { AppConfig } from '../../common/config/app-config.js';
import { NotificationService } from '../../notification/notification.service.js';
import { VoteService } from './vote.service.js';
import { VoteLifecycle } from './vote-lifecycle.service.js';
import { UnitService } from '../../place/unit.service.js';
import { ScheduledJobs } from '../../scheduling/scheduled-jobs.service.js';

const DAY = 24 * 3600_000;

/**
 * The owner votes' clock: opens announced votes at their time, closes open ones at theirs (publishing the
 * preliminary result), makes results final when their objection period is over; and reminds owners once when a
 * vote is announced, when it opens and a day before it closes (WeChat subscribe messages, for owners who accepted
 * the template). Runs every REMINDER_INTERVAL_SECONDS on the replica holding its lease (ScheduledJobs), and each step
 * is done once however many runs overlap; tests call `run(now)`.
 */
@Injectable()
export class VoteReminders implements OnApplicationBootstrap {
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly votes: VoteService,
    private readonly lifecycle: VoteLifecycle,
    private readonly units: UnitService,
    private readonly config: AppConfig,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.leased('vote-reminders', this.config.REMINDER_INTERVAL_SECONDS * 1000, () => this.run(Date.now()));
  }

  /**
   * Opens the announced votes whose time has come, then sends the notices due at `now`; returns how many notices
   * were attempted.
   */
  run(now: number): Promise<number> {
    // One run at a time in this process: SQLite has one connection for every transaction, and a reminder checked
    // by two overlapping runs would go out twice. Across replicas, the lease keeps runs to one replica (no reminder
    // twice), and each step's conditional UPDATE decides should two runs still meet (a lease lost mid-run).
    const next = this.running.catch(() => undefined).then(() => this.runOnce(now));
    this.running = next;
    return next;
  }

  private async runOnce(now: number): Promise<number> {
    await this.votes.openAnnounced(now);
    await this.lifecycle.closeDue(now);
    await this.lifecycle.finalizeDue(now);
    let attempted = 0;
    // Announced: every verified owner of the compound now (the roll is frozen only when the vote opens).
    const announced = await this.dataSource
      .getRepository(OwnerVote)
      .find({ where: { status: 'announced' }, relations: { proposal: true } });
    for (const vote of announced)
      attempted += await this.remind(
        vote,
        'vote_announced',
        '业主表决公告',
        vote.openedAt,
        await this.units.currentOwnerIds(vote.compoundId),
      );
    // Open: the owners of the frozen roll who use the app, verified persons of its units.
    const open = await this.dataSource.getRepository(OwnerVote).find({
      where: { status: 'open', closesAt: MoreThan(new Date(now)) },
      relations: { proposal: true },
    });
    for (const vote of open) {
      const closing = vote.closesAt.getTime() - now <= DAY;
      attempted += await this.remind(
        vote,
        closing ? 'vote_closing' : 'vote_opened',
        closing ? '表决将在24小时内截止' : '业主表决已开始',
        vote.closesAt,
        await this.units.ownerIdsForRoll(
          await this.dataSource.getRepository(VoteRoll).find({
            where: { voteId: vote.id },
            select: { unitId: true, ownerKey: true },
          }),
          vote.openedAt,
        ),
      );
    }
    return attempted;
  }

  /** One notice to each of `owners` who has not had it yet (one query for who has). */
  private async remind(
    vote: OwnerVote,
    topic: 'vote_announced' | 'vote_opened' | 'vote_closing',
    what: string,
    at: Date,
    owners: number[],
  ): Promise<number> {
    const told = await this.notifications.notifiedPeople(topic, vote.id);
    const due = owners.filter((personId) => !told.has(personId));
    for (const personId of due)
      await this.notifications.notify({
        personId,
        topic,
        subjectId: vote.id,
        page: `deliberation/pages/proposal/index?id=${vote.proposalId}`,
        data: {
          thing1: { value: (vote.proposal?.title ?? '').slice(0, 20) },
          thing2: { value: what },
          time3: { value: chinaMinute(at) },
        },
      });
    return due.length;
  }
}
