import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person, known by the openid WeChat gives for our app. Name and phone are sealed by PiiCipher. */
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
}
