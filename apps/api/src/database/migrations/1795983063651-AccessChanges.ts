import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessChanges1795983063651 implements MigrationInterface {
  name = 'AccessChanges1795983063651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`access_change\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NOT NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_access_change_at\` (\`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_access_change_at\` ON \`access_change\``);
    await queryRunner.query(`DROP TABLE \`access_change\``);
  }
}
