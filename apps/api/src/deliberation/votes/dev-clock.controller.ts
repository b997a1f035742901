import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Roles } from '../common/auth/access.decorator.js';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { parseInstant } from '../common/time/whole-seconds.js';
import { CompoundResolver } from '../place/place.resolvers.js';
import { VoteReminders } from './vote-reminders.js';

class RunAtDto {
  @IsISO8601({ strict: true })
  at: string;
}

/**
 * The demo's and the browser journeys' test clock: runs the owner votes' scheduler as if it were `at`, so a journey
 * can see a vote close by itself and a result become final without waiting days. Only with AUTH_DEV_LOGIN=1
 * (refused in production); otherwise the route answers 404.
 */
@ApiExcludeController()
@Controller('dev')
export class DevClockController {
  constructor(
    private readonly scheduler: VoteReminders,
    private readonly config: AppConfig,
  ) {}

  @Post('compounds/:compoundId/vote-scheduler')
  @HttpCode(200)
  @Roles(['committee_member', 'community_admin'], { param: 'compoundId', resolver: CompoundResolver })
  async run(@Param('compoundId', ParseIntPipe) _compoundId: number, @Body() body: RunAtDto): Promise<{ at: string }> {
    if (!this.config.AUTH_DEV_LOGIN) throw new DomainException('NOT_FOUND');
    const at = parseInstant(body.at, '时间格式不对');
    await this.scheduler.run(at.getTime());
    return { at: at.toISOString() };
  }
}
