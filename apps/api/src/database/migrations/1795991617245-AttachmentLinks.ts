import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lists of attachment ids kept in a column of the record: comma lists and JSON arrays, moved to links and back. */
const LISTS = [
  { table: 'complaint', column: 'photoIds', kind: 'complaint', form: 'comma' },
  { table: 'complaint_event', column: 'photoIds', kind: 'complaint_event', form: 'comma' },
  { table: 'owner_vote', column: 'documentIds', kind: 'owner_vote', form: 'comma' },
  { table: 'proposal_event', column: 'attachmentIds', kind: 'proposal_event', form: 'json' },
  { table: 'work_record', column: 'photoIds', kind: 'work_record', form: 'json' },
  { table: 'fund_entry', column: 'attachmentIds', kind: 'fund_entry', form: 'json' },
] as const;

const BATCH = 1000;

/** The ids a stored list names, in order, as written (a file named twice stays twice). */
function idsIn(text: string): number[] {
  const trimmed = text.trim();
  const parts: unknown[] = trimmed.startsWith('[') ? (JSON.parse(trimmed) as unknown[]) : trimmed.split(',');
  return parts.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);
}

/**
 * Issue 11: one table says which records cite which files. The comma lists (complaints, their timeline, imported
 * results' documents), the JSON arrays (proposal timeline, work records, fund entries) and the two join tables
 * (line vouchers; objections' and corrections' files) move into `attachment_link`, each list in its order. An id
 * whose file no longer exists is dropped (nothing could serve it). `down` writes every list back in its old form.
 */
export class AttachmentLinks1795991617245 implements MigrationInterface {
  name = 'AttachmentLinks1795991617245';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`attachment_link\` (\`ownerKind\` varchar(24) NOT NULL, \`ownerId\` int NOT NULL, \`position\` smallint NOT NULL, \`attachmentId\` int NOT NULL, INDEX \`IDX_attachment_link_attachment\` (\`attachmentId\`), PRIMARY KEY (\`ownerKind\`, \`ownerId\`, \`position\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`attachment_link\` ADD CONSTRAINT \`FK_ef3eb3f18f29f9a21880bef461c\` FOREIGN KEY (\`attachmentId\`) REFERENCES \`attachment\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const list of LISTS) await this.moveList(queryRunner, list.table, list.column, list.kind);
    await queryRunner.query(
      `INSERT INTO attachment_link (ownerKind, ownerId, position, attachmentId)
       SELECT 'disclosure_line', lineId, ROW_NUMBER() OVER (PARTITION BY lineId ORDER BY attachmentId) - 1, attachmentId
         FROM line_attachment`,
    );
    await queryRunner.query(
      `INSERT INTO attachment_link (ownerKind, ownerId, position, attachmentId)
       SELECT CONCAT('vote_', recordKind), recordId,
              ROW_NUMBER() OVER (PARTITION BY recordKind, recordId ORDER BY attachmentId) - 1, attachmentId
         FROM vote_record_file`,
    );
    for (const list of LISTS) await queryRunner.query(`ALTER TABLE \`${list.table}\` DROP COLUMN \`${list.column}\``);
    await queryRunner.query(`ALTER TABLE \`line_attachment\` DROP FOREIGN KEY \`FK_7566de574ed0296af745779f3ac\``);
    await queryRunner.query(`ALTER TABLE \`line_attachment\` DROP FOREIGN KEY \`FK_5dae6f15af0c9d7a918d4b890fc\``);
    await queryRunner.query(`DROP TABLE \`line_attachment\``);
    await queryRunner.query(`DROP TABLE \`vote_record_file\``);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`vote_record_file\` (\`recordKind\` varchar(12) NOT NULL, \`recordId\` int NOT NULL, \`attachmentId\` int NOT NULL, PRIMARY KEY (\`recordKind\`, \`recordId\`, \`attachmentId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`line_attachment\` (\`lineId\` int NOT NULL, \`attachmentId\` int NOT NULL, PRIMARY KEY (\`lineId\`, \`attachmentId\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`line_attachment\` ADD CONSTRAINT \`FK_5dae6f15af0c9d7a918d4b890fc\` FOREIGN KEY (\`lineId\`) REFERENCES \`disclosure_line\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE \`line_attachment\` ADD CONSTRAINT \`FK_7566de574ed0296af745779f3ac\` FOREIGN KEY (\`attachmentId\`) REFERENCES \`attachment\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT IGNORE INTO line_attachment (lineId, attachmentId)
       SELECT ownerId, attachmentId FROM attachment_link WHERE ownerKind = 'disclosure_line'`,
    );
    await queryRunner.query(
      `INSERT IGNORE INTO vote_record_file (recordKind, recordId, attachmentId)
       SELECT SUBSTRING(ownerKind, 6), ownerId, attachmentId FROM attachment_link
        WHERE ownerKind IN ('vote_objection', 'vote_correction')`,
    );
    await queryRunner.query('SET SESSION group_concat_max_len = 1048576');
    for (const { table, column, kind, form } of LISTS) {
      await queryRunner.query(
        form === 'comma'
          ? `ALTER TABLE \`${table}\` ADD \`${column}\` varchar(200) NOT NULL DEFAULT ''`
          : `ALTER TABLE \`${table}\` ADD \`${column}\` text NOT NULL`,
      );
      const list = "GROUP_CONCAT(attachmentId ORDER BY position SEPARATOR ',')";
      if (form === 'json') await queryRunner.query(`UPDATE \`${table}\` SET \`${column}\` = '[]'`);
      await queryRunner.query(
        `UPDATE \`${table}\` t
           JOIN (SELECT ownerId, ${form === 'json' ? `CONCAT('[', ${list}, ']')` : list} AS ids
                   FROM attachment_link WHERE ownerKind = ? GROUP BY ownerId) l ON l.ownerId = t.id
            SET t.\`${column}\` = l.ids`,
        [kind],
      );
    }
    await queryRunner.query(`ALTER TABLE \`attachment_link\` DROP FOREIGN KEY \`FK_ef3eb3f18f29f9a21880bef461c\``);
    await queryRunner.query(`DROP INDEX \`IDX_attachment_link_attachment\` ON \`attachment_link\``);
    await queryRunner.query(`DROP TABLE \`attachment_link\``);
  }

  /** One list column's ids into links, a batch of rows at a time, only for files that still exist. */
  private async moveList(queryRunner: QueryRunner, table: string, column: string, kind: string): Promise<void> {
    for (let afterId = 0; ;) {
      const rows = (await queryRunner.query(
        `SELECT id, \`${column}\` AS ids FROM \`${table}\` WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
        [afterId],
      )) as { id: number | string; ids: string }[];
      if (rows.length === 0) return;
      afterId = Number(rows[rows.length - 1].id);
      const lists = rows.map((r) => ({ ownerId: Number(r.id), ids: idsIn(r.ids) }));
      const named = [...new Set(lists.flatMap((l) => l.ids))];
      if (named.length === 0) continue;
      const existing = new Set(
        (
          (await queryRunner.query(
            `SELECT id FROM attachment WHERE id IN (${named.map(() => '?').join(',')})`,
            named,
          )) as {
            id: number | string;
          }[]
        ).map((r) => Number(r.id)),
      );
      const links = lists.flatMap(({ ownerId, ids }) =>
        ids.filter((id) => existing.has(id)).map((attachmentId, position) => [kind, ownerId, position, attachmentId]),
      );
      if (links.length > 0)
        await queryRunner.query(
          `INSERT INTO attachment_link (ownerKind, ownerId, position, attachmentId) VALUES ${links.map(() => '(?, ?, ?, ?)').join(', ')}`,
          links.flat(),
        );
    }
  }
}
