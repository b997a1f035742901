import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Unmatched claims of one person on one day (China time), counted by a conditional UPDATE so that simultaneous
 * guesses cannot pass the daily limit together.
 */
@Entity('claim_attempt')
export class ClaimAttempt {
  @PrimaryColumn({ type: 'int' })
  personId: number;

  /** `YYYY-MM-DD` in China time. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'int', default: 0 })
  failures: number;
}
