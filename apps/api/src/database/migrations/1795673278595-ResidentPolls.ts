import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResidentPolls1795673278595 implements MigrationInterface {
  name = 'ResidentPolls1795673278595';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`resident_poll\` (\`id\` int NOT NULL AUTO_INCREMENT, \`proposalId\` int NOT NULL, \`compoundId\` int NOT NULL, \`closesAt\` datetime NOT NULL, \`closedAt\` datetime NULL, \`openedBy\` int NOT NULL, \`openedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_resident_poll_proposal\` (\`proposalId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`poll_vote\` (\`pollId\` int NOT NULL, \`personId\` int NOT NULL, \`choice\` varchar(8) NOT NULL, \`castAt\` datetime NOT NULL, PRIMARY KEY (\`pollId\`, \`personId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`resident_poll\` ADD CONSTRAINT \`FK_fc0113ddab5cb7bb8ed5ffbb852\` FOREIGN KEY (\`proposalId\`) REFERENCES \`proposal\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`poll_vote\` ADD CONSTRAINT \`FK_99f9db6d3dae2a0aebebbf8e10a\` FOREIGN KEY (\`pollId\`) REFERENCES \`resident_poll\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`poll_vote\` DROP FOREIGN KEY \`FK_99f9db6d3dae2a0aebebbf8e10a\``);
    await queryRunner.query(`ALTER TABLE \`resident_poll\` DROP FOREIGN KEY \`FK_fc0113ddab5cb7bb8ed5ffbb852\``);
    await queryRunner.query(`DROP TABLE \`poll_vote\``);
    await queryRunner.query(`DROP INDEX \`UQ_resident_poll_proposal\` ON \`resident_poll\``);
    await queryRunner.query(`DROP TABLE \`resident_poll\``);
  }
}
