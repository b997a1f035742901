import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795667223705 implements MigrationInterface {
  name = 'Init1795667223705';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`person\` (\`id\` int NOT NULL AUTO_INCREMENT, \`openid\` varchar(64) NOT NULL, \`nameSealed\` varchar(255) NULL, \`phoneSealed\` varchar(255) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_6d07fc02819274a85a2f92a026\` (\`openid\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`session\` (\`id\` int NOT NULL AUTO_INCREMENT, \`tokenHash\` varchar(64) NOT NULL, \`personId\` int NOT NULL, \`expiresAt\` datetime NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_session_person\` (\`personId\`), UNIQUE INDEX \`IDX_ff3b5bfd0767bd32942e5ccaad\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`place\` (\`id\` int NOT NULL AUTO_INCREMENT, \`level\` varchar(16) NOT NULL, \`name\` varchar(100) NOT NULL, \`parentId\` int NULL, \`path\` varchar(255) NOT NULL, \`propertyCompany\` varchar(100) NULL, INDEX \`IDX_place_level_name\` (\`level\`, \`name\`), INDEX \`IDX_place_path\` (\`path\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`grid\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`parentId\` int NULL, \`kind\` varchar(16) NOT NULL, \`name\` varchar(100) NOT NULL, INDEX \`IDX_grid_compound\` (\`compoundId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`grid_building\` (\`gridId\` int NOT NULL, \`buildingId\` int NOT NULL, INDEX \`IDX_grid_building_building\` (\`buildingId\`), PRIMARY KEY (\`gridId\`, \`buildingId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`role_grant\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NOT NULL, \`role\` varchar(32) NOT NULL, \`placeId\` int NOT NULL, \`gridId\` int NULL, \`gridKey\` int NOT NULL DEFAULT '0', \`grantedBy\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_role_grant_place\` (\`placeId\`, \`role\`), UNIQUE INDEX \`UQ_role_grant\` (\`personId\`, \`role\`, \`placeId\`, \`gridKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`unit\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`buildingId\` int NOT NULL, \`entrance\` varchar(16) NOT NULL DEFAULT '', \`room\` varchar(32) NOT NULL, \`areaCentiM2\` int NOT NULL, \`ownerKey\` varchar(64) NOT NULL, \`developerUnsold\` tinyint NOT NULL DEFAULT 0, \`ownerNameSealed\` varchar(255) NULL, \`ownerPhoneSealed\` varchar(255) NULL, INDEX \`IDX_unit_owner_key\` (\`compoundId\`, \`ownerKey\`), INDEX \`IDX_unit_compound\` (\`compoundId\`, \`id\`), UNIQUE INDEX \`UQ_unit_building_room\` (\`buildingId\`, \`room\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`unit_owner\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NOT NULL, \`unitId\` int NOT NULL, \`claimId\` int NULL, \`verifiedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_unit_owner_unit\` (\`unitId\`), UNIQUE INDEX \`UQ_unit_owner\` (\`personId\`, \`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`unit_claim\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NOT NULL, \`compoundId\` int NOT NULL, \`unitId\` int NULL, \`status\` varchar(16) NOT NULL, \`claimedNameSealed\` varchar(255) NOT NULL, \`decidedBy\` int NULL, \`decidedAt\` datetime NULL, \`reason\` varchar(200) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_claim_person\` (\`personId\`, \`createdAt\`), INDEX \`IDX_claim_compound_status\` (\`compoundId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`roster_import\` (\`id\` int NOT NULL AUTO_INCREMENT, \`compoundId\` int NOT NULL, \`importedBy\` int NOT NULL, \`fileName\` varchar(255) NOT NULL, \`total\` int NOT NULL, \`created\` int NOT NULL, \`updated\` int NOT NULL, \`unchanged\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_roster_import_compound\` (\`compoundId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`session\` ADD CONSTRAINT \`FK_b8e1fcf37e349295272a5ebbd50\` FOREIGN KEY (\`personId\`) REFERENCES \`person\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`place\` ADD CONSTRAINT \`FK_96048d4d34bf33f8064161ba37e\` FOREIGN KEY (\`parentId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`grid\` ADD CONSTRAINT \`FK_fbcd26b92ae06a09bc7853f92b8\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`grid\` ADD CONSTRAINT \`FK_e928cc24053f0f64da6f92b07a1\` FOREIGN KEY (\`parentId\`) REFERENCES \`grid\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`grid_building\` ADD CONSTRAINT \`FK_0eeb2463b7d32cd7e366c2c0bc7\` FOREIGN KEY (\`gridId\`) REFERENCES \`grid\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`grid_building\` ADD CONSTRAINT \`FK_34ec696cc0d254fd2b2cca0671d\` FOREIGN KEY (\`buildingId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`role_grant\` ADD CONSTRAINT \`FK_17f9bd206d5b0937dac3c6bd386\` FOREIGN KEY (\`personId\`) REFERENCES \`person\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`role_grant\` ADD CONSTRAINT \`FK_adfa564565c5680164ddf77d2ab\` FOREIGN KEY (\`placeId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`role_grant\` ADD CONSTRAINT \`FK_885855f77c900ccd45acae56255\` FOREIGN KEY (\`gridId\`) REFERENCES \`grid\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`unit\` ADD CONSTRAINT \`FK_f9d9efae0fd5d2faa89060fe35d\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`unit\` ADD CONSTRAINT \`FK_7c83c4fa4ba1e894ca7f6e697b6\` FOREIGN KEY (\`buildingId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`unit_owner\` ADD CONSTRAINT \`FK_f4bf9c9d3e767b2431a2c844c56\` FOREIGN KEY (\`personId\`) REFERENCES \`person\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`unit_owner\` ADD CONSTRAINT \`FK_f153638a225692dc80cb46ece68\` FOREIGN KEY (\`unitId\`) REFERENCES \`unit\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`unit_claim\` ADD CONSTRAINT \`FK_280e9903cd5766122aea23c466f\` FOREIGN KEY (\`personId\`) REFERENCES \`person\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`unit_claim\` ADD CONSTRAINT \`FK_d576cfc396d780ad785fb77776b\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`unit_claim\` ADD CONSTRAINT \`FK_06b1a1f7a6cf02ad25f0020348a\` FOREIGN KEY (\`unitId\`) REFERENCES \`unit\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`roster_import\` ADD CONSTRAINT \`FK_c1a360f483dd01873506c69239c\` FOREIGN KEY (\`compoundId\`) REFERENCES \`place\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`roster_import\` DROP FOREIGN KEY \`FK_c1a360f483dd01873506c69239c\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP FOREIGN KEY \`FK_06b1a1f7a6cf02ad25f0020348a\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP FOREIGN KEY \`FK_d576cfc396d780ad785fb77776b\``);
    await queryRunner.query(`ALTER TABLE \`unit_claim\` DROP FOREIGN KEY \`FK_280e9903cd5766122aea23c466f\``);
    await queryRunner.query(`ALTER TABLE \`unit_owner\` DROP FOREIGN KEY \`FK_f153638a225692dc80cb46ece68\``);
    await queryRunner.query(`ALTER TABLE \`unit_owner\` DROP FOREIGN KEY \`FK_f4bf9c9d3e767b2431a2c844c56\``);
    await queryRunner.query(`ALTER TABLE \`unit\` DROP FOREIGN KEY \`FK_7c83c4fa4ba1e894ca7f6e697b6\``);
    await queryRunner.query(`ALTER TABLE \`unit\` DROP FOREIGN KEY \`FK_f9d9efae0fd5d2faa89060fe35d\``);
    await queryRunner.query(`ALTER TABLE \`role_grant\` DROP FOREIGN KEY \`FK_885855f77c900ccd45acae56255\``);
    await queryRunner.query(`ALTER TABLE \`role_grant\` DROP FOREIGN KEY \`FK_adfa564565c5680164ddf77d2ab\``);
    await queryRunner.query(`ALTER TABLE \`role_grant\` DROP FOREIGN KEY \`FK_17f9bd206d5b0937dac3c6bd386\``);
    await queryRunner.query(`ALTER TABLE \`grid_building\` DROP FOREIGN KEY \`FK_34ec696cc0d254fd2b2cca0671d\``);
    await queryRunner.query(`ALTER TABLE \`grid_building\` DROP FOREIGN KEY \`FK_0eeb2463b7d32cd7e366c2c0bc7\``);
    await queryRunner.query(`ALTER TABLE \`grid\` DROP FOREIGN KEY \`FK_e928cc24053f0f64da6f92b07a1\``);
    await queryRunner.query(`ALTER TABLE \`grid\` DROP FOREIGN KEY \`FK_fbcd26b92ae06a09bc7853f92b8\``);
    await queryRunner.query(`ALTER TABLE \`place\` DROP FOREIGN KEY \`FK_96048d4d34bf33f8064161ba37e\``);
    await queryRunner.query(`ALTER TABLE \`session\` DROP FOREIGN KEY \`FK_b8e1fcf37e349295272a5ebbd50\``);
    await queryRunner.query(`DROP INDEX \`IDX_roster_import_compound\` ON \`roster_import\``);
    await queryRunner.query(`DROP TABLE \`roster_import\``);
    await queryRunner.query(`DROP INDEX \`IDX_claim_compound_status\` ON \`unit_claim\``);
    await queryRunner.query(`DROP INDEX \`IDX_claim_person\` ON \`unit_claim\``);
    await queryRunner.query(`DROP TABLE \`unit_claim\``);
    await queryRunner.query(`DROP INDEX \`UQ_unit_owner\` ON \`unit_owner\``);
    await queryRunner.query(`DROP INDEX \`IDX_unit_owner_unit\` ON \`unit_owner\``);
    await queryRunner.query(`DROP TABLE \`unit_owner\``);
    await queryRunner.query(`DROP INDEX \`UQ_unit_building_room\` ON \`unit\``);
    await queryRunner.query(`DROP INDEX \`IDX_unit_compound\` ON \`unit\``);
    await queryRunner.query(`DROP INDEX \`IDX_unit_owner_key\` ON \`unit\``);
    await queryRunner.query(`DROP TABLE \`unit\``);
    await queryRunner.query(`DROP INDEX \`UQ_role_grant\` ON \`role_grant\``);
    await queryRunner.query(`DROP INDEX \`IDX_role_grant_place\` ON \`role_grant\``);
    await queryRunner.query(`DROP TABLE \`role_grant\``);
    await queryRunner.query(`DROP INDEX \`IDX_grid_building_building\` ON \`grid_building\``);
    await queryRunner.query(`DROP TABLE \`grid_building\``);
    await queryRunner.query(`DROP INDEX \`IDX_grid_compound\` ON \`grid\``);
    await queryRunner.query(`DROP TABLE \`grid\``);
    await queryRunner.query(`DROP INDEX \`IDX_place_path\` ON \`place\``);
    await queryRunner.query(`DROP INDEX \`IDX_place_level_name\` ON \`place\``);
    await queryRunner.query(`DROP TABLE \`place\``);
    await queryRunner.query(`DROP INDEX \`IDX_ff3b5bfd0767bd32942e5ccaad\` ON \`session\``);
    await queryRunner.query(`DROP INDEX \`IDX_session_person\` ON \`session\``);
    await queryRunner.query(`DROP TABLE \`session\``);
    await queryRunner.query(`DROP INDEX \`IDX_6d07fc02819274a85a2f92a026\` ON \`person\``);
    await queryRunner.query(`DROP TABLE \`person\``);
  }
}
