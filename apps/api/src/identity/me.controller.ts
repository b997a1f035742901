import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@xiaoqu/shared';
import { Authenticated } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { MeService } from './me.service.js';
import { UpdateMeDto } from './dto/me.dto.js';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @Authenticated()
  get(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    return this.me.me(principal.personId);
  }

  @Patch()
  @Authenticated()
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateMeDto): Promise<MeResponse> {
    return this.me.update(principal.personId, body);
  }
}
