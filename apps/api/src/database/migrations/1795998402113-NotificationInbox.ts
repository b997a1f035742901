import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationInbox1795998402113 implements MigrationInterface {
  name = 'NotificationInbox1795998402113';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notification\` ADD \`title\` varchar(100) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`notification\` ADD \`page\` varchar(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`notification\` ADD \`readAt\` datetime NULL`);
    await queryRunner.query(`CREATE INDEX \`IDX_notification_unread\` ON \`notification\` (\`personId\`, \`readAt\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_notification_unread\` ON \`notification\``);
    await queryRunner.query(`ALTER TABLE \`notification\` DROP COLUMN \`readAt\``);
    await queryRunner.query(`ALTER TABLE \`notification\` DROP COLUMN \`page\``);
    await queryRunner.query(`ALTER TABLE \`notification\` DROP COLUMN \`title\``);
  }
}
