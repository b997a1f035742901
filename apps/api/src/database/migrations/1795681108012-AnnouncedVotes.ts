import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnouncedVotes1795681108012 implements MigrationInterface {
  name = 'AnnouncedVotes1795681108012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Widened in place (TypeORM would drop and re-add the column, losing every vote's status).
    await queryRunner.query(`ALTER TABLE \`owner_vote\` MODIFY \`status\` varchar(10) NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`owner_vote\` MODIFY \`status\` varchar(8) NOT NULL`);
  }
}
