import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintContactsAndMeToo1795997301842 implements MigrationInterface {
  name = 'ComplaintContactsAndMeToo1795997301842';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`complaint_me_too\` (\`complaintId\` int NOT NULL, \`personId\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_complaint_me_too_person\` (\`personId\`), PRIMARY KEY (\`complaintId\`, \`personId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`complaint\` ADD \`callBack\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE \`role_grant\` ADD \`workPhone\` varchar(20) NULL`);
    await queryRunner.query(
      `ALTER TABLE \`complaint_me_too\` ADD CONSTRAINT \`FK_0a48f4f1fcdf8fc30f9c186cc8f\` FOREIGN KEY (\`complaintId\`) REFERENCES \`complaint\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`complaint_me_too\` DROP FOREIGN KEY \`FK_0a48f4f1fcdf8fc30f9c186cc8f\``);
    await queryRunner.query(`ALTER TABLE \`role_grant\` DROP COLUMN \`workPhone\``);
    await queryRunner.query(`ALTER TABLE \`complaint\` DROP COLUMN \`callBack\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_me_too_person\` ON \`complaint_me_too\``);
    await queryRunner.query(`DROP TABLE \`complaint_me_too\``);
  }
}
