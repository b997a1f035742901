import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AUTO_CLOSE_DAYS, COMPLAINT_LEVEL_LABELS, type Role } from '@xiaoqu/shared';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { Complaint } from './complaint.entities.js';
import { ComplaintService } from './complaint.service.js';
import { ComplaintRepository } from './complaint.repository.js';
import { idsOfPath } from '../place/place-path.js';
import { GrantService } from '../identity/grant.service.js';
import { ScheduledJobs } from '../scheduling/scheduled-jobs.service.js';

const DAY = 24 * 3600_000;
const BATCH = 500;

/**
 * Runs every COMPLAINT_SCHEDULER_SECONDS on the replica holding its lease (ScheduledJobs): escalates complaints past
 * their deadline one level (with a timeline event), tells the handlers, and closes resolutions the resident left
 * unanswered for 7 days. Idempotent: an escalation moves the deadline to the new level's, so a second run finds
 * nothing; two runs at once are kept apart by the row's version (the loser's update changes nothing).
 */
@Injectable()
export class ComplaintScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ComplaintScheduler.name);

  constructor(
    private readonly repository: ComplaintRepository,
    private readonly complaints: ComplaintService,
    private readonly grants: GrantService,
    private readonly config: AppConfig,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.leased('complaint-escalation', this.config.COMPLAINT_SCHEDULER_SECONDS * 1000, () =>
      this.run(Date.now()),
    );
  }

  /** What one run did: how many complaints it escalated and how many it closed. */
  async run(now: number): Promise<{ escalated: number; closed: number }> {
    const at = wholeSeconds(now);
    let escalated = 0;
    const admins = new Map<string, Promise<number[]>>(); // per run: the admins of each place, looked up once
    for (const complaint of await this.complaints.overdue(now, BATCH)) {
      const due = this.complaints.escalationOf(complaint, now);
      if (!due) continue;
      const missed = due.missed === 'accept' ? '受理' : '办结';
      const done = await this.apply(
        complaint,
        'escalate',
        `超过${missed}时限，自动升级为${COMPLAINT_LEVEL_LABELS[due.to]}`,
        at,
      );
      if (!done) continue;
      escalated++;
      for (const personId of await this.handlersAbove(complaint, admins))
        await this.complaints.notify(
          complaint,
          personId,
          'complaint_overdue',
          `超时升级：${COMPLAINT_LEVEL_LABELS[due.to]}`,
        );
    }

    let closed = 0;
    const unanswered = await this.repository.unansweredSince(new Date(now - AUTO_CLOSE_DAYS * DAY), BATCH);
    for (const complaint of unanswered)
      if (await this.apply(complaint, 'auto_close', `办结后 ${AUTO_CLOSE_DAYS} 天未获居民答复，自动关闭`, at)) closed++;
    if (escalated || closed) this.logger.log(`escalated ${escalated}, auto-closed ${closed}`);
    return { escalated, closed };
  }

  private async apply(complaint: Complaint, action: 'escalate' | 'auto_close', note: string, at: Date) {
    try {
      await this.complaints.transition(complaint, action, { actorId: null, actorRole: 'system', note }, at);
      return true;
    } catch (err) {
      // Another run (or a person) moved it first: nothing to do.
      if (err instanceof DomainException && err.code === 'COMPLAINT_ACTION_NOT_ALLOWED') return false;
      throw err;
    }
  }

  /** Who answers for the new level: the community admins (difficult) or the street admins (major). */
  private handlersAbove(complaint: Complaint, cache: Map<string, Promise<number[]>>): Promise<number[]> {
    const ids = idsOfPath(complaint.compound!.path); // district, street, community, compound
    const [role, placeId]: [Role, number] =
      complaint.level === 'major' ? ['street_admin', ids[ids.length - 3]] : ['community_admin', ids[ids.length - 2]];
    const key = `${role}:${placeId}`;
    if (!cache.has(key)) cache.set(key, this.grants.holdersOfRole(role, placeId));
    return cache.get(key)!;
  }
}
