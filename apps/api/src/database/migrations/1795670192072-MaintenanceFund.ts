import { MigrationInterface, QueryRunner } from 'typeorm';

export class MaintenanceFund1795670192072 implements MigrationInterface {
  name = 'MaintenanceFund1795670192072';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`fund_entry\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`occurredOn\` varchar(10) NOT NULL, \`amountFen\` bigint NOT NULL, \`description\` varchar(500) NOT NULL, \`decisionRef\` varchar(100) NULL, \`attachmentIds\` text NOT NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_fund_entry_compound\` (\`compoundId\`, \`occurredOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`audit_report\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`year\` int NOT NULL, \`title\` varchar(100) NOT NULL, \`auditor\` varchar(100) NOT NULL, \`attachmentId\` int NOT NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_audit_report_compound\` (\`compoundId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`fund_entry\` ADD CONSTRAINT \`FK_2c0ac7574b99d4a47b6aa657068\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`audit_report\` ADD CONSTRAINT \`FK_6dbe84caaf2a672051ed9542ff3\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`audit_report\` ADD CONSTRAINT \`FK_4358475f7b3c54f91abe3f5d6dc\` FOREIGN KEY (\`attachmentId\`) REFERENCES \`attachment\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`audit_report\` DROP FOREIGN KEY \`FK_4358475f7b3c54f91abe3f5d6dc\``);
    await queryRunner.query(`ALTER TABLE \`audit_report\` DROP FOREIGN KEY \`FK_6dbe84caaf2a672051ed9542ff3\``);
    await queryRunner.query(`ALTER TABLE \`fund_entry\` DROP FOREIGN KEY \`FK_2c0ac7574b99d4a47b6aa657068\``);
    await queryRunner.query(`DROP INDEX \`IDX_audit_report_compound\` ON \`audit_report\``);
    await queryRunner.query(`DROP TABLE \`audit_report\``);
    await queryRunner.query(`DROP INDEX \`IDX_fund_entry_compound\` ON \`fund_entry\``);
    await queryRunner.query(`DROP TABLE \`fund_entry\``);
  }
}
