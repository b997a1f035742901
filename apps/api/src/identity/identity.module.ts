import { DynamicModule, Module } from '@nestjs/common';
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
import { PersonalDataService } from './personal-data.service.js';
import { PersonalDataQueries } from './personal-data.queries.js';

@Module({})
export class IdentityModule {
  /** `devLogin` registers POST /api/auth/dev-login; without it that route does not exist. */
  static register(options: { devLogin: boolean }): DynamicModule {
    return {
      module: IdentityModule,
      imports: [TypeOrmModule.forFeature([Person, RoleGrant, Session]), AccessModule, PlaceModule, WechatModule],
      controllers: [AuthController, MeController, SessionController, ...(options.devLogin ? [DevAuthController] : [])],
      providers: [AuthService, MeService, SessionService, PersonalDataService, PersonalDataQueries],
    };
  }
}
