import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Roles } from '../../common/auth/access.decorator.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { DevClockService } from './dev-clock.service.js';

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
  constructor(private readonly clock: DevClockService) {}

  @Post('compounds/:compoundId/vote-scheduler')
  @HttpCode(200)
  @Roles(['committee_member', 'community_admin'], { param: 'compoundId', resolver: CompoundResolver })
  run(@Param('compoundId', ParseIntPipe) _compoundId: number, @Body() body: RunAtDto): Promise<{ at: string }> {
    return this.clock.runScheduler(body.at);
  }
}
