import { deflateSync } from 'node:zlib';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { AttachmentView, BuildingView, ComplaintDetailView, ErrorBody, VerifyResult } from '@xiaoqu/shared';
import { loadConfig } from '../src/common/config/app-config.js';
import { ContentChecks, MEDIA_LINK_SECONDS } from '../src/complaint/content-checks.js';
import { voucherPdf } from '../src/demo/demo-disclosures.js';
import { Attachment } from '../src/files/attachment.entity.js';
import { FileIntegrityScheduler } from '../src/files/file-integrity.scheduler.js';
import { FileStorage } from '../src/files/file-storage.js';
import { expectError, startTestApp, TEST_PII_KEY, type TestApp } from './test-app.js';
import { PNG } from './vote-helpers.js';

const PERSONAS = [
  'demo-resident',
  'demo-owner',
  'demo-grid',
  'demo-property',
  'demo-committee',
  'demo-supervisor',
  'demo-community-admin',
  'demo-street-admin',
] as const;

let t: TestApp;
let tokens: Record<string, string>;
let jinxiu: number;
let building: Record<string, number>;

beforeAll(async () => {
  t = await startTestApp({ complaints: true, env: { COMPLAINT_SCHEDULER_SECONDS: '0' } });
  jinxiu = t.demo!.compoundIds.jinxiu;
  tokens = {};
  for (const who of PERSONAS) tokens[who] = await t.login(who);
  const buildings = await t.http<BuildingView[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
    token: tokens['demo-resident'],
  });
  building = Object.fromEntries(buildings.body.map((b) => [b.name, b.id]));
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function upload(who: string, bytes: Buffer, fileName: string, route = 'attachments') {
  const form = new FormData();
  form.append('file', new Blob([bytes]), fileName);
  return t.http<AttachmentView & ErrorBody>('POST', `/api/compounds/${jinxiu}/${route}`, {
    token: tokens[who],
    body: form,
  });
}

const read = (id: number, who: string) => t.http('GET', `/api/attachments/${id}`, { token: tokens[who] });

/** A PNG whose header declares `width`×`height` (the pixels themselves are a 1×1 image's). */
function pngDeclaring(width: number, height: number): Buffer {
  const png = Buffer.from(PNG);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

/** A baseline JPEG header (SOI, APP0, SOF0) declaring `width`×`height`. */
function jpegDeclaring(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

describe('one read rule: a file is read by those who may read a record citing it, or its uploader', () => {
  test('a private complaint routed to the community: its photo answers exactly as the complaint does, for everyone', async () => {
    const photo = await upload('demo-resident', PNG, 'private.png', 'complaint-photos');
    expect(photo.status).toBe(201);
    const filed = await t.http<ComplaintDetailView>('POST', `/api/compounds/${jinxiu}/complaints`, {
      token: tokens['demo-resident'],
      json: { category: 'noise', text: '5栋楼下夜间噪音', photoIds: [photo.body.id], buildingId: building['5栋'] },
    });
    expect(filed.body).toMatchObject({ route: 'community', visible: false });
    const seen: Record<string, [number, number]> = {};
    for (const who of PERSONAS) {
      const complaint = await t.http('GET', `/api/complaints/${filed.body.id}`, { token: tokens[who] });
      seen[who] = [complaint.status, (await read(photo.body.id, who)).status];
    }
    expect(seen).toEqual({
      'demo-resident': [200, 200], // the filer
      'demo-owner': [404, 404],
      'demo-grid': [404, 404],
      'demo-property': [404, 404],
      'demo-committee': [404, 404],
      'demo-supervisor': [404, 404],
      'demo-community-admin': [200, 200], // its handler
      'demo-street-admin': [200, 200], // above it
    });
  });

  test('a file no record cites is its uploader’s alone, whatever the role of the reader', async () => {
    const draft = await upload('demo-property', voucherPdf('not cited yet'), 'draft.pdf');
    expect(draft.status).toBe(201);
    expect((await read(draft.body.id, 'demo-property')).status).toBe(200);
    for (const who of PERSONAS.filter((p) => p !== 'demo-property'))
      expectError(await read(draft.body.id, who), 404, 'NOT_FOUND');
  });

  test('once a published record cites a file, everyone of the compound reads it', async () => {
    const photo = await upload('demo-property', PNG, 'work.png');
    const record = await t.http('POST', `/api/compounds/${jinxiu}/work-records`, {
      token: tokens['demo-property'],
      json: { kind: 'cleaning', doneOn: '2026-11-01', description: '楼道清洁', photoIds: [photo.body.id] },
    });
    expect(record.status).toBe(201);
    for (const who of PERSONAS) expect((await read(photo.body.id, who)).status).toBe(200);
  });

  test('a signed photo link for WeChat names one photo and expires', () => {
    const config = loadConfig({ PII_KEY: TEST_PII_KEY, PUBLIC_API_URL: 'https://xiaoqu.example.cn/' });
    const checks = new ContentChecks(null as never, null as never, null as never, config);
    const now = Date.parse('2026-11-29T08:00:00Z');
    const signature = new URL(checks.mediaUrl(7, now)).pathname.split('/').at(-1)!;
    expect(checks.signatureValid(7, signature, now)).toBe(true);
    expect(checks.signatureValid(7, signature, now + (MEDIA_LINK_SECONDS - 1) * 1000)).toBe(true);
    expect(checks.signatureValid(8, signature, now)).toBe(false); // another photo
    expect(checks.signatureValid(7, signature, now + 2 * MEDIA_LINK_SECONDS * 1000)).toBe(false); // expired
  });
});

describe('a record publishes only its author’s own uploads', () => {
  test('work record: not a resident’s complaint photo', async () => {
    const residents = await upload('demo-resident', PNG, 'mine.png', 'complaint-photos');
    const json = { kind: 'repairs', doneOn: '2026-11-02', description: '更换路灯', photoIds: [residents.body.id] };
    const url = `/api/compounds/${jinxiu}/work-records`;
    expectError(await t.http('POST', url, { token: tokens['demo-property'], json }), 400, 'VALIDATION_FAILED');
    expectError(await read(residents.body.id, 'demo-owner'), 404, 'NOT_FOUND'); // still private
    const own = await upload('demo-property', PNG, 'own.png');
    const ok = await t.http('POST', url, {
      token: tokens['demo-property'],
      json: { ...json, photoIds: [own.body.id] },
    });
    expect(ok.status).toBe(201);
  });

  test('maintenance-fund entry: not the property company’s statement cited by the committee', async () => {
    const propertys = await upload('demo-property', voucherPdf('statement'), 'statement.pdf');
    const json = {
      kind: 'statement',
      occurredOn: '2026-10-31',
      amountFen: 120_000_000,
      description: '维修资金对账单',
      attachmentIds: [propertys.body.id],
    };
    const url = `/api/compounds/${jinxiu}/maintenance-fund/entries`;
    expectError(await t.http('POST', url, { token: tokens['demo-committee'], json }), 400, 'VALIDATION_FAILED');
    const own = await upload('demo-committee', voucherPdf('statement'), 'statement.pdf');
    const ok = await t.http('POST', url, {
      token: tokens['demo-committee'],
      json: { ...json, attachmentIds: [own.body.id] },
    });
    expect(ok.status).toBe(201);
  });

  test('audit report: not someone else’s PDF', async () => {
    const propertys = await upload('demo-property', voucherPdf('audit'), 'audit.pdf');
    const json = { year: 2024, title: '2024年度审计报告', auditor: '某会计师事务所', attachmentId: propertys.body.id };
    const url = `/api/compounds/${jinxiu}/audit-reports`;
    expectError(await t.http('POST', url, { token: tokens['demo-committee'], json }), 400, 'VALIDATION_FAILED');
    const own = await upload('demo-committee', voucherPdf('audit'), 'audit.pdf');
    const ok = await t.http('POST', url, {
      token: tokens['demo-committee'],
      json: { ...json, attachmentId: own.body.id },
    });
    expect(ok.status).toBe(201);
  });
});

describe('serving and checking uploads', () => {
  test('served with their checked type and nosniff; only images in place', async () => {
    const photo = await upload('demo-property', PNG, 'photo.png');
    const image = await fetch(`${t.url}/api/attachments/${photo.body.id}`, {
      headers: { authorization: `Bearer ${tokens['demo-property']}` },
    });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-disposition')).toMatch(/^inline;/);
    const pdf = await upload('demo-property', voucherPdf('voucher'), 'voucher.html');
    const doc = await fetch(`${t.url}/api/attachments/${pdf.body.id}`, {
      headers: { authorization: `Bearer ${tokens['demo-property']}` },
    });
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(doc.headers.get('x-content-type-options')).toBe('nosniff');
    expect(doc.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  test('a PDF with JavaScript or an automatic action is refused, plain or hidden in a compressed stream', async () => {
    const plain = voucherPdf('fine');
    const withAction = (dict: string) =>
      Buffer.from(plain.toString('latin1').replace('<< /Type /Catalog', `<< ${dict} /Type /Catalog`), 'latin1');
    for (const dict of [
      '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>',
      '/AA << /O 6 0 R >>',
      '/Open#41ction 6 0 R', // the same name spelled with an escape
    ]) {
      const refused = await upload('demo-property', withAction(dict), 'evil.pdf');
      expectError(refused, 415, 'UNSUPPORTED_FILE');
    }
    const hidden = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n', 'latin1'),
      deflateSync(Buffer.from('<< /S /JavaScript /JS (app.alert(1)) >>')),
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    expectError(await upload('demo-property', hidden, 'hidden.pdf'), 415, 'UNSUPPORTED_FILE');
    expect((await upload('demo-property', plain, 'plain.pdf')).status).toBe(201);
  });

  test('an image declaring absurd dimensions is refused before it is stored', async () => {
    const before = await t.dataSource.getRepository(Attachment).count();
    expectError(await upload('demo-resident', pngDeclaring(100_000, 100_000), 'bomb.png'), 415, 'UNSUPPORTED_FILE');
    expectError(
      await upload('demo-resident', pngDeclaring(100_000, 100_000), 'bomb.png', 'complaint-photos'),
      415,
      'UNSUPPORTED_FILE',
    );
    expectError(await upload('demo-resident', jpegDeclaring(60_000, 60_000), 'bomb.jpg'), 415, 'UNSUPPORTED_FILE');
    expect(await t.dataSource.getRepository(Attachment).count()).toBe(before);
    expect((await upload('demo-resident', jpegDeclaring(4000, 3000), 'photo.jpg')).status).toBe(201);
  });
});

describe('stored bytes must still match their recorded digest', () => {
  test('bytes replaced on disk are refused with a code and an alarm; verify re-hashes on demand and on schedule', async () => {
    const bytes = voucherPdf('statement to tamper with');
    const doc = await upload('demo-committee', bytes, 'statement.pdf');
    const entry = await t.http('POST', `/api/compounds/${jinxiu}/maintenance-fund/entries`, {
      token: tokens['demo-committee'],
      json: {
        kind: 'statement',
        occurredOn: '2026-09-30',
        amountFen: 110_000_000,
        description: '对账单',
        attachmentIds: [doc.body.id],
      },
    });
    expect(entry.status).toBe(201);
    expect((await read(doc.body.id, 'demo-owner')).status).toBe(200);
    const verifyUrl = `/api/compounds/${jinxiu}/disclosures/verify`;
    const clean = await t.http<VerifyResult>('GET', `${verifyUrl}?files=1`, { token: tokens['demo-owner'] });
    expect(clean.body).toMatchObject({ ok: true, files: { failed: [] } });
    expect(clean.body.files!.checked).toBeGreaterThan(0);

    const attachment = await t.dataSource.getRepository(Attachment).findOneByOrFail({ id: doc.body.id });
    await t.app.get(FileStorage).put(attachment.storageKey, voucherPdf('statement with another balance'));
    const alarms = jest.spyOn(Logger.prototype, 'error');
    try {
      expectError(await read(doc.body.id, 'demo-owner'), 409, 'FILE_INTEGRITY_FAILED');
      expect(alarms.mock.calls.some(([m]) => String(m).includes(`INTEGRITY ALARM: file ${doc.body.id} `))).toBe(true);

      // The chain alone still holds (it covers the digest); with the files re-hashed it does not.
      expect((await t.http<VerifyResult>('GET', verifyUrl, { token: tokens['demo-owner'] })).body.ok).toBe(true);
      const checked = await t.http<VerifyResult>('GET', `${verifyUrl}?files=1`, { token: tokens['demo-owner'] });
      expect(checked.body.ok).toBe(false);
      expect(checked.body.files!.failed).toContainEqual({ attachmentId: doc.body.id, reason: 'mismatch' });
      expectError(
        await t.http('GET', `${verifyUrl}?files=yes`, { token: tokens['demo-owner'] }),
        400,
        'VALIDATION_FAILED',
      );

      alarms.mockClear();
      expect((await t.app.get(FileIntegrityScheduler).run()).failed).toBeGreaterThanOrEqual(1);
      expect(alarms.mock.calls.some(([m]) => String(m).includes(`INTEGRITY ALARM: file ${doc.body.id} `))).toBe(true);
    } finally {
      alarms.mockRestore();
    }

    // Put back, the file is served again.
    await t.app.get(FileStorage).put(attachment.storageKey, bytes);
    expect((await read(doc.body.id, 'demo-owner')).status).toBe(200);
  });
});
