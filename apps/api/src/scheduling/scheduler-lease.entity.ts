import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who runs a scheduled job now: the replica (`holder`, random per process) that took the lease last, until `until`.
 * One row per job, taken by a conditional UPDATE (SchedulerLeases).
 */
@Entity('scheduler_lease')
export class SchedulerLease {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 64 })
  holder: string;

  @Column({ type: 'datetime' })
  until: Date;
}
