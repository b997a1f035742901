import { jest } from '@jest/globals';
import type { AccountDisclosureDetail, AccountPeriodSummary, QuestionView } from '@xiaoqu/shared';
import { AccountViews } from '../src/disclosure/accounts/account-views.service.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let resident: string;
let property: string;
let periods: AccountPeriodSummary[];
beforeAll(async () => {
  t = await startTestApp({ disclosures: true });
  resident = await t.login('demo-resident');
  property = await t.login('demo-property');
  periods = (
    await t.http<AccountPeriodSummary[]>('GET', `/api/compounds/${t.demo!.compoundIds.jinxiu}/account-disclosures`, {
      token: resident,
    })
  ).body;
}, 60_000);
afterAll(() => t.close());

const get = (id: number, token: string, etag?: string) =>
  fetch(`${t.url}/api/account-disclosures/${id}`, {
    headers: { authorization: `Bearer ${token}`, ...(etag ? { 'if-none-match': etag } : {}) },
  });

test('a published period has an ETag; asked again with it, the answer is 304 with no body', async () => {
  const first = await get(periods[0].id, resident);
  expect(first.status).toBe(200);
  const etag = first.headers.get('etag');
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  expect(first.headers.get('cache-control')).toBe('private, no-cache');
  const again = await get(periods[0].id, resident, etag!);
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
  // Another member of the compound gets the same version; another period has another tag.
  expect((await get(periods[0].id, property)).headers.get('etag')).toBe(etag);
  expect((await get(periods[1].id, resident)).headers.get('etag')).not.toBe(etag);
});

test('it is rendered once: further reads ask the database nothing about it', async () => {
  const views = t.app.get(AccountViews);
  await get(periods[2].id, resident);
  const renders = jest.spyOn(views, 'detail');
  for (let i = 0; i < 5; i++) expect((await get(periods[2].id, resident)).status).toBe(200);
  expect(renders).not.toHaveBeenCalled();
  renders.mockRestore();
});

test('a question asked or answered shows at once in the counts, under a new tag', async () => {
  const before = await get(periods[3].id, resident);
  const etag = before.headers.get('etag')!;
  const detail = (await before.json()) as AccountDisclosureDetail;
  const line = detail.lines[0];
  const asked = await t.http<QuestionView>('POST', `/api/disclosure-lines/${line.id}/questions`, {
    token: resident,
    json: { text: '这笔是什么费用？' },
  });
  expect(asked.status).toBe(201);
  const after = await get(periods[3].id, resident, etag);
  expect(after.status).toBe(200);
  expect(after.headers.get('etag')).not.toBe(etag);
  const counted = ((await after.json()) as AccountDisclosureDetail).lines.find((l) => l.id === line.id)!;
  expect(counted.questionCount).toBe(line.questionCount + 1);
  expect(counted.unansweredCount).toBe(line.unansweredCount + 1);
  await t.http('POST', `/api/questions/${asked.body.id}/answer`, { token: property, json: { text: '保洁耗材。' } });
  const answered = ((await (await get(periods[3].id, resident)).json()) as AccountDisclosureDetail).lines.find(
    (l) => l.id === line.id,
  )!;
  expect(answered.unansweredCount).toBe(line.unansweredCount);
});

test('a draft is read live, without a tag, and never kept', async () => {
  const draft = await t.http<AccountDisclosureDetail>(
    'POST',
    `/api/compounds/${t.demo!.compoundIds.jinxiu}/account-disclosures`,
    { token: property, json: { periodKey: '2025-06' } },
  );
  expect(draft.status).toBe(201);
  const read = await get(draft.body.id, property);
  expect(read.status).toBe(200);
  expect(read.headers.get('etag')).toBeNull();
  expect(read.headers.get('cache-control')).toBe('no-store');
});
