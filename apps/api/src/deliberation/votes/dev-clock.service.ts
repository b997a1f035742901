import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../common/config/app-config.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { parseInstant } from '../../common/time/whole-seconds.js';
import { VoteReminders } from './vote-reminders.js';

/** Runs the owner votes' scheduler as if it were `at`; only with AUTH_DEV_LOGIN=1, otherwise as if no such route. */
@Injectable()
export class DevClockService {
  constructor(
    private readonly scheduler: VoteReminders,
    private readonly config: AppConfig,
  ) {}

  async runScheduler(atText: string): Promise<{ at: string }> {
    if (!this.config.AUTH_DEV_LOGIN) throw new DomainException('NOT_FOUND');
    const at = parseInstant(atText, '时间格式不对');
    await this.scheduler.run(at.getTime());
    return { at: at.toISOString() };
  }
}
