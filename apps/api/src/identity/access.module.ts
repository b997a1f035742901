import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Person } from './person.entity.js';
import { Session } from './session.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { AccessService } from './access.service.js';
import { GrantService } from './grant.service.js';
import { PersonDirectory } from './person-directory.service.js';

/** Sessions, role grants and the person directory: what the AccessGuard and the domains that grant roles need. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, Session, RoleGrant])],
  providers: [AccessService, GrantService, PersonDirectory],
  exports: [AccessService, GrantService, PersonDirectory],
})
export class AccessModule {}
