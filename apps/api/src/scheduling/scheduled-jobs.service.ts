import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { SchedulerLeases } from './scheduler-leases.service.js';

interface Job {
  work: () => Promise<unknown>;
  /** How long a run's lease lasts; null: no lease, every replica runs the job for itself. */
  leaseMs: number | null;
  running: Promise<unknown> | null;
  held: boolean;
}

/**
 * The API's timers, on @nestjs/schedule's registry (intervals set from AppConfig at start, so not the decorators).
 * Two kinds:
 * - `leased`: work that must happen once across replicas (open and close votes, reminders, escalations, sweeps):
 *   each run needs the job's lease in the database, which the replica that has it keeps by renewing it every run.
 * - `inEveryReplica`: housekeeping of this process's memory (reading access changes, forgetting old counts).
 */
@Injectable()
export class ScheduledJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ScheduledJobs.name);
  /** This replica among the others: random per start, so a restarted process is a new holder. */
  readonly holder = `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly leases: SchedulerLeases,
  ) {}

  /**
   * Runs `work` every `everyMs` (0: never) on the one replica holding the lease `name`. The lease outlasts a period
   * by up to one more (10 minutes at most), so the holder keeps it from run to run and another replica takes over
   * within two periods when the holder stops.
   */
  leased(name: string, everyMs: number, work: () => Promise<unknown>): void {
    this.add(name, everyMs, work, everyMs + Math.min(everyMs, 10 * 60_000));
  }

  /** Runs `work` every `everyMs` (0: never) in this process, whatever the other replicas do. */
  inEveryReplica(name: string, everyMs: number, work: () => Promise<unknown>): void {
    this.add(name, everyMs, work, null);
  }

  /**
   * One run of the job, as its timer starts it: only while this replica holds the job's lease (taken or renewed
   * here) and no run of it is still going in this process. Whether it ran.
   */
  async tick(name: string): Promise<boolean> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`no scheduled job ${name}`);
    if (job.leaseMs !== null) {
      try {
        // Renewed even while a run is still going here, so a run longer than a period keeps its lease.
        job.held = await this.leases.tryAcquire(name, this.holder, job.leaseMs);
      } catch (err) {
        // The database is away, or (Galera) another node's UPDATE won the row: not this replica's turn.
        this.logger.warn(`lease ${name} not taken: ${(err as Error).message}`);
        job.held = false;
      }
      if (!job.held) return false;
    }
    if (job.running) return false;
    job.running = job
      .work()
      .catch((err: unknown) => this.logger.error(`${name} failed: ${(err as Error).message}`))
      .finally(() => {
        job.running = null;
      });
    await job.running;
    return true;
  }

  /** No new runs; the ones going finish before the database closes; the leases held are let go for the others. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const name of this.jobs.keys())
      if (this.registry.doesExist('interval', name)) this.registry.deleteInterval(name);
    await Promise.all([...this.jobs.values()].map((job) => job.running));
    for (const [name, job] of this.jobs)
      if (job.held)
        await this.leases
          .release(name, this.holder)
          .catch((err: unknown) => this.logger.warn(`lease ${name} not released: ${(err as Error).message}`));
  }

  private add(name: string, everyMs: number, work: () => Promise<unknown>, leaseMs: number | null): void {
    if (everyMs <= 0) return;
    this.jobs.set(name, { work, leaseMs, running: null, held: false });
    const timer = setInterval(() => void this.tick(name), everyMs);
    timer.unref();
    this.registry.addInterval(name, timer);
  }
}
