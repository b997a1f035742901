import { Controller, Delete, Get, Headers, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { SessionService, type SessionView } from './session.service.js';

@ApiTags('auth')
@ApiBearerAuth()
@Controller()
export class SessionController {
  constructor(private readonly sessions: SessionService) {}

  /** Revokes the token of this request. */
  @Post('auth/logout')
  @HttpCode(204)
  @Authenticated()
  logout(@Headers('authorization') authorization: string | undefined): Promise<void> {
    return this.sessions.logout(authorization);
  }

  @Get('me/sessions')
  @Authenticated()
  list(
    @CurrentPrincipal() principal: Principal,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<SessionView[]> {
    return this.sessions.list(principal.personId, authorization);
  }

  @Delete('me/sessions/:sessionId')
  @HttpCode(204)
  @Authenticated()
  end(@CurrentPrincipal() principal: Principal, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<void> {
    return this.sessions.end(principal.personId, sessionId);
  }
}
