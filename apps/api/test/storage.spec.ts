import { createHash } from 'node:crypto';
import type { AccountDisclosureDetail, AccountPeriodSummary, AttachmentView, VerifyResult } from '@xiaoqu/shared';
import { loadConfig } from '../src/common/config/app-config.js';
import { S3Storage } from '../src/files/file-storage.js';
import { voucherPdf } from '../src/demo/demo-disclosures.js';
import { expectError, startTestApp, TEST_PII_KEY } from './test-app.js';
import { startS3Fake } from './s3-fake.js';

const S3_ENV = {
  STORAGE_DRIVER: 's3',
  S3_BUCKET: 'xiaoqu-files',
  S3_ACCESS_KEY_ID: 'test-key',
  S3_SECRET_ACCESS_KEY: 'test-secret',
  S3_PREFIX: 'ci/',
};

test('the S3 storage puts, gets and deletes objects on an S3-compatible endpoint', async () => {
  const s3 = await startS3Fake('xiaoqu-files', 'test-key');
  try {
    const config = loadConfig({ PII_KEY: TEST_PII_KEY, ...S3_ENV, S3_ENDPOINT: s3.url });
    const storage = new S3Storage(config, 'xiaoqu-files', 'ci/');
    await storage.put('5/abc', Buffer.from('hello'));
    expect(s3.objects.get('ci/5/abc')?.toString()).toBe('hello');
    expect((await storage.get('5/abc')).toString()).toBe('hello');
    await storage.delete('5/abc');
    await expect(storage.get('5/abc')).rejects.toThrow(/NoSuchKey|key does not exist/i);
    const wrongKey = new S3Storage({ ...config, S3_ACCESS_KEY_ID: 'intruder' }, 'xiaoqu-files', '');
    await expect(wrongKey.put('x', Buffer.from('y'))).rejects.toThrow();
  } finally {
    await s3.close();
  }
});

test('s3 without its bucket or keys stops start-up with one line', () => {
  expect(() => loadConfig({ PII_KEY: TEST_PII_KEY, STORAGE_DRIVER: 's3' })).toThrow(
    'STORAGE_DRIVER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
  );
});

test('vouchers go to the object store and come back byte for byte through the API', async () => {
  const s3 = await startS3Fake('xiaoqu-files', 'test-key');
  const t = await startTestApp({ env: { ...S3_ENV, S3_ENDPOINT: s3.url } });
  try {
    const property = await t.login('demo-property');
    const jinxiu = t.demo!.compoundIds.jinxiu;
    const draft = await t.http<AccountDisclosureDetail>('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: property,
      json: { periodKey: '2025-11' },
    });
    const withLine = await t.http<AccountDisclosureDetail>('PUT', `/api/account-disclosures/${draft.body.id}/lines`, {
      token: property,
      json: {
        lines: [{ category: 'elevator', amountFen: 1260050, occurredOn: '2025-11-12', counterparty: '电梯公司' }],
      },
    });
    const bytes = voucherPdf('stored in s3');
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'voucher.pdf');
    const voucher = await t.http<AttachmentView>(
      'POST',
      `/api/disclosure-lines/${withLine.body.lines[0].id}/attachments`,
      { token: property, body: form },
    );
    expect(voucher.status).toBe(201);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(s3.objects.get(`ci/${jinxiu}/${sha}`)?.equals(bytes)).toBe(true);
    const back = await fetch(`${t.url}/api/attachments/${voucher.body.id}`, {
      headers: { authorization: `Bearer ${property}` },
    });
    expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
    const list = await t.http<AccountPeriodSummary[]>(
      'GET',
      `/api/compounds/${jinxiu}/account-disclosures?include=drafts`,
      { token: property },
    );
    expect(list.body.map((p) => p.id)).toContain(draft.body.id);

    // The store going away is a clear error, and no row points at bytes that were never stored.
    await s3.close();
    const again = new FormData();
    again.append('file', new Blob([voucherPdf('lost')]), 'lost.pdf');
    const failed = await t.http('POST', `/api/disclosure-lines/${withLine.body.lines[0].id}/attachments`, {
      token: property,
      body: again,
    });
    expectError(failed, 503, 'STORAGE_UNAVAILABLE');
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${draft.body.id}`, {
      token: property,
    });
    expect(detail.body.lines[0].attachments).toHaveLength(1);
  } finally {
    await t.close();
    await s3.close().catch(() => undefined);
  }
});

test('an object replaced in the S3 store is refused, and verify names it', async () => {
  const s3 = await startS3Fake('xiaoqu-files', 'test-key');
  const t = await startTestApp({ env: { ...S3_ENV, S3_ENDPOINT: s3.url } });
  try {
    const committee = await t.login('demo-committee');
    const jinxiu = t.demo!.compoundIds.jinxiu;
    const bytes = voucherPdf('fund statement in s3');
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'statement.pdf');
    const doc = await t.http<AttachmentView>('POST', `/api/compounds/${jinxiu}/attachments`, {
      token: committee,
      body: form,
    });
    expect(doc.status).toBe(201);
    const entry = await t.http('POST', `/api/compounds/${jinxiu}/maintenance-fund/entries`, {
      token: committee,
      json: {
        kind: 'statement',
        occurredOn: '2026-09-30',
        amountFen: 110_000_000,
        description: '对账单',
        attachmentIds: [doc.body.id],
      },
    });
    expect(entry.status).toBe(201);
    const owner = await t.login('demo-owner');
    expect((await t.http('GET', `/api/attachments/${doc.body.id}`, { token: owner })).status).toBe(200);

    const key = `ci/${jinxiu}/${createHash('sha256').update(bytes).digest('hex')}`;
    s3.objects.set(key, voucherPdf('a different statement'));
    expectError(await t.http('GET', `/api/attachments/${doc.body.id}`, { token: owner }), 409, 'FILE_INTEGRITY_FAILED');
    const verify = await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify?files=1`, {
      token: owner,
    });
    expect(verify.body.ok).toBe(false);
    expect(verify.body.files?.failed).toEqual([{ attachmentId: doc.body.id, reason: 'mismatch' }]);
    s3.objects.delete(key);
    const gone = await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify?files=1`, {
      token: owner,
    });
    expect(gone.body.files?.failed).toEqual([{ attachmentId: doc.body.id, reason: 'missing' }]);
  } finally {
    await t.close();
    await s3.close();
  }
});
