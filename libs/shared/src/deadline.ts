/** How hard a complaint is, and so who handles it (DESIGN.md "Complaints"). */
export const COMPLAINT_LEVELS = ['ordinary', 'difficult', 'major'] as const;
export type ComplaintLevel = (typeof COMPLAINT_LEVELS)[number];

export const COMPLAINT_LEVEL_LABELS: Record<ComplaintLevel, string> = {
  ordinary: '一般（网格处置）',
  difficult: '疑难（社区攻坚）',
  major: '重大（街道联合整治）',
};

/** Time allowed at each level, in minutes: to accept a complaint, and to resolve it once accepted. */
export type DeadlinePolicy = Record<ComplaintLevel, { acceptMinutes: number; resolveMinutes: number }>;

/** The plan's defaults: the grid accepts within 2 hours and resolves within 3 days; 7 days; 15 days. */
export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  ordinary: { acceptMinutes: 2 * 60, resolveMinutes: 3 * 24 * 60 },
  difficult: { acceptMinutes: 2 * 60, resolveMinutes: 7 * 24 * 60 },
  major: { acceptMinutes: 2 * 60, resolveMinutes: 15 * 24 * 60 },
};

const MINUTE = 60_000;

/** The deadlines of a complaint that reached `level` at `since` (epoch ms); resolving counts from acceptance. */
export function deadlinesFor(
  level: ComplaintLevel,
  since: number,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
  acceptedAt?: number,
): { acceptBy: number; resolveBy: number } {
  const { acceptMinutes, resolveMinutes } = policy[level];
  for (const m of [acceptMinutes, resolveMinutes])
    if (!Number.isSafeInteger(m) || m <= 0)
      throw new RangeError(`deadline minutes must be positive integers, got ${m}`);
  const acceptBy = since + acceptMinutes * MINUTE;
  return { acceptBy, resolveBy: (acceptedAt ?? since) + resolveMinutes * MINUTE };
}

/** The next level up, or null at the top. */
export function nextLevel(level: ComplaintLevel): ComplaintLevel | null {
  const i = COMPLAINT_LEVELS.indexOf(level);
  return i < COMPLAINT_LEVELS.length - 1 ? COMPLAINT_LEVELS[i + 1] : null;
}

/**
 * What an automatic escalation run does to one complaint at `now`: escalate when the deadline that applies
 * (accept if not yet accepted, else resolve) has passed and there is a level above; otherwise nothing.
 * Pure and idempotent by construction: after an escalation the complaint's level and `levelSince` change, so
 * the same run repeated finds nothing to do.
 */
export function escalationDue(
  complaint: { level: ComplaintLevel; levelSince: number; acceptedAt: number | null; resolved: boolean },
  now: number,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): { to: ComplaintLevel; missed: 'accept' | 'resolve'; deadline: number } | null {
  if (complaint.resolved) return null;
  const to = nextLevel(complaint.level);
  if (!to) return null;
  const due = currentDeadline(complaint, policy);
  if (!due) return null;
  return now > due.deadline ? { to, missed: due.kind, deadline: due.deadline } : null;
}

/**
 * The deadline that applies to an unresolved complaint now: accepting it, or (once accepted) resolving it. A
 * complaint escalated after acceptance gets the new level's full time to resolve, counted from the escalation.
 */
export function currentDeadline(
  complaint: { level: ComplaintLevel; levelSince: number; acceptedAt: number | null; resolved: boolean },
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): { kind: 'accept' | 'resolve'; deadline: number } | null {
  if (complaint.resolved) return null;
  const { acceptedAt, levelSince } = complaint;
  const { acceptBy, resolveBy } = deadlinesFor(
    complaint.level,
    levelSince,
    policy,
    acceptedAt === null ? undefined : Math.max(acceptedAt, levelSince),
  );
  return acceptedAt === null ? { kind: 'accept', deadline: acceptBy } : { kind: 'resolve', deadline: resolveBy };
}

/** `2小时15分`, `3天4小时`: how long until (or since, when negative) a deadline, as people read it. */
export function formatRemaining(ms: number): string {
  const overdue = ms < 0;
  let minutes = Math.floor(Math.abs(ms) / MINUTE);
  const days = Math.floor(minutes / (24 * 60));
  minutes -= days * 24 * 60;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const text =
    days > 0
      ? `${days}天${hours > 0 ? `${hours}小时` : ''}`
      : hours > 0
        ? `${hours}小时${minutes > 0 ? `${minutes}分` : ''}`
        : `${minutes}分钟`;
  return overdue ? `已超时${text}` : `剩余${text}`;
}
