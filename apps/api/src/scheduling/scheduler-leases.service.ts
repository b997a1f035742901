import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { SchedulerLease } from './scheduler-lease.entity.js';

/** A lease per scheduled job in the database, so that of several replicas one runs each job at a time. */
@Injectable()
export class SchedulerLeases {
  constructor(@InjectRepository(SchedulerLease) private readonly leases: Repository<SchedulerLease>) {}

  /**
   * Takes or renews the lease `name` for `holder` until `now + ttlMs` when it is free, expired or already the
   * holder's; whether `holder` holds it now. Whoever's UPDATE matched wins: two holders racing never both do.
   */
  async tryAcquire(name: string, holder: string, ttlMs: number, now: number = Date.now()): Promise<boolean> {
    if (await this.take(name, holder, ttlMs, now)) return true;
    // The first time a job is leased its row does not exist yet: an expired one, for the UPDATE to race on.
    await this.leases
      .createQueryBuilder()
      .insert()
      .into(SchedulerLease)
      .values({ name, holder: '', until: new Date(0) })
      .orIgnore()
      .execute();
    return this.take(name, holder, ttlMs, now);
  }

  /** Lets the lease go at once if `holder` has it (a replica shutting down), for another replica's next run. */
  async release(name: string, holder: string): Promise<void> {
    await this.leases
      .createQueryBuilder()
      .update(SchedulerLease)
      .set({ until: new Date(0) })
      .where('name = :name AND holder = :holder', { name, holder })
      .execute();
  }

  private async take(name: string, holder: string, ttlMs: number, now: number): Promise<boolean> {
    const taken = await this.leases
      .createQueryBuilder()
      .update(SchedulerLease)
      // Whole seconds, as DATETIME keeps them. A renewal that changes nothing still counts: mysql2 connects with
      // FOUND_ROWS, so `affected` is the rows matched.
      .set({ holder, until: wholeSeconds(now + ttlMs) })
      .where('name = :name AND (until < :now OR holder = :holder)', { name, holder, now: new Date(now) })
      .execute();
    return (taken.affected ?? 0) > 0;
  }
}
