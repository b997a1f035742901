import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { HomeResponse } from '@xiaoqu/shared';
import { Authenticated } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { HomeService } from './home.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  /** 首页: the caller's sections, each scoped to the places of their grants (the service reads only those). */
  @Get()
  @Authenticated()
  get(@CurrentPrincipal() principal: Principal): Promise<HomeResponse> {
    return this.home.home(principal);
  }
}
