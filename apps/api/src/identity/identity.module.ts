import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { Person } from './person.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { AccessModule } from './access.module.js';
import { AuthService } from './auth.service.js';
import { MeService } from './me.service.js';
import { WechatModule } from '../wechat/wechat.module.js';
import { AuthController, DevAuthController } from './auth.controller.js';
import { MeController } from './me.controller.js';
import { SessionController } from './session.controller.js';
import { SessionService } from './session.service.js';
import { Session } from './session.entity.js';

/** Logging in, sessions and the caller's own profile. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, RoleGrant, Session]), AccessModule, PlaceModule, WechatModule],
  controllers: [AuthController, MeController, SessionController],
  providers: [AuthService, MeService, SessionService],
  exports: [AuthService, MeService, SessionService],
})
export class IdentityModule {}

/** POST /api/auth/dev-login, for the demo and tests: imported only when AUTH_DEV_LOGIN is set, else the route does not exist. */
@Module({ imports: [IdentityModule], controllers: [DevAuthController] })
export class DevLoginModule {}
