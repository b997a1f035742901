import { DataSource, type QueryRunner } from 'typeorm';
import { dbOptions } from '../src/database/db-options.js';
import { migrations } from '../src/database/migrations/index.js';
import { freshDatabase, onMysql } from './test-app.js';

/**
 * Issue 11: the attachment-link migration moves files cited in every old form — comma lists (complaints, their
 * timeline, imported results), JSON arrays (proposal timeline, work records, fund entries) and the two join tables
 * (line vouchers, objections' and corrections' files) — into `attachment_link`, and its `down` puts them back.
 * MariaDB only: SQLite builds its schema from the entities and has no old rows.
 */
const onMysqlOnly = onMysql ? describe : describe.skip;

const linkMigration = migrations.findIndex((m) => m.name.startsWith('AttachmentLinks'));

onMysqlOnly('the attachment-link migration on rows in every old form', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let before: DataSource;
  let after: DataSource;

  const rows = (runner: DataSource | QueryRunner, sql: string) =>
    runner.query(sql) as Promise<Record<string, unknown>[]>;
  const links = async () =>
    (
      await rows(
        after,
        'SELECT ownerKind, ownerId, attachmentId, position FROM attachment_link ORDER BY ownerKind, ownerId, position',
      )
    ).map((r) => `${String(r.ownerKind)}#${Number(r.ownerId)}:${Number(r.attachmentId)}@${Number(r.position)}`);

  const expectedLinks = [
    'complaint#10:3@0',
    'complaint#10:1@1',
    'complaint#12:2@0',
    'complaint_event#20:3@0',
    'complaint_event#20:1@1',
    'complaint_event#21:4@0',
    'disclosure_line#70:1@0',
    'disclosure_line#70:3@1',
    'disclosure_line#71:2@0',
    'fund_entry#60:4@0',
    'owner_vote#30:5@0',
    'owner_vote#30:2@1',
    'proposal_event#40:5@0',
    'proposal_event#40:2@1',
    'vote_correction#81:6@0',
    'vote_objection#80:1@0',
    'vote_objection#80:2@1',
    'work_record#50:6@0',
    'work_record#50:1@1',
    'work_record#50:6@2',
  ];

  beforeAll(async () => {
    expect(linkMigration).toBeGreaterThan(0);
    database = await freshDatabase();
    const options = dbOptions({ DATABASE_URL: database.url });
    before = await new DataSource({ ...options, migrations: migrations.slice(0, linkMigration) }).initialize();
    await before.runMigrations({ transaction: 'each' });
    // The rows as the code before the migration wrote them. Other tables' rows do not matter here.
    const q = before.createQueryRunner();
    await q.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const id of [1, 2, 3, 4, 5, 6])
      await q.query(
        `INSERT INTO attachment (id, compoundId, fileName, mime, sizeBytes, sha256, storageKey, uploadedBy)
         VALUES (${id}, 1, 'f${id}.jpg', 'image/jpeg', 10, '${'a'.repeat(64)}', '1/k${id}', 1)`,
      );
    const complaint = (id: number, photoIds: string) =>
      q.query(
        `INSERT INTO complaint (id, compoundId, category, text, filedBy, status, level, levelSince, route, routeReason, photoIds)
         VALUES (${id}, 1, 'other', '漏水', 1, 'submitted', 'ordinary', NOW(), 'grid', '', '${photoIds}')`,
      );
    await complaint(10, '3,1');
    await complaint(11, '');
    await complaint(12, '2,99'); // 99: a file no longer there is not linked
    const event = (id: number, photoIds: string) =>
      q.query(
        `INSERT INTO complaint_event (id, complaintId, kind, actorRole, level, at, photoIds)
         VALUES (${id}, 10, 'filed', 'resident', 'ordinary', NOW(), '${photoIds}')`,
      );
    await event(20, '3,1');
    await event(21, '4');
    await event(22, '');
    const vote = (id: number, documentIds: string) =>
      q.query(
        `INSERT INTO owner_vote (id, proposalId, compoundId, matterNo, rule, secret, status, openedAt, closesAt, openedBy, rollSha256, documentIds)
         VALUES (${id}, ${id}, 1, 1, 'ordinary', 1, 'closed', NOW(), NOW(), 1, '', '${documentIds}')`,
      );
    await vote(30, '5,2');
    await vote(31, '');
    const proposalEvent = (id: number, attachmentIds: string) =>
      q.query(
        `INSERT INTO proposal_event (id, proposalId, kind, actorId, actorRole, text, attachmentIds)
         VALUES (${id}, 1, 'meeting', 1, 'committee_member', '会议', '${attachmentIds}')`,
      );
    await proposalEvent(40, '[5,2]');
    await proposalEvent(41, '[]');
    await q.query(
      `INSERT INTO work_record (id, compoundId, kind, doneOn, description, photoIds, createdBy)
       VALUES (50, 1, 'cleaning', '2026-11-01', '保洁', '[6,1,6]', 1)`,
    );
    await q.query(
      `INSERT INTO fund_entry (id, compoundId, kind, occurredOn, amountFen, description, attachmentIds, createdBy)
       VALUES (60, 1, 'statement', '2026-06-30', 100, '对账单', '[4]', 1)`,
    );
    for (const id of [70, 71])
      await q.query(
        `INSERT INTO disclosure_line (id, disclosureId, position, direction, category, amountFen, occurredOn, counterparty)
         VALUES (${id}, 1, ${id}, 'expense', 'cleaning', 100, '2026-11-01', '保洁公司')`,
      );
    await q.query('INSERT INTO line_attachment (lineId, attachmentId) VALUES (70, 3), (70, 1), (71, 2)');
    await q.query(
      `INSERT INTO vote_record_file (recordKind, recordId, attachmentId)
       VALUES ('objection', 80, 2), ('objection', 80, 1), ('correction', 81, 6)`,
    );
    await q.query('SET FOREIGN_KEY_CHECKS = 1');
    await q.release();
    await before.destroy();
    // Up to this migration only: its down is then the last one to undo, whatever later migrations were added.
    after = await new DataSource({ ...options, migrations: migrations.slice(0, linkMigration + 1) }).initialize();
    await after.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    if (after?.isInitialized) await after.destroy();
    if (before?.isInitialized) await before.destroy();
    await database?.drop();
  });

  test('every cited file becomes a link, in its order and as often as named; empty lists and missing files give none', async () => {
    expect(await links()).toEqual(expectedLinks);
  });

  test('the old columns and join tables are gone', async () => {
    const left = await rows(
      after,
      `SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) AS c FROM information_schema.columns
        WHERE TABLE_SCHEMA = DATABASE()
          AND ((TABLE_NAME IN ('complaint', 'complaint_event', 'work_record') AND COLUMN_NAME = 'photoIds')
            OR (TABLE_NAME IN ('proposal_event', 'fund_entry') AND COLUMN_NAME = 'attachmentIds')
            OR (TABLE_NAME = 'owner_vote' AND COLUMN_NAME = 'documentIds')
            OR TABLE_NAME IN ('line_attachment', 'vote_record_file'))`,
    );
    expect(left).toEqual([]);
  });

  test('down puts every list back in its old form, and up again gives the same links', async () => {
    await after.undoLastMigration({ transaction: 'each' });
    const one = async (sql: string) => Object.values((await rows(after, sql))[0] ?? {})[0];
    expect(await one('SELECT photoIds FROM complaint WHERE id = 10')).toBe('3,1');
    expect(await one('SELECT photoIds FROM complaint WHERE id = 11')).toBe('');
    expect(await one('SELECT photoIds FROM complaint_event WHERE id = 20')).toBe('3,1');
    expect(await one('SELECT documentIds FROM owner_vote WHERE id = 30')).toBe('5,2');
    expect(await one('SELECT attachmentIds FROM proposal_event WHERE id = 40')).toBe('[5,2]');
    expect(await one('SELECT attachmentIds FROM proposal_event WHERE id = 41')).toBe('[]');
    expect(await one('SELECT photoIds FROM work_record WHERE id = 50')).toBe('[6,1,6]');
    expect(await one('SELECT attachmentIds FROM fund_entry WHERE id = 60')).toBe('[4]');
    expect(await one('SELECT COUNT(*) FROM line_attachment')).toBe('3');
    expect(
      await one(
        "SELECT GROUP_CONCAT(attachmentId ORDER BY attachmentId) FROM vote_record_file WHERE recordKind = 'objection'",
      ),
    ).toBe('1,2');
    await after.runMigrations({ transaction: 'each' });
    expect(await links()).toEqual(expectedLinks);
  });
});
