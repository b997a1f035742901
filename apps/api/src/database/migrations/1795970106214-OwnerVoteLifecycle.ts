import { MigrationInterface, QueryRunner } from 'typeorm';

export class OwnerVoteLifecycle1795970106214 implements MigrationInterface {
  name = 'OwnerVoteLifecycle1795970106214';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`owner_key_merge\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`fromKey\` varchar(64) NOT NULL, \`intoKey\` varchar(64) NOT NULL, \`fromUnitId\` int NOT NULL, \`intoUnitId\` int NOT NULL, \`reason\` varchar(200) NOT NULL, \`mergedBy\` int NULL, \`mergedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_owner_key_merge_into\` (\`intoKey\`), INDEX \`IDX_owner_key_merge_from\` (\`fromKey\`), INDEX \`IDX_owner_key_merge_compound\` (\`compoundId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`vote_option\` (\`voteId\` int NOT NULL, \`optionId\` varchar(8) NOT NULL, \`position\` int NOT NULL, \`label\` varchar(100) NOT NULL, PRIMARY KEY (\`voteId\`, \`optionId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`vote_basis\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`clause\` varchar(1000) NOT NULL, \`documentId\` int NOT NULL, \`objectionDays\` int NOT NULL, \`recordedBy\` int NOT NULL, \`recordedByRole\` varchar(32) NOT NULL, \`recordedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_vote_basis_compound\` (\`compoundId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`vote_objection\` (\`id\` int NOT NULL AUTO_INCREMENT, \`voteId\` int NOT NULL, \`personId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`unitId\` int NOT NULL, \`text\` varchar(2000) NOT NULL, \`raisedAt\` datetime NOT NULL, \`answerText\` varchar(2000) NULL, \`answeredBy\` int NULL, \`answeredByRole\` varchar(32) NULL, \`answeredAt\` datetime NULL, \`correctionId\` int NULL, INDEX \`IDX_vote_objection_vote\` (\`voteId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`vote_correction\` (\`id\` int NOT NULL AUTO_INCREMENT, \`voteId\` int NOT NULL, \`objectionId\` int NULL, \`kind\` varchar(16) NOT NULL, \`unitId\` int NOT NULL, \`ballotId\` int NULL, \`newBallotId\` int NULL, \`beforeJson\` varchar(300) NULL, \`afterJson\` varchar(300) NULL, \`reason\` varchar(1000) NOT NULL, \`correctsSeq\` int NOT NULL, \`correctedBy\` int NOT NULL, \`byRole\` varchar(32) NOT NULL, \`correctedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_vote_correction_vote\` (\`voteId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`vote_record_file\` (\`recordKind\` varchar(12) NOT NULL, \`recordId\` int NOT NULL, \`attachmentId\` int NOT NULL, PRIMARY KEY (\`recordKind\`, \`recordId\`, \`attachmentId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`unit_owner\` ADD \`ownerKey\` varchar(64) NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`unit_owner\` ADD \`endedAt\` datetime NULL`);
    // Links made before this migration were made under their unit's key as it is now.
    await queryRunner.query(
      `UPDATE \`unit_owner\` o JOIN \`unit\` u ON u.\`id\` = o.\`unitId\` SET o.\`ownerKey\` = u.\`ownerKey\``,
    );
    await queryRunner.query(`ALTER TABLE \`unit_claim\` ADD \`ownerKey\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`roster_import\` ADD \`ownersEnded\` int NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`kind\` varchar(8) NOT NULL DEFAULT 'approval'`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`noticeMethod\` varchar(8) NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`basisId\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`objectionDays\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`objectionEndsAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`finalAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`lastBallotId\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`terminatedAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`terminatedBy\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`terminatedByRole\` varchar(32) NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`terminationReason\` varchar(500) NULL`);
    await queryRunner.query(`ALTER TABLE \`ballot\` ADD \`optionId\` varchar(8) NULL`);
    await queryRunner.query(`ALTER TABLE \`ballot\` ADD \`correctsBallotId\` int NULL`);
    await queryRunner.query(
      `ALTER TABLE \`owner_key_merge\` ADD CONSTRAINT \`FK_f8b1020b3226f759e69fdaf17a6\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`vote_option\` ADD CONSTRAINT \`FK_d2bdb0570a5031071545d91cb85\` FOREIGN KEY (\`voteId\`) REFERENCES \`owner_vote\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`vote_basis\` ADD CONSTRAINT \`FK_23e193ac973865f31646940da37\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`vote_objection\` ADD CONSTRAINT \`FK_d21e50a478a381e2673aa540137\` FOREIGN KEY (\`voteId\`) REFERENCES \`owner_vote\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`vote_correction\` ADD CONSTRAINT \`FK_49129d3d7578672508babd35538\` FOREIGN KEY (\`voteId\`) REFERENCES \`owner_vote\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`vote_correction\` DROP FOREIGN KEY \`FK_49129d3d7578672508babd35538\``);
    await queryRunner.query(`ALTER TABLE \`vote_objection\` DROP FOREIGN KEY \`FK_d21e50a478a381e2673aa540137\``);
    await queryRunner.query(`ALTER TABLE \`vote_basis\` DROP FOREIGN KEY \`FK_23e193ac973865f31646940da37\``);
    await queryRunner.query(`ALTER TABLE \`vote_option\` DROP FOREIGN KEY \`FK_d2bdb0570a5031071545d91cb85\``);
    await queryRunner.query(`ALTER TABLE \`owner_key_merge\` DROP FOREIGN KEY \`FK_f8b1020b3226f759e69fdaf17a6\``);
    await queryRunner.query(`ALTER TABLE \`ballot\` DROP COLUMN \`correctsBallotId\``);
    await queryRunner.query(`ALTER TABLE \`ballot\` DROP COLUMN \`optionId\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`terminationReason\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`terminatedByRole\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`terminatedBy\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`terminatedAt\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`lastBallotId\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`finalAt\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`objectionEndsAt\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`objectionDays\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`basisId\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`noticeMethod\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`kind\``);
    await queryRunner.query(`ALTER TABLE \`roster_import\` DROP COLUMN \`ownersEnded\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP COLUMN \`ownerKey\``);
    await queryRunner.query(`ALTER TABLE \`unit_owner\` DROP COLUMN \`endedAt\``);
    await queryRunner.query(`ALTER TABLE \`unit_owner\` DROP COLUMN \`ownerKey\``);
    await queryRunner.query(`DROP TABLE \`vote_record_file\``);
    await queryRunner.query(`DROP INDEX \`IDX_vote_correction_vote\` ON \`vote_correction\``);
    await queryRunner.query(`DROP TABLE \`vote_correction\``);
    await queryRunner.query(`DROP INDEX \`IDX_vote_objection_vote\` ON \`vote_objection\``);
    await queryRunner.query(`DROP TABLE \`vote_objection\``);
    await queryRunner.query(`DROP INDEX \`IDX_vote_basis_compound\` ON \`vote_basis\``);
    await queryRunner.query(`DROP TABLE \`vote_basis\``);
    await queryRunner.query(`DROP TABLE \`vote_option\``);
    await queryRunner.query(`DROP INDEX \`IDX_owner_key_merge_compound\` ON \`owner_key_merge\``);
    await queryRunner.query(`DROP INDEX \`IDX_owner_key_merge_from\` ON \`owner_key_merge\``);
    await queryRunner.query(`DROP INDEX \`IDX_owner_key_merge_into\` ON \`owner_key_merge\``);
    await queryRunner.query(`DROP TABLE \`owner_key_merge\``);
  }
}
