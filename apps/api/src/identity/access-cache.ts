import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import type { Principal } from '../common/auth/principal.js';
import { AccessChange } from './access-change.entity.js';
import { ScheduledJobs } from '../scheduling/scheduled-jobs.service.js';

interface Entry {
  principal: Principal;
  sessionExpiresAt: number;
  cachedUntil: number;
}

const DAY = 24 * 3600_000;
/** How far back (in ids) a poll looks for changes that committed after later ones. */
const LOOKBACK = 1000;

/**
 * Who a bearer token belongs to and what they may do, kept in memory for AUTH_CACHE_SECONDS so a request costs no
 * query. A change of grants or sessions drops the person's entries here at once and, through an `access_change` row
 * read by every replica's poll, everywhere within AUTH_CHANGE_POLL_MS. Bounded: the oldest entries go first.
 */
@Injectable()
export class AccessCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AccessCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly tokensOf = new Map<number, Set<string>>();
  private lastChangeId = 0;
  /** Change ids within LOOKBACK of the newest already acted on. */
  private readonly seen = new Set<number>();
  private polling: Promise<void> | null = null;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly pollMs: number;

  constructor(
    @InjectRepository(AccessChange) private readonly changes: Repository<AccessChange>,
    config: AppConfig,
    private readonly jobs: ScheduledJobs,
  ) {
    this.ttlMs = config.AUTH_CACHE_SECONDS * 1000;
    this.maxEntries = config.AUTH_CACHE_MAX_ENTRIES;
    this.pollMs = config.AUTH_CHANGE_POLL_MS;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    const newest = await this.changes.find({ order: { id: 'DESC' }, take: 1, select: { id: true } });
    this.lastChangeId = newest[0]?.id ?? 0;
    // This replica's memory: every replica polls for itself, no lease.
    this.jobs.inEveryReplica('access-changes', this.pollMs, () => this.poll());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.polling;
  }

  get(tokenHash: string, now = Date.now()): Principal | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.cachedUntil <= now || entry.sessionExpiresAt <= now) {
      this.drop(tokenHash);
      return null;
    }
    return entry.principal;
  }

  set(tokenHash: string, principal: Principal, sessionExpiresAt: Date, now = Date.now()): void {
    if (!this.enabled) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.drop(oldest.value);
    }
    this.entries.set(tokenHash, {
      principal,
      sessionExpiresAt: sessionExpiresAt.getTime(),
      cachedUntil: now + this.ttlMs,
    });
    let tokens = this.tokensOf.get(principal.personId);
    if (!tokens) this.tokensOf.set(principal.personId, (tokens = new Set()));
    tokens.add(tokenHash);
  }

  /** Drops one session here (its row is gone: the other replicas find no row once their entry expires or is dropped). */
  dropToken(tokenHash: string): void {
    this.drop(tokenHash);
  }

  /**
   * The person's grants or sessions changed (in `manager`'s transaction when given): dropped here now, and recorded so
   * every replica drops them on its next poll — also this one, after the transaction has committed.
   */
  async changed(personId: number, manager: EntityManager = this.changes.manager): Promise<void> {
    this.dropPerson(personId);
    await manager.insert(AccessChange, { personId });
  }

  /** Reads the changes recorded since the last poll (by any replica) and drops those persons' entries. */
  poll(): Promise<void> {
    this.polling ??= (async () => {
      try {
        // Ids are given at insert, rows appear at commit: a change committed late can carry an id below one already
        // read. So each poll looks back LOOKBACK ids and acts on the rows it has not seen yet.
        const low = Math.max(0, this.lastChangeId - LOOKBACK);
        const rows = await this.changes.find({ where: { id: MoreThan(low) }, order: { id: 'ASC' }, take: 2000 });
        for (const row of rows) {
          if (this.seen.has(row.id)) continue;
          this.seen.add(row.id);
          this.dropPerson(row.personId);
        }
        if (rows.length > 0) this.lastChangeId = Math.max(this.lastChangeId, rows[rows.length - 1].id);
        for (const id of this.seen) if (id <= this.lastChangeId - LOOKBACK) this.seen.delete(id);
        if (rows.length > 0 && Math.random() < 0.01)
          await this.changes.delete({ at: LessThan(new Date(Date.now() - DAY)) });
      } catch (err) {
        // The database is away: nothing can be dropped now; entries still expire by their TTL.
        this.logger.warn({ err }, 'access changes not read');
      } finally {
        this.polling = null;
      }
    })();
    return this.polling;
  }

  private dropPerson(personId: number): void {
    for (const hash of this.tokensOf.get(personId) ?? []) this.entries.delete(hash);
    this.tokensOf.delete(personId);
  }

  private drop(tokenHash: string): void {
    const entry = this.entries.get(tokenHash);
    if (!entry) return;
    this.entries.delete(tokenHash);
    const tokens = this.tokensOf.get(entry.principal.personId);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) this.tokensOf.delete(entry.principal.personId);
  }
}
