import { MigrationInterface, QueryRunner } from 'typeorm';

export class OwnerVotes1795672015538 implements MigrationInterface {
  name = 'OwnerVotes1795672015538';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`proposal\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`title\` varchar(100) NOT NULL, \`body\` varchar(4000) NOT NULL, \`stage\` varchar(16) NOT NULL, \`raisedBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_proposal_compound\` (\`compoundId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`owner_vote\` (\`id\` int NOT NULL AUTO_INCREMENT, \`proposalId\` int NOT NULL, \`compoundId\` int NOT NULL, \`matterNo\` int NOT NULL, \`rule\` varchar(16) NOT NULL, \`secret\` tinyint NOT NULL, \`status\` varchar(8) NOT NULL, \`openedAt\` datetime NOT NULL, \`closesAt\` datetime NOT NULL, \`closedAt\` datetime NULL, \`openedBy\` int NOT NULL, \`rollSha256\` varchar(64) NOT NULL, UNIQUE INDEX \`UQ_owner_vote_proposal\` (\`proposalId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`vote_roll\` (\`voteId\` int NOT NULL, \`unitId\` int NOT NULL, \`areaCentiM2\` int NOT NULL, \`ownerKey\` varchar(64) NOT NULL, \`developerUnsold\` tinyint NOT NULL, INDEX \`IDX_vote_roll_owner\` (\`voteId\`, \`ownerKey\`), PRIMARY KEY (\`voteId\`, \`unitId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`ballot\` (\`id\` int NOT NULL AUTO_INCREMENT, \`voteId\` int NOT NULL, \`ownerKey\` varchar(64) NOT NULL, \`choice\` varchar(8) NOT NULL, \`method\` varchar(8) NOT NULL, \`enteredBy\` int NOT NULL, \`idempotencyKey\` varchar(64) NULL, \`requestSha256\` varchar(64) NOT NULL, \`receiptCode\` varchar(16) NOT NULL, \`castAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_ballot_receipt\` (\`receiptCode\`), UNIQUE INDEX \`UQ_ballot_idempotency\` (\`voteId\`, \`ownerKey\`, \`idempotencyKey\`), INDEX \`IDX_ballot_owner\` (\`voteId\`, \`ownerKey\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`proposal\` ADD CONSTRAINT \`FK_5b8cdf4a3d3d4f7014eb401d97d\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`owner_vote\` ADD CONSTRAINT \`FK_fb764108d77e56bc5098161dc33\` FOREIGN KEY (\`proposalId\`) REFERENCES \`proposal\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`vote_roll\` ADD CONSTRAINT \`FK_15bc8dc6bcfb1533f71f30904b6\` FOREIGN KEY (\`voteId\`) REFERENCES \`owner_vote\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`ballot\` ADD CONSTRAINT \`FK_1553d32f47a59d5997e18a1f17f\` FOREIGN KEY (\`voteId\`) REFERENCES \`owner_vote\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`ballot\` DROP FOREIGN KEY \`FK_1553d32f47a59d5997e18a1f17f\``);
    await queryRunner.query(`ALTER TABLE \`vote_roll\` DROP FOREIGN KEY \`FK_15bc8dc6bcfb1533f71f30904b6\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP FOREIGN KEY \`FK_fb764108d77e56bc5098161dc33\``);
    await queryRunner.query(`ALTER TABLE \`proposal\` DROP FOREIGN KEY \`FK_5b8cdf4a3d3d4f7014eb401d97d\``);
    await queryRunner.query(`DROP INDEX \`IDX_ballot_owner\` ON \`ballot\``);
    await queryRunner.query(`DROP INDEX \`UQ_ballot_idempotency\` ON \`ballot\``);
    await queryRunner.query(`DROP INDEX \`UQ_ballot_receipt\` ON \`ballot\``);
    await queryRunner.query(`DROP TABLE \`ballot\``);
    await queryRunner.query(`DROP INDEX \`IDX_vote_roll_owner\` ON \`vote_roll\``);
    await queryRunner.query(`DROP TABLE \`vote_roll\``);
    await queryRunner.query(`DROP INDEX \`UQ_owner_vote_proposal\` ON \`owner_vote\``);
    await queryRunner.query(`DROP TABLE \`owner_vote\``);
    await queryRunner.query(`DROP INDEX \`IDX_proposal_compound\` ON \`proposal\``);
    await queryRunner.query(`DROP TABLE \`proposal\``);
  }
}
