import { DomainException } from '../common/errors/domain.exception.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';

/** When a vote or poll closes: a valid time at least a minute ahead, in whole seconds. */
export function closingTime(text: string): Date {
  const closesAt = new Date(text);
  if (Number.isNaN(closesAt.getTime()) || closesAt.getTime() <= Date.now() + 60_000) {
    throw new DomainException('VALIDATION_FAILED', '截止时间须晚于现在');
  }
  return wholeSeconds(closesAt);
}
