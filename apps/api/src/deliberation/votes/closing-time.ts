import { DomainException } from '../../common/errors/domain.exception.js';
import { parseInstant } from '../../common/time/whole-seconds.js';

/** When a vote or poll closes: a valid time at least a minute ahead, in whole seconds. */
export function closingTime(text: string): Date {
  const closesAt = parseInstant(text, '截止时间格式不对');
  if (closesAt.getTime() <= Date.now() + 60_000) throw new DomainException('VALIDATION_FAILED', '截止时间须晚于现在');
  return closesAt;
}
