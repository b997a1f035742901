import { Body, Controller, Delete, Get, Header, Headers, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { DeleteAccountDto } from '../identity/dto/me.dto.js';
import { PersonalDataService } from './personal-data.service.js';

/** The caller's rights over what is held about them (PIPL): a copy of it all, and deleting the account. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  /** PIPL art. 45: everything held about the caller, as one JSON file to keep. */
  @Get('data')
  @Authenticated()
  @Header('Content-Disposition', 'attachment; filename="xiaoqu-my-data.json"')
  @Header('Cache-Control', 'no-store')
  data(
    @CurrentPrincipal() principal: Principal,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<Record<string, unknown>> {
    return this.personalData.export(principal.personId, authorization);
  }

  /** PIPL art. 47: deletes the caller's account; `confirm` must be 注销. */
  @Delete()
  @HttpCode(204)
  @Authenticated()
  remove(@CurrentPrincipal() principal: Principal, @Body() body: DeleteAccountDto): Promise<void> {
    return this.personalData.deleteAccount(principal.personId, body.confirm);
  }
}
