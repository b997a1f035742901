import { MigrationInterface, QueryRunner } from 'typeorm';

export class Disclosures1795669978680 implements MigrationInterface {
  name = 'Disclosures1795669978680';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`attachment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`fileName\` varchar(200) NOT NULL, \`mime\` varchar(100) NOT NULL, \`sizeBytes\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`storageKey\` varchar(200) NOT NULL, \`visibility\` varchar(16) NOT NULL DEFAULT 'staff', \`uploadedBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_attachment_compound\` (\`compoundId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`notification\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NOT NULL, \`topic\` varchar(32) NOT NULL, \`subjectId\` int NOT NULL, \`status\` varchar(16) NOT NULL, \`detail\` varchar(200) NOT NULL DEFAULT '', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_notification_person\` (\`personId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`compound_billing\` (\`compoundId\` int NOT NULL, \`billingModel\` varchar(16) NOT NULL, \`voucherRequiredAboveFen\` int NULL, PRIMARY KEY (\`compoundId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`account_disclosure\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`periodKind\` varchar(8) NOT NULL, \`periodKey\` varchar(8) NOT NULL, \`status\` varchar(16) NOT NULL, \`billingModel\` varchar(16) NOT NULL, \`amendsId\` int NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_account_disclosure_period\` (\`compoundId\`, \`periodKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`disclosure_line\` (\`id\` int NOT NULL AUTO_INCREMENT, \`disclosureId\` int NOT NULL, \`position\` int NOT NULL, \`direction\` varchar(8) NOT NULL, \`category\` varchar(32) NOT NULL, \`amountFen\` int NOT NULL, \`occurredOn\` varchar(10) NOT NULL, \`counterparty\` varchar(100) NOT NULL, \`note\` varchar(500) NOT NULL DEFAULT '', \`householdsBilled\` int NULL, \`householdsPaid\` int NULL, INDEX \`IDX_disclosure_line_disclosure\` (\`disclosureId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`line_attachment\` (\`lineId\` int NOT NULL, \`attachmentId\` int NOT NULL, PRIMARY KEY (\`lineId\`, \`attachmentId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`review_note\` (\`id\` int NOT NULL AUTO_INCREMENT, \`disclosureId\` int NOT NULL, \`authorId\` int NOT NULL, \`role\` varchar(32) NOT NULL, \`text\` varchar(1000) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_review_note_disclosure\` (\`disclosureId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`line_question\` (\`id\` int NOT NULL AUTO_INCREMENT, \`lineId\` int NOT NULL, \`disclosureId\` int NOT NULL, \`askerId\` int NOT NULL, \`text\` varchar(500) NOT NULL, \`askedAt\` datetime NOT NULL, \`answerText\` varchar(1000) NULL, \`answeredBy\` int NULL, \`answeredAt\` datetime NULL, INDEX \`IDX_line_question_line\` (\`lineId\`), INDEX \`IDX_line_question_disclosure\` (\`disclosureId\`, \`answeredAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`line_flag\` (\`id\` int NOT NULL AUTO_INCREMENT, \`lineId\` int NOT NULL, \`flaggedBy\` int NOT NULL, \`role\` varchar(32) NOT NULL, \`reason\` varchar(500) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_line_flag_line\` (\`lineId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`publication\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`seq\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`subjectId\` int NOT NULL, \`contentHash\` varchar(64) NOT NULL, \`prevHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, \`publishedAt\` datetime NOT NULL, \`publishedBy\` int NOT NULL, UNIQUE INDEX \`UQ_publication_subject\` (\`kind\`, \`subjectId\`), UNIQUE INDEX \`UQ_publication_seq\` (\`compoundId\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`service_disclosure\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`status\` varchar(16) NOT NULL, \`company\` varchar(100) NOT NULL, \`contractStart\` varchar(10) NOT NULL, \`contractEnd\` varchar(10) NOT NULL, \`serviceLevel\` varchar(50) NOT NULL, \`feeStandardFenPerM2Month\` int NOT NULL, \`staffPosts\` text NOT NULL, \`items\` text NOT NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_service_disclosure_compound\` (\`compoundId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`work_record\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`doneOn\` varchar(10) NOT NULL, \`description\` varchar(500) NOT NULL, \`photoIds\` text NOT NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_work_record_compound\` (\`compoundId\`, \`doneOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`attachment\` ADD CONSTRAINT \`FK_66e799b6f3e0d0f69496ff3ad1e\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`compound_billing\` ADD CONSTRAINT \`FK_3a1cb003a7b244f53f803cd4ef2\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`account_disclosure\` ADD CONSTRAINT \`FK_2a03c0fe859d0ad0ecda4962f13\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`account_disclosure\` ADD CONSTRAINT \`FK_3a415de3bc55ff19021df02965f\` FOREIGN KEY (\`amendsId\`) REFERENCES \`account_disclosure\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`disclosure_line\` ADD CONSTRAINT \`FK_9bb7d995cff5d8ccf14089fedea\` FOREIGN KEY (\`disclosureId\`) REFERENCES \`account_disclosure\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`line_attachment\` ADD CONSTRAINT \`FK_5dae6f15af0c9d7a918d4b890fc\` FOREIGN KEY (\`lineId\`) REFERENCES \`disclosure_line\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`line_attachment\` ADD CONSTRAINT \`FK_7566de574ed0296af745779f3ac\` FOREIGN KEY (\`attachmentId\`) REFERENCES \`attachment\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`review_note\` ADD CONSTRAINT \`FK_dfcea623b4dd5125d1dcbeda492\` FOREIGN KEY (\`disclosureId\`) REFERENCES \`account_disclosure\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`line_question\` ADD CONSTRAINT \`FK_b751725448792667a5d3d66e4cd\` FOREIGN KEY (\`lineId\`) REFERENCES \`disclosure_line\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`line_flag\` ADD CONSTRAINT \`FK_34eb2b198fcb8e7c13d70d72321\` FOREIGN KEY (\`lineId\`) REFERENCES \`disclosure_line\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`publication\` ADD CONSTRAINT \`FK_a8560f1a89f344eb1628671c007\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`service_disclosure\` ADD CONSTRAINT \`FK_3b506d66c1fc2f48dea35634431\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`work_record\` ADD CONSTRAINT \`FK_2809e16a03254590d13beb3b316\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`work_record\` DROP FOREIGN KEY \`FK_2809e16a03254590d13beb3b316\``);
    await queryRunner.query(`ALTER TABLE \`service_disclosure\` DROP FOREIGN KEY \`FK_3b506d66c1fc2f48dea35634431\``);
    await queryRunner.query(`ALTER TABLE \`publication\` DROP FOREIGN KEY \`FK_a8560f1a89f344eb1628671c007\``);
    await queryRunner.query(`ALTER TABLE \`line_flag\` DROP FOREIGN KEY \`FK_34eb2b198fcb8e7c13d70d72321\``);
    await queryRunner.query(`ALTER TABLE \`line_question\` DROP FOREIGN KEY \`FK_b751725448792667a5d3d66e4cd\``);
    await queryRunner.query(`ALTER TABLE \`review_note\` DROP FOREIGN KEY \`FK_dfcea623b4dd5125d1dcbeda492\``);
    await queryRunner.query(`ALTER TABLE \`line_attachment\` DROP FOREIGN KEY \`FK_7566de574ed0296af745779f3ac\``);
    await queryRunner.query(`ALTER TABLE \`line_attachment\` DROP FOREIGN KEY \`FK_5dae6f15af0c9d7a918d4b890fc\``);
    await queryRunner.query(`ALTER TABLE \`disclosure_line\` DROP FOREIGN KEY \`FK_9bb7d995cff5d8ccf14089fedea\``);
    await queryRunner.query(`ALTER TABLE \`account_disclosure\` DROP FOREIGN KEY \`FK_3a415de3bc55ff19021df02965f\``);
    await queryRunner.query(`ALTER TABLE \`account_disclosure\` DROP FOREIGN KEY \`FK_2a03c0fe859d0ad0ecda4962f13\``);
    await queryRunner.query(`ALTER TABLE \`compound_billing\` DROP FOREIGN KEY \`FK_3a1cb003a7b244f53f803cd4ef2\``);
    await queryRunner.query(`ALTER TABLE \`attachment\` DROP FOREIGN KEY \`FK_66e799b6f3e0d0f69496ff3ad1e\``);
    await queryRunner.query(`DROP INDEX \`IDX_work_record_compound\` ON \`work_record\``);
    await queryRunner.query(`DROP TABLE \`work_record\``);
    await queryRunner.query(`DROP INDEX \`IDX_service_disclosure_compound\` ON \`service_disclosure\``);
    await queryRunner.query(`DROP TABLE \`service_disclosure\``);
    await queryRunner.query(`DROP INDEX \`UQ_publication_seq\` ON \`publication\``);
    await queryRunner.query(`DROP INDEX \`UQ_publication_subject\` ON \`publication\``);
    await queryRunner.query(`DROP TABLE \`publication\``);
    await queryRunner.query(`DROP INDEX \`IDX_line_flag_line\` ON \`line_flag\``);
    await queryRunner.query(`DROP TABLE \`line_flag\``);
    await queryRunner.query(`DROP INDEX \`IDX_line_question_disclosure\` ON \`line_question\``);
    await queryRunner.query(`DROP INDEX \`IDX_line_question_line\` ON \`line_question\``);
    await queryRunner.query(`DROP TABLE \`line_question\``);
    await queryRunner.query(`DROP INDEX \`IDX_review_note_disclosure\` ON \`review_note\``);
    await queryRunner.query(`DROP TABLE \`review_note\``);
    await queryRunner.query(`DROP TABLE \`line_attachment\``);
    await queryRunner.query(`DROP INDEX \`IDX_disclosure_line_disclosure\` ON \`disclosure_line\``);
    await queryRunner.query(`DROP TABLE \`disclosure_line\``);
    await queryRunner.query(`DROP INDEX \`IDX_account_disclosure_period\` ON \`account_disclosure\``);
    await queryRunner.query(`DROP TABLE \`account_disclosure\``);
    await queryRunner.query(`DROP TABLE \`compound_billing\``);
    await queryRunner.query(`DROP INDEX \`IDX_notification_person\` ON \`notification\``);
    await queryRunner.query(`DROP TABLE \`notification\``);
    await queryRunner.query(`DROP INDEX \`IDX_attachment_compound\` ON \`attachment\``);
    await queryRunner.query(`DROP TABLE \`attachment\``);
  }
}
