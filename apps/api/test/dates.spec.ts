import ExcelJS from 'exceljs';
import { chinaDay, LINE_COLUMNS, type AccountDisclosureDetail, type ErrorBody } from '@xiaoqu/shared';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let property: string;
let committee: string;
let jinxiu: number;

beforeAll(async () => {
  t = await startTestApp({ disclosures: true });
  property = await t.login('demo-property');
  committee = await t.login('demo-committee');
  jinxiu = t.demo!.compoundIds.jinxiu;
});
afterAll(() => t.close());

const DAY = 24 * 3600_000;
const today = () => chinaDay(Date.now());
const tomorrow = () => chinaDay(Date.now() + DAY);
const nextMonth = () => {
  const [y, m] = today().split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The fields a refusal names. */
const fieldsOf = (body: unknown) => ((body as ErrorBody).details ?? []).map((d) => d.field);

describe('one day rule for every day field', () => {
  test.each(['9999-99-99', '2026-13-45', '2026-02-30', '2026-2-3', '20261105', '', 20261105])(
    'a work record done on %j is refused',
    async (doneOn) => {
      const answer = await t.http('POST', `/api/compounds/${jinxiu}/work-records`, {
        token: property,
        json: { kind: 'cleaning', doneOn, description: '楼道清洁', photoIds: [] },
      });
      expectError(answer, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(answer.body)).toContain('doneOn');
    },
  );

  test('what was done or paid cannot be dated after today; today is fine', async () => {
    const late = await t.http('POST', `/api/compounds/${jinxiu}/work-records`, {
      token: property,
      json: { kind: 'cleaning', doneOn: tomorrow(), description: '楼道清洁', photoIds: [] },
    });
    expectError(late, 400, 'VALIDATION_FAILED');
    expect((late.body as ErrorBody).details).toEqual([expect.objectContaining({ field: 'doneOn' })]);
    const done = await t.http('POST', `/api/compounds/${jinxiu}/work-records`, {
      token: property,
      json: { kind: 'cleaning', doneOn: today(), description: '楼道清洁', photoIds: [] },
    });
    expect(done.status).toBe(201);
    for (const occurredOn of ['2026-13-45', tomorrow()]) {
      const fund = await t.http('POST', `/api/compounds/${jinxiu}/maintenance-fund/entries`, {
        token: committee,
        json: { kind: 'statement', occurredOn, amountFen: 100, description: '利息', attachmentIds: [] },
      });
      expectError(fund, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(fund.body)).toContain('occurredOn');
    }
  });

  test('a service contract from 2026-02-30 to 2026-02-31 is refused', async () => {
    const answer = await t.http('PUT', `/api/compounds/${jinxiu}/service-disclosure/draft`, {
      token: property,
      json: {
        company: '成都锦城物业服务有限公司',
        contractStart: '2026-02-30',
        contractEnd: '2026-02-31',
        serviceLevel: '一级',
        feeStandardFenPerM2Month: 250,
        staffPosts: [],
        items: [],
      },
    });
    expectError(answer, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(answer.body)).toEqual(expect.arrayContaining(['contractStart', 'contractEnd']));
  });
});

describe('accounts are of the past', () => {
  test('a period that has not begun cannot be opened', async () => {
    expectError(
      await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
        token: property,
        json: { periodKey: nextMonth() },
      }),
      400,
      'DISCLOSURE_PERIOD_IN_FUTURE',
    );
    expectError(
      await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
        token: property,
        json: { periodKey: String(Number(today().slice(0, 4)) + 1) },
      }),
      400,
      'DISCLOSURE_PERIOD_IN_FUTURE',
    );
  });

  test('a line of the running year dated after today is refused, sent or imported, with its row', async () => {
    const year = today().slice(0, 4);
    const draft = await t.http<AccountDisclosureDetail>('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: property,
      json: { periodKey: year },
    });
    expect(draft.status).toBe(201);
    const line = { category: 'cleaning', amountFen: 100, counterparty: '保洁公司' };
    const sent = await t.http('PUT', `/api/account-disclosures/${draft.body.id}/lines`, {
      token: property,
      json: { lines: [{ ...line, occurredOn: tomorrow() }] },
    });
    expectError(sent, 400, 'VALIDATION_FAILED');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('收支明细');
    sheet.addRow(LINE_COLUMNS.map((c) => c.header));
    sheet.addRow(['保洁', '1.00', `${year}-01-05`, '保洁公司']);
    sheet.addRow(['保洁', '1.00', tomorrow(), '保洁公司']);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await workbook.xlsx.writeBuffer())]), 'lines.xlsx');
    const imported = await t.http('POST', `/api/account-disclosures/${draft.body.id}/lines/import`, {
      token: property,
      body: form,
    });
    const error = expectError(imported, 400, 'LINES_INVALID');
    expect(error.details).toEqual([{ row: 3, message: expect.stringMatching(/晚于今天|不在本期内/) }]);
    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${draft.body.id}`, {
      token: property,
    });
    expect(detail.body.lines).toEqual([]);
  });
});
