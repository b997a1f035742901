import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationSubject1795682387413 implements MigrationInterface {
  name = 'NotificationSubject1795682387413';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`IDX_notification_subject\` ON \`notification\` (\`topic\`, \`subjectId\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_notification_subject\` ON \`notification\``);
  }
}
