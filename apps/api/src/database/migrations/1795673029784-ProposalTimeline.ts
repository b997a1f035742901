import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalTimeline1795673029784 implements MigrationInterface {
  name = 'ProposalTimeline1795673029784';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`proposal_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`proposalId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`actorId\` int NOT NULL, \`actorRole\` varchar(32) NOT NULL, \`text\` varchar(4000) NOT NULL, \`party\` varchar(32) NULL, \`attachmentIds\` text NOT NULL, \`progress\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_proposal_event_proposal\` (\`proposalId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`proposal_support\` (\`proposalId\` int NOT NULL, \`personId\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (\`proposalId\`, \`personId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`proposal_evaluation\` (\`proposalId\` int NOT NULL, \`personId\` int NOT NULL, \`score\` int NOT NULL, \`comment\` varchar(500) NOT NULL, \`evaluatedAt\` datetime NOT NULL, PRIMARY KEY (\`proposalId\`, \`personId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`proposal_event\` ADD CONSTRAINT \`FK_47f11aa2f75991f3295df3a2312\` FOREIGN KEY (\`proposalId\`) REFERENCES \`proposal\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`proposal_support\` ADD CONSTRAINT \`FK_f371959a72e864ec4b8f3efb64d\` FOREIGN KEY (\`proposalId\`) REFERENCES \`proposal\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`proposal_evaluation\` ADD CONSTRAINT \`FK_9bd2ffee9509380bda1f3a03794\` FOREIGN KEY (\`proposalId\`) REFERENCES \`proposal\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`proposal_evaluation\` DROP FOREIGN KEY \`FK_9bd2ffee9509380bda1f3a03794\``);
    await queryRunner.query(`ALTER TABLE \`proposal_support\` DROP FOREIGN KEY \`FK_f371959a72e864ec4b8f3efb64d\``);
    await queryRunner.query(`ALTER TABLE \`proposal_event\` DROP FOREIGN KEY \`FK_47f11aa2f75991f3295df3a2312\``);
    await queryRunner.query(`DROP TABLE \`proposal_evaluation\``);
    await queryRunner.query(`DROP TABLE \`proposal_support\``);
    await queryRunner.query(`DROP INDEX \`IDX_proposal_event_proposal\` ON \`proposal_event\``);
    await queryRunner.query(`DROP TABLE \`proposal_event\``);
  }
}
