import type { ComplaintDetailView, ErrorBody } from '@xiaoqu/shared';
import { Complaint } from '../src/complaint/complaint.entities.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.login('demo-resident');
}, 60_000); // starting and seeding an app takes seconds on a busy machine
afterAll(() => t.close());

const body = { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [] };
const fileComplaint = (key: string | undefined, json: object = body, who = token) =>
  t.http<ComplaintDetailView & ErrorBody>('POST', `/api/compounds/${t.demo!.compoundIds.jinxiu}/complaints`, {
    token: who,
    json,
    headers: key ? { 'idempotency-key': key } : {},
  });
const stored = (text: string) => t.dataSource.getRepository(Complaint).count({ where: { text } });

test('a complaint resent with the same Idempotency-Key answers the first one and stores one', async () => {
  const json = { ...body, text: '重发的诉求：电梯停运三天' };
  const first = await fileComplaint('c-retry-0001', json);
  expect(first.status).toBe(201);
  const again = await fileComplaint('c-retry-0001', json);
  expect(again.status).toBe(201);
  expect(again.body.id).toBe(first.body.id);
  expect(await stored(json.text)).toBe(1);
});

test('simultaneous sends with one key (a double tap) store one complaint', async () => {
  const json = { ...body, text: '同时发出的诉求：楼道灯不亮' };
  const answers = await Promise.all(Array.from({ length: 8 }, () => fileComplaint('c-race-00001', json)));
  expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
  expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  expect(await stored(json.text)).toBe(1);
});

test('the same key with another body is refused with IDEMPOTENCY_KEY_REUSED', async () => {
  expect((await fileComplaint('c-reuse-0001', { ...body, text: '第一条：垃圾未清运' })).status).toBe(201);
  expectError(
    await fileComplaint('c-reuse-0001', { ...body, text: '第二条：换了内容' }),
    409,
    'IDEMPOTENCY_KEY_REUSED',
  );
  expect(await stored('第二条：换了内容')).toBe(0);
});

test('keys are per person, and a malformed key is refused', async () => {
  const owner = await t.login('demo-owner');
  const json = { ...body, text: '两人碰巧用了同一个编号' };
  const mine = await fileComplaint('c-shared-001', json);
  const theirs = await fileComplaint('c-shared-001', json, owner);
  expect(theirs.status).toBe(201);
  expect(theirs.body.id).not.toBe(mine.body.id);
  expectError(await fileComplaint('short', json), 400, 'VALIDATION_FAILED');
  expectError(await fileComplaint('has spaces in it', json), 400, 'VALIDATION_FAILED');
});

test('without a key every send is a new complaint, as before', async () => {
  const json = { ...body, text: '没有编号的诉求：水压不足' };
  await fileComplaint(undefined, json);
  await fileComplaint(undefined, json);
  expect(await stored(json.text)).toBe(2);
});
