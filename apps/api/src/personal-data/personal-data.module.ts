import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { AccessModule } from '../identity/access.module.js';
import { PersonalDataController } from './personal-data.controller.js';
import { PersonalDataQueries } from './personal-data.queries.js';
import { PersonalDataService } from './personal-data.service.js';

/**
 * Personal information rights (PIPL): the export and account deletion. Above every domain, as it gathers what each
 * holds about one person.
 */
@Module({
  imports: [IdentityModule, AccessModule],
  controllers: [PersonalDataController],
  providers: [PersonalDataService, PersonalDataQueries],
})
export class PersonalDataModule {}
