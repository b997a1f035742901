import { formatFen, formatRatio, groupThousands, type DisclosureTotals, type QuestionView } from '@xiaoqu/shared';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in words, rounded down to its largest unit: `不到 1 分钟`, `25 分钟`, `3 小时`, `12 天`. */
export function durationCn(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < MINUTE) return '不到 1 分钟';
  if (s < HOUR) return `${Math.floor(s / MINUTE)} 分钟`;
  if (s < DAY) return `${Math.floor(s / HOUR)} 小时`;
  return `${Math.floor(s / DAY)} 天`;
}

/** How long a question has waited (`已等待 3 天`) or waited before its answer (`2 小时后答复`). */
export function waitedText(question: Pick<QuestionView, 'answer' | 'waitedSeconds'>): string {
  const duration = durationCn(question.waitedSeconds);
  if (!question.answer) return `已等待 ${duration}`;
  return question.waitedSeconds < MINUTE ? '1 分钟内答复' : `${duration}后答复`;
}

/** Unanswered a week or more: shown more strongly, so that staff and residents see it aging. */
export function waitedLong(question: Pick<QuestionView, 'answer' | 'waitedSeconds'>): boolean {
  return !question.answer && question.waitedSeconds >= 7 * DAY;
}

/** Unanswered first, the longest waiting first; then answered, newest first. */
export function questionsForStaff(questions: readonly QuestionView[]): QuestionView[] {
  return [...questions].sort((a, b) => {
    if (!a.answer !== !b.answer) return a.answer ? 1 : -1;
    if (!a.answer) return b.waitedSeconds - a.waitedSeconds;
    return b.askedAt.localeCompare(a.askedAt);
  });
}

/** `收缴率 95.2%（1,190 / 1,250 户）`, or null when no property-fee line carries household counts. */
export function collectionText(totals: DisclosureTotals): string | null {
  if (!totals.collection) return null;
  const rate = formatRatio(totals.collection.paid, totals.collection.billed);
  if (rate === null) return null;
  return `${rate}（${groupThousands(totals.collection.paid)} / ${groupThousands(totals.collection.billed)} 户）`;
}

export interface Change {
  /** `+¥1,200.00`, `-¥300.00`, `持平` */
  amount: string;
  /** `+12.5%`; null without a previous amount to compare with. */
  ratio: string | null;
  direction: 'up' | 'down' | 'same';
}

/** The change from `previousFen` to `currentFen`, in words that do not rely on colour. */
export function changeOf(currentFen: number, previousFen: number): Change {
  const delta = currentFen - previousFen;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '';
  const ratio = formatRatio(Math.abs(delta), previousFen);
  return {
    amount: delta === 0 ? '持平' : `${sign}${formatFen(Math.abs(delta))}`,
    ratio: ratio === null || delta === 0 ? null : `${sign}${ratio}`,
    direction,
  };
}
