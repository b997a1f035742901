import type { ComplaintDetailView, ErrorBody, ProposalView, QuestionView } from '@xiaoqu/shared';
import { Complaint } from '../src/complaint/complaint.entities.js';
import { Proposal } from '../src/deliberation/deliberation.entities.js';
import { LineQuestion } from '../src/disclosure/disclosure.entities.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp({ disclosures: true });
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

test('raising a proposal and asking a question take an Idempotency-Key the same way', async () => {
  const jinxiu = t.demo!.compoundIds.jinxiu;
  const proposal = (key: string, title: string) =>
    t.http<ProposalView & ErrorBody>('POST', `/api/compounds/${jinxiu}/proposals`, {
      token,
      json: { title, body: '小区东门的道闸经常故障，建议更换' },
      headers: { 'idempotency-key': key },
    });
  const raised = await Promise.all([proposal('p-key-00001', '更换东门道闸'), proposal('p-key-00001', '更换东门道闸')]);
  expect(raised.map((a) => a.status)).toEqual([201, 201]);
  expect(raised[1].body.id).toBe(raised[0].body.id);
  expect(await t.dataSource.getRepository(Proposal).count({ where: { title: '更换东门道闸' } })).toBe(1);
  expectError(await proposal('p-key-00001', '换了标题'), 409, 'IDEMPOTENCY_KEY_REUSED');

  const [line] = await t.dataSource.query(
    "SELECT l.id AS id FROM disclosure_line l JOIN account_disclosure d ON d.id = l.disclosureId WHERE d.compoundId = ? AND d.status = 'published' ORDER BY l.id LIMIT 1",
    [jinxiu],
  );
  const ask = (key: string, text: string) =>
    t.http<QuestionView & ErrorBody>('POST', `/api/disclosure-lines/${line.id}/questions`, {
      token,
      json: { text },
      headers: { 'idempotency-key': key },
    });
  const first = await ask('q-key-00001', '这笔绿化费为什么比上月多？');
  expect(first.status).toBe(201);
  expect((await ask('q-key-00001', '这笔绿化费为什么比上月多？')).body.id).toBe(first.body.id);
  expect(await t.dataSource.getRepository(LineQuestion).count({ where: { text: '这笔绿化费为什么比上月多？' } })).toBe(
    1,
  );
  expectError(await ask('q-key-00001', '另一个问题'), 409, 'IDEMPOTENCY_KEY_REUSED');
});
