import type { VoteTurnoutView } from '@xiaoqu/shared';
import { partLines, type PartLines } from './vote';

/** Said wherever a vote's count is sealed: before closing nobody learns agreed, disagreed or any choice. */
export const SEALED_TEXT = '表决结束前不公布票数，截止后自动公布初步结果';

/**
 * Who took part, as everyone may see at every stage: `3,179 / 5,726 人 · 55.5%` and the area the same way. Never
 * what anyone chose.
 */
export function turnoutLines(turnout: Pick<VoteTurnoutView, 'participated' | 'total'>): PartLines {
  return partLines(turnout.participated, turnout.total);
}
