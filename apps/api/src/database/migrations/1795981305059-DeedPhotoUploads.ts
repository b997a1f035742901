import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeedPhotoUploads1795981305059 implements MigrationInterface {
  name = 'DeedPhotoUploads1795981305059';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`deed_photo_upload\` (\`attachmentId\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_deed_photo_upload_created\` (\`createdAt\`), PRIMARY KEY (\`attachmentId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`deed_photo_upload\` ADD CONSTRAINT \`FK_b491709f55b2fcca13616e8b7a8\` FOREIGN KEY (\`attachmentId\`) REFERENCES \`attachment\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`deed_photo_upload\` DROP FOREIGN KEY \`FK_b491709f55b2fcca13616e8b7a8\``);
    await queryRunner.query(`DROP INDEX \`IDX_deed_photo_upload_created\` ON \`deed_photo_upload\``);
    await queryRunner.query(`DROP TABLE \`deed_photo_upload\``);
  }
}
