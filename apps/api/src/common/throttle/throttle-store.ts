import { Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';

/** Where hit counts live: one implementation per backend, chosen by THROTTLE_STORE. */
export abstract class ThrottleStore {
  /** Counts one hit on `key` in a fixed window of `windowMs`; the count so far and when the window ends. */
  abstract hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
}

/**
 * Counts in this process: right for one API process. Several replicas need a shared store: a Redis one doing
 * `INCR key` + `PEXPIRE key windowMs NX` (+ `PTTL`) in one MULTI implements `hit` the same way.
 */
@Injectable()
export class MemoryThrottleStore extends ThrottleStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  /** Forgets ended windows now and then, so the map holds only live callers: this process's memory, no lease. */
  @Interval('throttle-sweep', 60_000)
  sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
