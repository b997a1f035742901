import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLogPersonalDataOwnerVerification1795980830910 implements MigrationInterface {
  name = 'AuditLogPersonalDataOwnerVerification1795980830910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`claim_decision\` (\`id\` int NOT NULL AUTO_INCREMENT, \`claimId\` int NOT NULL, \`unitId\` int NOT NULL, \`action\` varchar(16) NOT NULL, \`decidedBy\` int NOT NULL, \`role\` varchar(32) NOT NULL, \`reason\` varchar(200) NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_claim_decision_unit\` (\`unitId\`, \`id\`), INDEX \`IDX_claim_decision_claim\` (\`claimId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`roster_deed\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`building\` varchar(32) NOT NULL, \`room\` varchar(32) NOT NULL, \`last6Hash\` varchar(64) NOT NULL, UNIQUE INDEX \`UQ_roster_deed_unit\` (\`compoundId\`, \`building\`, \`room\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`audit_entry\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NOT NULL, \`personNameSealed\` varchar(255) NULL, \`role\` varchar(32) NOT NULL, \`placeId\` int NOT NULL, \`placePath\` varchar(255) NOT NULL, \`method\` varchar(8) NOT NULL, \`route\` varchar(255) NOT NULL, \`recordIds\` varchar(500) NOT NULL, \`status\` int NOT NULL, \`requestId\` varchar(64) NOT NULL, \`at\` datetime NOT NULL, INDEX \`IDX_audit_entry_person\` (\`personId\`, \`id\`), INDEX \`IDX_audit_entry_place\` (\`placePath\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`person\` ADD \`deletedAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` ADD \`claimedPhoneLast4Sealed\` varchar(255) NULL`);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` ADD \`deedLast6Hash\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` ADD \`deedPhotoId\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` ADD \`deedPhotoDeletedAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` ADD \`revokedAt\` datetime NULL`);
    await queryRunner.query(`CREATE INDEX \`IDX_claim_deed_photo\` ON \`unit_claim\` (\`deedPhotoId\`, \`decidedAt\`)`);
    await queryRunner.query(
      `ALTER TABLE \`unit_claim\` ADD CONSTRAINT \`FK_42b5ef6aa74987106628f3c0191\` FOREIGN KEY (\`deedPhotoId\`) REFERENCES \`attachment\`(\`id\`) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`claim_decision\` ADD CONSTRAINT \`FK_c624b50cd9e51fac521402947f3\` FOREIGN KEY (\`claimId\`) REFERENCES \`unit_claim\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`roster_deed\` ADD CONSTRAINT \`FK_cea6becbf998153a8773c57fd0a\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`roster_deed\` DROP FOREIGN KEY \`FK_cea6becbf998153a8773c57fd0a\``);
    await queryRunner.query(`ALTER TABLE \`claim_decision\` DROP FOREIGN KEY \`FK_c624b50cd9e51fac521402947f3\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP FOREIGN KEY \`FK_42b5ef6aa74987106628f3c0191\``);
    await queryRunner.query(`DROP INDEX \`IDX_claim_deed_photo\` ON \`unit_claim\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP COLUMN \`revokedAt\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP COLUMN \`deedPhotoDeletedAt\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP COLUMN \`deedPhotoId\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP COLUMN \`deedLast6Hash\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP COLUMN \`claimedPhoneLast4Sealed\``);
    await queryRunner.query(`ALTER TABLE \`person\` DROP COLUMN \`deletedAt\``);
    await queryRunner.query(`DROP INDEX \`IDX_audit_entry_place\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_audit_entry_person\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`UQ_roster_deed_unit\` ON \`roster_deed\``);
    await queryRunner.query(`DROP TABLE \`roster_deed\``);
    await queryRunner.query(`DROP INDEX \`IDX_claim_decision_claim\` ON \`claim_decision\``);
    await queryRunner.query(`DROP INDEX \`IDX_claim_decision_unit\` ON \`claim_decision\``);
    await queryRunner.query(`DROP TABLE \`claim_decision\``);
  }
}
