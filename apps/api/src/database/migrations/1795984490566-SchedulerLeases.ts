import { MigrationInterface, QueryRunner } from 'typeorm';

export class SchedulerLeases1795984490566 implements MigrationInterface {
  name = 'SchedulerLeases1795984490566';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`scheduler_lease\` (\`name\` varchar(64) NOT NULL, \`holder\` varchar(64) NOT NULL, \`until\` datetime NOT NULL, PRIMARY KEY (\`name\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`scheduler_lease\``);
  }
}
