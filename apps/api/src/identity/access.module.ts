import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Person } from './person.entity.js';
import { Session } from './session.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { AccessService } from './access.service.js';
import { GrantService } from './grant.service.js';
import { AccessCache } from './access-cache.js';
import { AccessChange } from './access-change.entity.js';
import { PersonDirectory } from './person-directory.service.js';

/** Sessions, role grants and the person directory: what the AccessGuard and the domains that grant roles need. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, Session, RoleGrant, AccessChange])],
  providers: [AccessService, AccessCache, GrantService, PersonDirectory],
  exports: [AccessService, AccessCache, GrantService, PersonDirectory],
})
export class AccessModule {}
