import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person, known by the openid WeChat gives for our app. Name and phone are sealed by PiiCipher.
 * A deleted account (PIPL) keeps its row, so ballots, published records and audit entries stay attributable to it,
 * but loses its name, phone and openid (`deleted:<id>`, so logging in again makes a new person).
 */
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  openid: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  nameSealed: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  phoneSealed: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  /** When the person deleted their account; null while it exists. */
  @Column({ type: 'datetime', nullable: true })
  deletedAt: Date | null;
}
