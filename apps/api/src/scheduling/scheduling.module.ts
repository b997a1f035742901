import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SchedulerLease } from './scheduler-lease.entity.js';
import { SchedulerLeases } from './scheduler-leases.service.js';
import { ScheduledJobs } from './scheduled-jobs.service.js';

/** Timers (@nestjs/schedule) and the leases that keep a job to one replica at a time; every domain may schedule. */
@Global()
@Module({
  imports: [ScheduleModule.forRoot(), TypeOrmModule.forFeature([SchedulerLease])],
  providers: [SchedulerLeases, ScheduledJobs],
  exports: [SchedulerLeases, ScheduledJobs],
})
export class SchedulingModule {}
