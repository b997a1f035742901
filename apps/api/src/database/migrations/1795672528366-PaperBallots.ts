import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaperBallots1795672528366 implements MigrationInterface {
  name = 'PaperBallots1795672528366';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`ballot\` ADD \`madeAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`ballot\` ADD \`scanAttachmentId\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`ballot\` ADD \`proxyName\` varchar(50) NULL`);
    await queryRunner.query(`ALTER TABLE \`ballot\` ADD \`proxyDocumentId\` int NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`ballot\` DROP COLUMN \`proxyDocumentId\``);
    await queryRunner.query(`ALTER TABLE \`ballot\` DROP COLUMN \`proxyName\``);
    await queryRunner.query(`ALTER TABLE \`ballot\` DROP COLUMN \`scanAttachmentId\``);
    await queryRunner.query(`ALTER TABLE \`ballot\` DROP COLUMN \`madeAt\``);
  }
}
