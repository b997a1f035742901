import { MigrationInterface, QueryRunner } from 'typeorm';

export class Complaints1795676758889 implements MigrationInterface {
  name = 'Complaints1795676758889';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`complaint\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`buildingId\` int NULL, \`placeText\` varchar(100) NOT NULL DEFAULT '', \`category\` varchar(24) NOT NULL, \`text\` varchar(1000) NOT NULL, \`visible\` tinyint NOT NULL DEFAULT 0, \`filedBy\` int NOT NULL, \`status\` varchar(16) NOT NULL, \`level\` varchar(16) NOT NULL, \`levelSince\` datetime NOT NULL, \`route\` varchar(16) NOT NULL, \`routeReason\` varchar(200) NOT NULL, \`gridId\` int NULL, \`dueAt\` datetime NULL, \`dueKind\` varchar(8) NULL, \`acceptedAt\` datetime NULL, \`resolvedAt\` datetime NULL, \`closedAt\` datetime NULL, \`rating\` tinyint NULL, \`ratingComment\` varchar(500) NOT NULL DEFAULT '', \`photoIds\` varchar(200) NOT NULL DEFAULT '', \`version\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_complaint_status_resolved\` (\`status\`, \`resolvedAt\`), INDEX \`IDX_complaint_level_due\` (\`level\`, \`dueAt\`), INDEX \`IDX_complaint_filer\` (\`filedBy\`, \`id\`), INDEX \`IDX_complaint_created\` (\`createdAt\`, \`compoundId\`), INDEX \`IDX_complaint_compound_created\` (\`compoundId\`, \`createdAt\`), INDEX \`IDX_complaint_route_due\` (\`compoundId\`, \`route\`, \`dueAt\`), INDEX \`IDX_complaint_grid_due\` (\`gridId\`, \`dueAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`complaint_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`complaintId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`actorId\` int NULL, \`actorRole\` varchar(32) NOT NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NULL, \`level\` varchar(16) NOT NULL, \`note\` varchar(1000) NOT NULL DEFAULT '', \`photoIds\` varchar(200) NOT NULL DEFAULT '', \`at\` datetime NOT NULL, INDEX \`IDX_complaint_event_complaint\` (\`complaintId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`complaint_photo_check\` (\`traceId\` varchar(64) NOT NULL, \`attachmentId\` int NOT NULL, \`complaintId\` int NOT NULL, \`suggest\` varchar(8) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_complaint_photo_check_attachment\` (\`attachmentId\`), PRIMARY KEY (\`traceId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`compound_plan\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`period\` varchar(7) NOT NULL, \`causes\` varchar(2000) NOT NULL, \`measures\` varchar(2000) NOT NULL, \`responsible\` varchar(200) NOT NULL, \`dueDate\` varchar(10) NOT NULL, \`status\` varchar(8) NOT NULL DEFAULT 'open', \`createdBy\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_compound_plan_period\` (\`compoundId\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`compound_plan_update\` (\`id\` int NOT NULL AUTO_INCREMENT, \`planId\` int NOT NULL, \`text\` varchar(1000) NOT NULL, \`progress\` tinyint NOT NULL, \`createdBy\` int NOT NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_compound_plan_update_plan\` (\`planId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`complaint\` ADD CONSTRAINT \`FK_b98f41198e6d5fbc68095d53631\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`complaint\` ADD CONSTRAINT \`FK_ec383281f90398346114f6e044c\` FOREIGN KEY (\`buildingId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`complaint\` ADD CONSTRAINT \`FK_2d1f76b3eb030bdc0b8c31d590f\` FOREIGN KEY (\`gridId\`) REFERENCES \`grid\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`complaint_event\` ADD CONSTRAINT \`FK_7f865d2b497aa28897b247d8e8c\` FOREIGN KEY (\`complaintId\`) REFERENCES \`complaint\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`compound_plan\` ADD CONSTRAINT \`FK_afd1a771dfab898c1e680732a5a\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`compound_plan_update\` ADD CONSTRAINT \`FK_3a31a232867db81cb1a0c23ea6b\` FOREIGN KEY (\`planId\`) REFERENCES \`compound_plan\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`compound_plan_update\` DROP FOREIGN KEY \`FK_3a31a232867db81cb1a0c23ea6b\``);
    await queryRunner.query(`ALTER TABLE \`compound_plan\` DROP FOREIGN KEY \`FK_afd1a771dfab898c1e680732a5a\``);
    await queryRunner.query(`ALTER TABLE \`complaint_event\` DROP FOREIGN KEY \`FK_7f865d2b497aa28897b247d8e8c\``);
    await queryRunner.query(`ALTER TABLE \`complaint\` DROP FOREIGN KEY \`FK_2d1f76b3eb030bdc0b8c31d590f\``);
    await queryRunner.query(`ALTER TABLE \`complaint\` DROP FOREIGN KEY \`FK_ec383281f90398346114f6e044c\``);
    await queryRunner.query(`ALTER TABLE \`complaint\` DROP FOREIGN KEY \`FK_b98f41198e6d5fbc68095d53631\``);
    await queryRunner.query(`DROP INDEX \`IDX_compound_plan_update_plan\` ON \`compound_plan_update\``);
    await queryRunner.query(`DROP TABLE \`compound_plan_update\``);
    await queryRunner.query(`DROP INDEX \`UQ_compound_plan_period\` ON \`compound_plan\``);
    await queryRunner.query(`DROP TABLE \`compound_plan\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_photo_check_attachment\` ON \`complaint_photo_check\``);
    await queryRunner.query(`DROP TABLE \`complaint_photo_check\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_event_complaint\` ON \`complaint_event\``);
    await queryRunner.query(`DROP TABLE \`complaint_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_grid_due\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_route_due\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_compound_created\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_created\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_filer\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_level_due\` ON \`complaint\``);
    await queryRunner.query(`DROP INDEX \`IDX_complaint_status_resolved\` ON \`complaint\``);
    await queryRunner.query(`DROP TABLE \`complaint\``);
  }
}
