import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import {
  computeTotals,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type AttachmentView,
  type AuditReportView,
  type MaintenanceFundView,
  type OpenQuestionView,
  type QuestionView,
  type ServiceDisclosureView,
  type VerifyResult,
} from '@xiaoqu/shared';
import { Attachment } from '../src/files/attachment.entity.js';
import { Notification } from '../src/notification/notification.entity.js';
import { voucherPdf } from '../src/demo/demo-disclosures.js';
import { loadConfig } from '../src/common/config/app-config.js';
import { expectError, startTestApp, TEST_PII_KEY, type TestApp } from './test-app.js';
import { FAKE_APPID, FAKE_SECRET, startWechatFake, type WechatFake } from './wechat-fake.js';

let t: TestApp;
let wechat: WechatFake;
let jinxiu: number;
let property: string;
let resident: string;

beforeAll(async () => {
  wechat = await startWechatFake();
  t = await startTestApp({
    disclosures: true,
    env: {
      WECHAT_API_BASE_URL: wechat.url,
      WECHAT_APPID: FAKE_APPID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_TPL_QUESTION_ANSWERED: 'tpl-answered',
      VOUCHER_REQUIRED_ABOVE_FEN: '100000',
    },
  });
  jinxiu = t.demo!.compoundIds.jinxiu;
  property = await t.login('demo-property');
  resident = await t.login('demo-resident');
}, 30_000); // seeding a year of disclosures takes seconds on a busy machine
afterAll(async () => {
  await t.close();
  await wechat.close();
});

const upload = (path: string, token: string, bytes: Buffer, fileName: string) => {
  const form = new FormData();
  form.append('file', new Blob([bytes]), fileName);
  return t.http<AttachmentView & AccountDisclosureDetail>('POST', path, { token, body: form });
};

async function filledTemplate(rows: (string | number)[][]): Promise<Buffer> {
  const template = await fetch(`${t.url}/api/disclosures/line-template.xlsx`, {
    headers: { authorization: `Bearer ${property}` },
  });
  expect(template.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await template.arrayBuffer());
  const sheet = workbook.worksheets[0];
  // Overwrite the example rows, as an accountant does.
  for (let i = 0; i < Math.max(rows.length, 2); i++) sheet.getRow(2 + i).values = rows[i] ?? [];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('what residents see', () => {
  test('twelve published months, totals derived from the lines, a chain that verifies', async () => {
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    expect(list.body.map((p) => p.periodKey)).toEqual([
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
    ]);
    expect(list.body.every((p) => p.status === 'published' && p.publication !== null)).toBe(true);
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${list.body[0].id}`, {
      token: resident,
    });
    expect(detail.body.totals).toEqual(computeTotals(detail.body.lines));
    expect(detail.body.totals).toEqual(list.body[0].totals);
    expect(detail.body.previousTotals).toEqual(list.body[1].totals);
    expect(detail.body.totals.collection?.billed).toBe(1176);
    expect(detail.body.lines.filter((l) => l.direction === 'expense').every((l) => l.attachments.length === 1)).toBe(
      true,
    );
    expect(detail.body.reviewNotes).toEqual([]);
    const verify = await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify`, {
      token: resident,
    });
    expect(verify.body).toEqual({ ok: true, checked: 20, brokenAt: null });
  });

  test('a published voucher can be read by a resident, byte for byte', async () => {
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${list.body[0].id}`, {
      token: resident,
    });
    const voucher = detail.body.lines.find((l) => l.attachments.length)!.attachments[0];
    const file = await fetch(`${t.url}/api/attachments/${voucher.id}`, {
      headers: { authorization: `Bearer ${resident}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(voucher.sizeBytes);
  });

  test('the service disclosure with its work records', async () => {
    const service = await t.http<ServiceDisclosureView>('GET', `/api/compounds/${jinxiu}/service-disclosure`, {
      token: resident,
    });
    expect(service.body).toMatchObject({
      company: '成都锦城物业服务有限公司',
      feeStandardFenPerM2Month: 250,
      status: 'published',
    });
    expect(service.body.workRecords.map((w) => w.kind).sort()).toEqual(['cleaning', 'elevator', 'greening']);
    expectError(
      await t.http('GET', `/api/compounds/${t.demo!.compoundIds.cuiliu}/service-disclosure`, {
        token: await t.login('demo-owner-2'),
      }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('billing model', () => {
  test('residents read it; the community admin sets it for the compounds of the community only', async () => {
    expect((await t.http('GET', `/api/compounds/${jinxiu}/billing`, { token: resident })).body).toEqual({
      billingModel: 'trust',
      voucherRequiredAboveFen: 100000,
    });
    const admin = await t.login('demo-community-admin');
    const yulin = t.demo!.compoundIds.yulin;
    expectError(
      await t.http('PUT', `/api/compounds/${yulin}/billing`, {
        token: property,
        json: { billingModel: 'trust', voucherRequiredAboveFen: 50000 },
      }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await t.http('PUT', `/api/compounds/${yulin}/billing`, { token: admin, json: { billingModel: 'barter' } }),
      400,
      'VALIDATION_FAILED',
    );
    const set = await t.http('PUT', `/api/compounds/${yulin}/billing`, {
      token: admin,
      json: { billingModel: 'trust', voucherRequiredAboveFen: 50000 },
    });
    expect(set.body).toEqual({ billingModel: 'trust', voucherRequiredAboveFen: 50000 });
    const back = await t.http('PUT', `/api/compounds/${yulin}/billing`, {
      token: admin,
      json: { billingModel: 'lump_sum', voucherRequiredAboveFen: 50000 },
    });
    expect(back.body).toEqual({ billingModel: 'lump_sum', voucherRequiredAboveFen: null });
    expectError(
      await t.http('PUT', `/api/compounds/${t.demo!.compoundIds.cuiliu}/billing`, {
        token: admin,
        json: { billingModel: 'trust' },
      }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('the maintenance fund and audit reports', () => {
  test('statements, uses with the decision behind them, and the audit report, for residents', async () => {
    const fund = await t.http<MaintenanceFundView>('GET', `/api/compounds/${jinxiu}/maintenance-fund`, {
      token: resident,
    });
    expect(fund.body.latestStatement).toMatchObject({ occurredOn: '2026-06-30', amountFen: 386_452_000 });
    expect(fund.body.usedSinceStatementFen).toBe(12_800_000);
    expect(fund.body.entries.map((e) => e.kind)).toEqual(['use', 'statement', 'statement']);
    expect(fund.body.entries[0].decisionRef).toContain('业主共同决定');
    const reports = await t.http<AuditReportView[]>('GET', `/api/compounds/${jinxiu}/audit-reports`, {
      token: resident,
    });
    expect(reports.body).toEqual([
      expect.objectContaining({ year: 2025, report: expect.objectContaining({ mime: 'application/pdf' }) }),
    ]);
    expect(
      (
        await fetch(`${t.url}/api/attachments/${reports.body[0].report.id}`, {
          headers: { authorization: `Bearer ${resident}` },
        })
      ).status,
    ).toBe(200);
  });

  test('a use needs the owner decision that approved it and its documents; residents cannot record', async () => {
    const doc = await upload(`/api/compounds/${jinxiu}/attachments`, property, voucherPdf('fund use'), 'use.pdf');
    expect(doc.status).toBe(201);
    const use = {
      kind: 'use',
      occurredOn: '2026-11-20',
      amountFen: 500000,
      description: '3栋水泵更换',
      attachmentIds: [doc.body.id],
    };
    expectError(
      await t.http('POST', `/api/compounds/${jinxiu}/maintenance-fund/entries`, { token: property, json: use }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await t.http('POST', `/api/compounds/${jinxiu}/maintenance-fund/entries`, {
        token: resident,
        json: { ...use, decisionRef: 'x' },
      }),
      403,
      'FORBIDDEN',
    );
    // The committee records it with its own copy of the documents: a record publishes only its author's uploads.
    const committee = await t.login('demo-committee');
    const own = await upload(`/api/compounds/${jinxiu}/attachments`, committee, voucherPdf('fund use'), 'use.pdf');
    const recorded = await t.http<MaintenanceFundView>('POST', `/api/compounds/${jinxiu}/maintenance-fund/entries`, {
      token: committee,
      json: { ...use, attachmentIds: [own.body.id], decisionRef: '2026年第3次业主共同决定' },
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.usedSinceStatementFen).toBe(13_300_000);
  });
});

describe('publishing a month', () => {
  let draftId: number;

  test('a draft is filled from the .xlsx template, all rows or none', async () => {
    const created = await t.http<AccountDisclosureDetail>('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: property,
      json: { periodKey: '2025-10' },
    });
    expect(created.status).toBe(201);
    draftId = created.body.id;
    expectError(
      await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
        token: property,
        json: { periodKey: '2025-10' },
      }),
      409,
      'DISCLOSURE_PERIOD_EXISTS',
    );

    const bad = await filledTemplate([
      ['物业费', '300000.00', '2025-10-28', '本小区业主', '', 1176, 1100],
      ['电梯', '12600.123', '2025-10-12', '电梯公司', '', '', ''],
      ['咖啡', '10', '2026-11-30', '', '', '', ''],
    ]);
    const refused = expectError(
      await upload(`/api/account-disclosures/${draftId}/lines/import`, property, bad, 'lines.xlsx'),
      400,
      'LINES_INVALID',
    );
    expect(refused.details?.map((d) => d.row)).toEqual([3, 4]);
    expect(refused.details?.[1].message).toMatch(/类别.*日期.*不在本期内.*对方单位/);
    expect(
      (await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${draftId}`, { token: property })).body
        .lines,
    ).toEqual([]);

    const good = await filledTemplate([
      ['物业费', '300000.00', '2025-10-28', '本小区业主', '10月物业费', 1176, 1100],
      ['停车费', '45,000.50', '2025-10-28', '车位', '', '', ''],
      ['电梯', '12600.5', '2025-10-12', '成都某电梯维保公司', '月度维保', '', ''],
      ['维修', 800, '2025/10/3', '小区维修班', '换灯泡', '', ''],
    ]);
    const imported = await upload(`/api/account-disclosures/${draftId}/lines/import`, property, good, 'lines.xlsx');
    expect(imported.status).toBe(201);
    expect(imported.body.lines.map((l) => [l.category, l.amountFen, l.occurredOn])).toEqual([
      ['property_fee', 30000000, '2025-10-28'],
      ['parking', 4500050, '2025-10-28'],
      ['elevator', 1260050, '2025-10-12'],
      ['repairs', 80000, '2025-10-03'],
    ]);
    expect(imported.body.totals).toMatchObject({
      incomeFen: 34500050,
      expenseFen: 1340050,
      balanceFen: 33160000,
      collection: { billed: 1176, paid: 1100 },
    });
  });

  test('drafts are for staff and reviewers only', async () => {
    expectError(await t.http('GET', `/api/account-disclosures/${draftId}`, { token: resident }), 404, 'NOT_FOUND');
    const residentList = await t.http<AccountPeriodSummary[]>(
      'GET',
      `/api/compounds/${jinxiu}/account-disclosures?include=drafts`,
      { token: resident },
    );
    expect(residentList.body.map((p) => p.id)).not.toContain(draftId);
    const supervisor = await t.login('demo-supervisor');
    const staffList = await t.http<AccountPeriodSummary[]>(
      'GET',
      `/api/compounds/${jinxiu}/account-disclosures?include=drafts`,
      { token: supervisor },
    );
    expect(staffList.body.find((p) => p.id === draftId)?.status).toBe('draft');
    const note = await t.http('POST', `/api/account-disclosures/${draftId}/notes`, {
      token: supervisor,
      json: { text: '电梯维保费请附合同' },
    });
    expect(note.body).toMatchObject({ role: 'supervisor', authorName: '吴监察', text: '电梯维保费请附合同' });
    expectError(
      await t.http('POST', `/api/account-disclosures/${draftId}/notes`, { token: resident, json: { text: 'x' } }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await t.http('PUT', `/api/account-disclosures/${draftId}/lines`, { token: supervisor, json: { lines: [] } }),
      403,
      'FORBIDDEN',
    );
  });

  test('in the trust model a large expense needs its voucher; a fake image is refused and nothing is stored', async () => {
    const blocked = expectError(
      await t.http('POST', `/api/account-disclosures/${draftId}/publish`, { token: property }),
      409,
      'VOUCHER_REQUIRED',
    );
    const detail = (
      await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${draftId}`, { token: property })
    ).body;
    const elevator = detail.lines.find((l) => l.category === 'elevator')!;
    expect(blocked.details?.map((d) => d.field)).toEqual([String(elevator.id)]); // the 800-yuan repair is under the limit

    const before = await t.dataSource.getRepository(Attachment).count();
    expectError(
      await upload(
        `/api/disclosure-lines/${elevator.id}/attachments`,
        property,
        Buffer.from('not really a jpeg'),
        'voucher.jpg',
      ),
      415,
      'UNSUPPORTED_FILE',
    );
    expect(await t.dataSource.getRepository(Attachment).count()).toBe(before);

    const voucher = await upload(
      `/api/disclosure-lines/${elevator.id}/attachments`,
      property,
      voucherPdf('elevator December'),
      '电梯维保发票.pdf',
    );
    expect(voucher.status).toBe(201);
    expectError(await t.http('GET', `/api/attachments/${voucher.body.id}`, { token: resident }), 404, 'NOT_FOUND');
    expect(
      (
        await fetch(`${t.url}/api/attachments/${voucher.body.id}`, {
          headers: { authorization: `Bearer ${await t.login('demo-committee')}` },
        })
      ).status,
    ).toBe(200);

    const published = await t.http<AccountDisclosureDetail>('POST', `/api/account-disclosures/${draftId}/publish`, {
      token: property,
    });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.publication?.seq).toBe(22);
    expect(
      (await fetch(`${t.url}/api/attachments/${voucher.body.id}`, { headers: { authorization: `Bearer ${resident}` } }))
        .status,
    ).toBe(200);
  });

  test('a published disclosure cannot be edited or deleted; a correction stands beside it', async () => {
    const line = (
      await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${draftId}`, { token: resident })
    ).body.lines[0];
    expectError(
      await t.http('PUT', `/api/account-disclosures/${draftId}/lines`, { token: property, json: { lines: [] } }),
      409,
      'DISCLOSURE_PUBLISHED',
    );
    expectError(
      await t.http('DELETE', `/api/account-disclosures/${draftId}`, { token: property }),
      409,
      'DISCLOSURE_PUBLISHED',
    );
    expectError(
      await upload(`/api/account-disclosures/${draftId}/lines/import`, property, await filledTemplate([]), 'x.xlsx'),
      409,
      'DISCLOSURE_PUBLISHED',
    );
    expectError(
      await upload(`/api/disclosure-lines/${line.id}/attachments`, property, voucherPdf('late'), 'late.pdf'),
      409,
      'DISCLOSURE_PUBLISHED',
    );
    expectError(
      await t.http('POST', `/api/account-disclosures/${draftId}/publish`, { token: property }),
      409,
      'DISCLOSURE_PUBLISHED',
    );

    const amendment = await t.http<AccountDisclosureDetail>('POST', `/api/account-disclosures/${draftId}/amend`, {
      token: property,
    });
    expect(amendment.body).toMatchObject({ status: 'draft', amendsId: draftId, periodKey: '2025-10' });
    expect(amendment.body.lines.find((l) => l.category === 'elevator')?.attachments).toHaveLength(1);
    const corrected = amendment.body.lines.map(
      ({ category, amountFen, occurredOn, counterparty, note, householdsBilled, householdsPaid }) => ({
        category,
        amountFen: category === 'repairs' ? 85000 : amountFen,
        occurredOn,
        counterparty,
        note,
        householdsBilled,
        householdsPaid,
      }),
    );
    // Lines sent one by one obey the import's day rule: a real day inside the period, or 400 and nothing replaced.
    for (const occurredOn of ['2026-02-31', '2026-11-30'])
      expectError(
        await t.http('PUT', `/api/account-disclosures/${amendment.body.id}/lines`, {
          token: property,
          json: { lines: [{ ...corrected[0], occurredOn }] },
        }),
        400,
        'VALIDATION_FAILED',
      );
    await t.http('PUT', `/api/account-disclosures/${amendment.body.id}/lines`, {
      token: property,
      json: { lines: corrected },
    });
    // Replacing lines drops their vouchers: attach again, then publish.
    const elevator = (
      await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${amendment.body.id}`, { token: property })
    ).body.lines.find((l) => l.category === 'elevator')!;
    await upload(
      `/api/disclosure-lines/${elevator.id}/attachments`,
      property,
      voucherPdf('elevator December'),
      '电梯维保发票.pdf',
    );
    expect(
      (await t.http('POST', `/api/account-disclosures/${amendment.body.id}/publish`, { token: property })).status,
    ).toBe(200);

    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const december = list.body.filter((p) => p.periodKey === '2025-10');
    expect(december.map((p) => [p.id, p.amendsId, p.amendedById])).toEqual([
      [amendment.body.id, draftId, null],
      [draftId, null, amendment.body.id],
    ]);
    expect(december[0].totals.expenseFen - december[1].totals.expenseFen).toBe(5000);
  });

  test('verify finds a published row changed behind the API’s back, and says where', async () => {
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const august = list.body.find((p) => p.periodKey === '2026-08')!;
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${august.id}`, {
      token: resident,
    });
    const line = detail.body.lines.find((l) => l.category === 'wages')!;
    await t.dataSource.query('UPDATE disclosure_line SET amountFen = amountFen + 1 WHERE id = ?', [line.id]);
    const verify = await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify`, {
      token: resident,
    });
    expect(verify.body.ok).toBe(false);
    expect(verify.body.brokenAt).toMatchObject({
      seq: august.publication!.seq,
      kind: 'account',
      subjectId: august.id,
      reason: expect.stringContaining('内容被改动'),
    });
    await t.dataSource.query('UPDATE disclosure_line SET amountFen = amountFen - 1 WHERE id = ?', [line.id]);
    expect(
      (await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify`, { token: resident })).body.ok,
    ).toBe(true);

    await t.dataSource.query('DELETE FROM publication WHERE seq = 3 AND compoundId = ?', [jinxiu]);
    const gap = await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify`, { token: resident });
    expect(gap.body).toMatchObject({ ok: false, brokenAt: { seq: 4 } });
  });
});

describe('questions', () => {
  test('a resident asks about a line; the property company answers in public; the asker is told', async () => {
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const previous = list.body.find((p) => p.periodKey === '2026-09')!; // the demo answered a question on it
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${previous.id}`, {
      token: resident,
    });
    const greening = detail.body.lines.find((l) => l.category === 'greening')!;
    const asked = await t.http<QuestionView>('POST', `/api/disclosure-lines/${greening.id}/questions`, {
      token: resident,
      json: { text: '绿化养护每月都这么多吗？' },
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ mine: true, answer: null });

    const owner = await t.login('demo-owner');
    const seenByOther = await t.http<QuestionView[]>('GET', `/api/account-disclosures/${previous.id}/questions`, {
      token: owner,
    });
    const q = seenByOther.body.find((x) => x.id === asked.body.id)!;
    expect(q.mine).toBe(false);
    expect(JSON.stringify(seenByOther.body)).not.toMatch(/asker|personId|张小梅/);
    expect(seenByOther.body.filter((x) => x.answer).length).toBeGreaterThanOrEqual(1); // the demo's answered one

    wechat.revokeTokens(); // the token the client cached is no longer valid: it must renew once
    const answered = await t.http<QuestionView>('POST', `/api/questions/${asked.body.id}/answer`, {
      token: property,
      json: { text: '冬季修剪量较大，已附合同。' },
    });
    expect(answered.body.answer?.text).toBe('冬季修剪量较大，已附合同。');
    expect(wechat.sent.at(-1)).toMatchObject({
      touser: 'demo-resident',
      template_id: 'tpl-answered',
      page: expect.stringContaining(`id=${previous.id}`),
    });
    expect((await t.dataSource.getRepository(Notification).findOneBy({ subjectId: asked.body.id }))?.status).toBe(
      'sent',
    );
    expectError(
      await t.http('POST', `/api/questions/${asked.body.id}/answer`, { token: property, json: { text: '再答一次' } }),
      409,
      'QUESTION_ALREADY_ANSWERED',
    );

    const mine = await t.http<QuestionView[]>('GET', `/api/account-disclosures/${previous.id}/questions`, {
      token: resident,
    });
    expect(mine.body.find((x) => x.id === asked.body.id)).toMatchObject({
      mine: true,
      answer: { text: '冬季修剪量较大，已附合同。' },
    });
  });

  test('only residents ask, only the property company answers, flags are for reviewers', async () => {
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${list.body[2].id}`, {
      token: resident,
    });
    const line = detail.body.lines[0];
    expectError(
      await t.http('POST', `/api/disclosure-lines/${line.id}/questions`, { token: property, json: { text: '?' } }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await t.http('POST', `/api/disclosure-lines/${line.id}/questions`, { token: resident, json: { text: '' } }),
      400,
      'VALIDATION_FAILED',
    );
    const asked = await t.http<QuestionView>('POST', `/api/disclosure-lines/${line.id}/questions`, {
      token: resident,
      json: { text: '能否说明？' },
    });
    expectError(
      await t.http('POST', `/api/questions/${asked.body.id}/answer`, { token: resident, json: { text: '自问自答' } }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await t.http('POST', `/api/disclosure-lines/${line.id}/flags`, { token: resident, json: { reason: 'x' } }),
      403,
      'FORBIDDEN',
    );
    const flagged = await t.http('POST', `/api/disclosure-lines/${line.id}/flags`, {
      token: await t.login('demo-committee'),
      json: { reason: '金额与合同不符' },
    });
    expect(flagged.body).toMatchObject({ id: line.id, flagged: true });
  });
});

describe('questions for the property company', () => {
  test('the compound’s unanswered questions, oldest first, with their line; counts on the periods', async () => {
    const open = await t.http<OpenQuestionView[]>('GET', `/api/compounds/${jinxiu}/questions?unanswered=1`, {
      token: property,
    });
    expect(open.status).toBe(200);
    expect(open.body.length).toBeGreaterThanOrEqual(1);
    expect(open.body.every((q) => q.answer === null)).toBe(true);
    const elevator = open.body.find((q) => q.periodKey === '2026-10');
    expect(elevator?.line).toMatchObject({ category: 'elevator', counterparty: '成都某电梯维保公司' });
    expect(open.body.map((q) => q.id)).toEqual([...open.body.map((q) => q.id)].sort((a, b) => a - b));
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const waiting = list.body.reduce((n, p) => n + p.unansweredQuestions, 0);
    expect(waiting).toBe(open.body.length);
    expectError(
      await t.http('GET', `/api/compounds/${jinxiu}/questions?unanswered=1`, { token: resident }),
      403,
      'FORBIDDEN',
    );
  });

  test('a flag shows its reason and who raised it', async () => {
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${list.body[2].id}`, {
      token: resident,
    });
    const flagged = detail.body.lines.find((l) => l.flagged);
    expect(flagged?.flags).toEqual([
      { role: 'committee_member', reason: '金额与合同不符', flaggedAt: expect.any(String) },
    ]);
  });
});

describe('compound 1’s disclosures are closed to demo-owner-2', () => {
  test('lists, details, drafts, vouchers, questions, verify and the service disclosure', async () => {
    const outsider = await t.login('demo-owner-2');
    const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: resident,
    });
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${list.body[0].id}`, {
      token: resident,
    });
    const voucher = detail.body.lines.find((l) => l.attachments.length)!.attachments[0];
    const draft = await t.http<AccountDisclosureDetail>('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: property,
      json: { periodKey: '2025-08' },
    });
    for (const path of [
      `/api/compounds/${jinxiu}/account-disclosures`,
      `/api/compounds/${jinxiu}/account-disclosures?include=drafts`,
      `/api/account-disclosures/${list.body[0].id}`,
      `/api/account-disclosures/${draft.body.id}`,
      `/api/account-disclosures/${list.body[0].id}/questions`,
      `/api/attachments/${voucher.id}`,
      `/api/compounds/${jinxiu}/disclosures/verify`,
      `/api/compounds/${jinxiu}/service-disclosure`,
    ]) {
      expectError(await t.http('GET', path, { token: outsider }), 403, 'FORBIDDEN');
    }
    expectError(
      await t.http('POST', `/api/disclosure-lines/${detail.body.lines[0].id}/questions`, {
        token: outsider,
        json: { text: '?' },
      }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
        token: outsider,
        json: { periodKey: '2025-09' },
      }),
      403,
      'FORBIDDEN',
    );
  });
});

// The print embeds a system CJK font (Debian's fonts-noto-cjk, which .ci/run installs); without it only the
// refusal can be tested here.
const hasCjkFont = existsSync(loadConfig({ PII_KEY: TEST_PII_KEY }).PDF_FONT_PATH);

describe('the notice-board print', () => {
  (hasCjkFont ? test : test.skip)(
    'an A4 PDF of a period with the Chinese font embedded, its hash and a QR code',
    async () => {
      const list = await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${jinxiu}/account-disclosures`, {
        token: resident,
      });
      const october = list.body.find((p) => p.periodKey === '2026-10')!;
      const response = await fetch(`${t.url}/api/account-disclosures/${october.id}/notice.pdf`, {
        headers: { authorization: `Bearer ${resident}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/); // A4
      expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/); // a subset of the CJK font, embedded
      expect(pdf).toContain('/FontFile');
      expect(pdf).toContain(october.publication!.contentHash); // in the document's metadata
      expect(pdf).toMatch(/\/Subtype \/Image/); // the QR code
      expect(pdf.length).toBeLessThan(400_000);
    },
  );

  test('without its font the print says so plainly; outsiders get nothing', async () => {
    const other = await startTestApp({ disclosures: true, env: { PDF_FONT_PATH: '/nonexistent/font.ttc' } });
    try {
      const token = await other.login('demo-resident');
      const [period] = (
        await other.http<AccountPeriodSummary[]>(
          'GET',
          `/api/compounds/${other.demo!.compoundIds.jinxiu}/account-disclosures`,
          { token },
        )
      ).body;
      expectError(
        await other.http('GET', `/api/account-disclosures/${period.id}/notice.pdf`, { token }),
        503,
        'PRINT_UNAVAILABLE',
      );
      expectError(
        await other.http('GET', `/api/account-disclosures/${period.id}/notice.pdf`, {
          token: await other.login('demo-owner-2'),
        }),
        403,
        'FORBIDDEN',
      );
    } finally {
      await other.close();
    }
  });
});
