import { jest } from '@jest/globals';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DeedPhotoSweep } from '../src/claim/deed-photos.js';
import { SchedulerLease } from '../src/scheduling/scheduler-lease.entity.js';
import { SchedulerLeases } from '../src/scheduling/scheduler-leases.service.js';
import { ScheduledJobs } from '../src/scheduling/scheduled-jobs.service.js';
import { startTestApp, type TestApp } from './test-app.js';

// Several replicas share one database: here, holders (or a second ScheduledJobs, as another replica) on the app's.
let t: TestApp;
let closed = false;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
}, 60_000);
afterAll(async () => {
  if (!closed) await t.close();
});

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-29T12:00:00Z');

/** Another replica: its own holder id, the same database. */
function replica(): ScheduledJobs {
  return new ScheduledJobs(new SchedulerRegistry(), t.app.get(SchedulerLeases));
}

test('two holders racing for a lease: exactly one wins, the first time and when it is free again', async () => {
  const leases = t.app.get(SchedulerLeases);
  for (let i = 0; i < 10; i++) {
    const name = `race-${i}`;
    const won = await Promise.all(['a', 'b', 'c'].map((holder) => leases.tryAcquire(name, holder, MINUTE, T0)));
    expect(won.filter(Boolean)).toHaveLength(1);
    const later = await Promise.all(
      ['a', 'b', 'c'].map((holder) => leases.tryAcquire(name, holder, MINUTE, T0 + 2 * MINUTE)),
    );
    expect(later.filter(Boolean)).toHaveLength(1);
  }
});

test('the holder renews its lease; another takes it only once it has expired', async () => {
  const leases = t.app.get(SchedulerLeases);
  expect(await leases.tryAcquire('renew', 'a', MINUTE, T0)).toBe(true);
  expect(await leases.tryAcquire('renew', 'b', MINUTE, T0 + 30_000)).toBe(false);
  expect(await leases.tryAcquire('renew', 'a', MINUTE, T0 + 30_000)).toBe(true); // now until T0 + 90 s
  expect(await leases.tryAcquire('renew', 'b', MINUTE, T0 + 80_000)).toBe(false);
  expect(await leases.tryAcquire('renew', 'a', MINUTE, T0 + 80_000)).toBe(true); // renewed in the same second too
  expect(await leases.tryAcquire('renew', 'a', MINUTE, T0 + 80_000)).toBe(true);
  // a stopped renewing: b takes it after its end, and a is then out.
  expect(await leases.tryAcquire('renew', 'b', MINUTE, T0 + 141_000)).toBe(true);
  expect(await leases.tryAcquire('renew', 'a', MINUTE, T0 + 142_000)).toBe(false);
  const row = await t.dataSource.getRepository(SchedulerLease).findOneByOrFail({ name: 'renew' });
  expect(row).toMatchObject({ holder: 'b', until: new Date(T0 + 201_000) });
});

test('a lease let go is free at once for another holder', async () => {
  const leases = t.app.get(SchedulerLeases);
  expect(await leases.tryAcquire('release', 'a', MINUTE, T0)).toBe(true);
  await leases.release('release', 'b'); // not b's: nothing happens
  expect(await leases.tryAcquire('release', 'b', MINUTE, T0 + 1000)).toBe(false);
  await leases.release('release', 'a');
  expect(await leases.tryAcquire('release', 'b', MINUTE, T0 + 1000)).toBe(true);
});

test('of two replicas running the same job, one runs it in each window, and the other takes over when it stops', async () => {
  const [a, b] = [replica(), replica()];
  expect(a.holder).not.toBe(b.holder);
  const runs: string[] = [];
  a.leased('count', MINUTE, async () => void runs.push('a'));
  b.leased('count', MINUTE, async () => void runs.push('b'));
  for (let window = 0; window < 5; window++) {
    const ran = await Promise.all([a.tick('count'), b.tick('count')]);
    expect(ran.filter(Boolean)).toHaveLength(1);
  }
  expect(runs).toHaveLength(5);
  const first = runs[0];
  expect(runs.every((who) => who === first)).toBe(true); // the holder keeps the lease from run to run
  const [holder, other] = first === 'a' ? [a, b] : [b, a];
  await holder.beforeApplicationShutdown(); // a replica stopping lets its leases go
  expect(await other.tick('count')).toBe(true);
  expect(runs).toHaveLength(6);
  expect(runs[5]).not.toBe(first);
  await other.beforeApplicationShutdown();
});

test("the app's own jobs are leased: with a second replica, the deed photo sweep runs once per window", async () => {
  const sweep = t.app.get(DeedPhotoSweep);
  const swept = jest.spyOn(sweep, 'sweep');
  const other = replica();
  other.leased('deed-photo-sweep', 3600_000, () => sweep.sweep());
  const app = t.app.get(ScheduledJobs);
  const ran = await Promise.all([app.tick('deed-photo-sweep'), other.tick('deed-photo-sweep')]);
  expect(ran.filter(Boolean)).toHaveLength(1);
  expect(swept).toHaveBeenCalledTimes(1);
  // A run still going in this replica is not started again (the lease is renewed meanwhile).
  let finish = (): void => undefined;
  swept.mockImplementation(() => new Promise<number>((resolve) => (finish = () => resolve(0))));
  const holder = ran[0] ? app : other;
  const long = holder.tick('deed-photo-sweep');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await holder.tick('deed-photo-sweep')).toBe(false);
  finish();
  expect(await long).toBe(true);
  expect(swept).toHaveBeenCalledTimes(2);
  swept.mockRestore();
  await other.beforeApplicationShutdown();
});

test('every timer is on the scheduling registry, and none is left once the app has closed', async () => {
  const registry = t.app.get(SchedulerRegistry);
  // Leased jobs and each replica's own housekeeping; the vote scheduler is off in tests (REMINDER_INTERVAL_SECONDS=0).
  expect(registry.getIntervals().sort()).toEqual([
    'complaint-escalation',
    'deed-photo-sweep',
    'file-integrity',
    'throttle-sweep',
  ]);
  closed = true;
  await t.close();
  expect(registry.getIntervals()).toEqual([]);
});
