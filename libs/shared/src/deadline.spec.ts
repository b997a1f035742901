import fc from 'fast-check';
import {
  DEFAULT_DEADLINE_POLICY,
  deadlinesFor,
  escalationDue,
  currentDeadline,
  formatRemaining,
  nextLevel,
  type ComplaintLevel,
} from './deadline.js';

const H = 3_600_000;
const D = 24 * H;
const t0 = Date.UTC(2026, 10, 26, 1, 0, 0);

test('the plan’s defaults: accept in 2 hours, resolve in 3, 7 and 15 days from acceptance', () => {
  expect(deadlinesFor('ordinary', t0)).toEqual({ acceptBy: t0 + 2 * H, resolveBy: t0 + 3 * D });
  expect(deadlinesFor('ordinary', t0, DEFAULT_DEADLINE_POLICY, t0 + H).resolveBy).toBe(t0 + H + 3 * D);
  expect(deadlinesFor('difficult', t0).resolveBy).toBe(t0 + 7 * D);
  expect(deadlinesFor('major', t0).resolveBy).toBe(t0 + 15 * D);
});

test('the numbers are configurable, and must be positive whole minutes', () => {
  const policy = { ...DEFAULT_DEADLINE_POLICY, ordinary: { acceptMinutes: 30, resolveMinutes: 24 * 60 } };
  expect(deadlinesFor('ordinary', t0, policy)).toEqual({ acceptBy: t0 + 30 * 60_000, resolveBy: t0 + D });
  expect(() => deadlinesFor('ordinary', t0, { ...policy, ordinary: { acceptMinutes: 0, resolveMinutes: 1 } })).toThrow(
    RangeError,
  );
  expect(() =>
    deadlinesFor('ordinary', t0, { ...policy, ordinary: { acceptMinutes: 1.5, resolveMinutes: 1 } }),
  ).toThrow(RangeError);
});

test('levels go up one at a time and stop at the top', () => {
  expect(nextLevel('ordinary')).toBe('difficult');
  expect(nextLevel('difficult')).toBe('major');
  expect(nextLevel('major')).toBeNull();
});

describe('escalationDue', () => {
  const open = (over: Partial<Parameters<typeof escalationDue>[0]> = {}) => ({
    level: 'ordinary' as ComplaintLevel,
    levelSince: t0,
    acceptedAt: null,
    resolved: false,
    ...over,
  });

  test('not accepted in time: up a level; exactly at the deadline is still on time', () => {
    expect(escalationDue(open(), t0 + 2 * H)).toBeNull();
    expect(escalationDue(open(), t0 + 2 * H + 1)).toEqual({ to: 'difficult', missed: 'accept', deadline: t0 + 2 * H });
  });

  test('accepted but not resolved in time: up a level', () => {
    const accepted = open({ acceptedAt: t0 + H });
    expect(escalationDue(accepted, t0 + 3 * D)).toBeNull();
    expect(escalationDue(accepted, t0 + H + 3 * D + 1)).toMatchObject({ to: 'difficult', missed: 'resolve' });
  });

  test('resolved complaints and the top level never escalate', () => {
    expect(escalationDue(open({ resolved: true }), t0 + 30 * D)).toBeNull();
    expect(escalationDue(open({ level: 'major' }), t0 + 30 * D)).toBeNull();
  });

  test('running twice escalates once: after escalating, the same moment finds nothing due (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * D }),
        fc.option(fc.integer({ min: 0, max: 40 * D }), { nil: null }),
        (elapsed, acceptedAfter) => {
          const c = open({ acceptedAt: acceptedAfter === null ? null : t0 + acceptedAfter });
          const now = t0 + elapsed;
          const first = escalationDue(c, now);
          if (!first) return;
          // What the scheduler stores after escalating: the new level, counted from now.
          expect(
            escalationDue(
              { ...c, level: first.to, levelSince: now, acceptedAt: c.acceptedAt === null ? null : now },
              now,
            ),
          ).toBeNull();
        },
      ),
    );
  });
});

test('remaining time as people read it', () => {
  expect(formatRemaining(2 * H + 15 * 60_000)).toBe('剩余2小时15分');
  expect(formatRemaining(3 * D + 4 * H)).toBe('剩余3天4小时');
  expect(formatRemaining(45 * 60_000)).toBe('剩余45分钟');
  expect(formatRemaining(-(D + 30 * 60_000))).toBe('已超时1天');
  expect(formatRemaining(-2 * H)).toBe('已超时2小时');
});

describe('currentDeadline', () => {
  const H = 3_600_000;
  const D = 24 * H;
  const t0 = Date.UTC(2026, 10, 2, 1, 0, 0);

  it('gives an escalated, accepted complaint the new level’s full time from the escalation', () => {
    expect(
      currentDeadline({ level: 'difficult', levelSince: t0 + 4 * D, acceptedAt: t0 + H, resolved: false }),
    ).toEqual({ kind: 'resolve', deadline: t0 + 11 * D });
  });

  it('is the accept deadline until accepted, and nothing once resolved', () => {
    expect(currentDeadline({ level: 'ordinary', levelSince: t0, acceptedAt: null, resolved: false })).toEqual({
      kind: 'accept',
      deadline: t0 + 2 * H,
    });
    expect(currentDeadline({ level: 'ordinary', levelSince: t0, acceptedAt: t0, resolved: true })).toBeNull();
  });
});
