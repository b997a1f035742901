import { MigrationInterface, QueryRunner } from 'typeorm';

export class VoteNoticeAndChannel1795677396036 implements MigrationInterface {
  name = 'VoteNoticeAndChannel1795677396036';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`channel\` varchar(8) NOT NULL DEFAULT 'here'`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`externalRef\` varchar(100) NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`noticePostedAt\` datetime NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`noticeAttachmentId\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`importedParts\` varchar(500) NULL`);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` ADD \`documentIds\` varchar(200) NOT NULL DEFAULT ''`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`documentIds\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`importedParts\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`noticeAttachmentId\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`noticePostedAt\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`externalRef\``);
    await queryRunner.query(`ALTER TABLE \`owner_vote\` DROP COLUMN \`channel\``);
  }
}
