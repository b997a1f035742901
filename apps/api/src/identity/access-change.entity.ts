import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "What this person may do changed" (a grant given or taken, a session ended, an account deleted). Every API replica
 * reads the new rows every AUTH_CHANGE_POLL_MS and drops what it cached for the person: revocation reaches all
 * replicas without a query per request. Rows older than a day are removed.
 */
@Entity('access_change')
@Index('IDX_access_change_at', ['at'])
export class AccessChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  personId: number;

  @CreateDateColumn({ type: 'datetime' })
  at: Date;
}
