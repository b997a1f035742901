import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotentWritesAndClaimAttempts1795975658945 implements MigrationInterface {
  name = 'IdempotentWritesAndClaimAttempts1795975658945';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`claim_attempt\` (\`personId\` int NOT NULL, \`day\` varchar(10) NOT NULL, \`failures\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`personId\`, \`day\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`proposal\` ADD \`idempotencyKey\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`proposal\` ADD \`requestSha256\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`complaint\` ADD \`idempotencyKey\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`complaint\` ADD \`requestSha256\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`line_question\` ADD \`idempotencyKey\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`line_question\` ADD \`requestSha256\` varchar(64) NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX \`UQ_proposal_idempotency\` ON \`proposal\` (\`raisedBy\`, \`idempotencyKey\`)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX \`UQ_complaint_idempotency\` ON \`complaint\` (\`filedBy\`, \`idempotencyKey\`)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX \`UQ_line_question_idempotency\` ON \`line_question\` (\`askerId\`, \`idempotencyKey\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`UQ_line_question_idempotency\` ON \`line_question\``);
    await queryRunner.query(`DROP INDEX \`UQ_complaint_idempotency\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`UQ_proposal_idempotency\` ON \`proposal\``);
    await queryRunner.query(`ALTER TABLE \`line_question\` DROP COLUMN \`requestSha256\``);
    await queryRunner.query(`ALTER TABLE \`line_question\` DROP COLUMN \`idempotencyKey\``);
    await queryRunner.query(`ALTER TABLE \`complaint\` DROP COLUMN \`requestSha256\``);
    await queryRunner.query(`ALTER TABLE \`complaint\` DROP COLUMN \`idempotencyKey\``);
    await queryRunner.query(`ALTER TABLE \`proposal\` DROP COLUMN \`requestSha256\``);
    await queryRunner.query(`ALTER TABLE \`proposal\` DROP COLUMN \`idempotencyKey\``);
    await queryRunner.query(`DROP TABLE \`claim_attempt\``);
  }
}
