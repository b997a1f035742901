import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AppConfig } from './common/config/app-config.js';
import { ConfigModule } from './common/config/config.module.js';
import { CryptoModule } from './common/crypto/crypto.module.js';
import { AccessGuard } from './identity/access.guard.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { ThrottleModule } from './common/throttle/throttle.module.js';
import { RateLimitGuard } from './common/throttle/rate-limit.guard.js';
import { dbOptions } from './database/db-options.js';
import { AccessModule } from './identity/access.module.js';
import { DevLoginModule, IdentityModule } from './identity/identity.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { PlaceModule } from './place/place.module.js';
import { RosterModule } from './roster/roster.module.js';
import { ClaimModule } from './claim/claim.module.js';
import { AdminModule } from './admin/admin.module.js';
import { FilesModule } from './files/files.module.js';
import { DisclosureModule } from './disclosure/disclosure.module.js';
import { DeliberationModule } from './deliberation/deliberation.module.js';
import { ComplaintModule } from './complaint/complaint.module.js';
import { AuditModule } from './audit/audit.module.js';
import { HealthController } from './health/health.controller.js';
import { SchedulingModule } from './scheduling/scheduling.module.js';
import { HomeModule } from './home/home.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            // Fastify has already chosen the id (see main.ts); logs and error bodies carry the same one.
            genReqId: (req: IncomingMessage & { id?: string }) => req.id ?? '',
            customProps: (req: IncomingMessage & { id?: string }) => ({ requestId: req.id }),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        TypeOrmModule.forRoot(dbOptions(config)),
        SchedulingModule,
        ThrottleModule,
        CryptoModule,
        AccessModule,
        PlaceModule,
        IdentityModule,
        ...(config.AUTH_DEV_LOGIN ? [DevLoginModule] : []),
        PersonalDataModule,
        RosterModule,
        ClaimModule,
        AdminModule,
        FilesModule,
        DisclosureModule,
        DeliberationModule,
        ComplaintModule,
        AuditModule,
        HomeModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        // After the AccessGuard: limits count per person once the caller is known.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
