import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../identity/access.module.js';
import { PlaceModule } from '../place/place.module.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditController } from './audit.controller.js';
import { AuditInterceptor } from './audit.interceptor.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

/** The audit log of staff and admin writes, recorded by one global interceptor. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry]), AccessModule, PlaceModule],
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  // For the reads that are audited too (an owner's name and phone revealed), recorded by their service.
  exports: [AuditService],
})
export class AuditModule {}
