import type { BuildingView, ComplaintDetailView, ComplaintView, Page } from '@xiaoqu/shared';
import { startTestApp, type TestApp } from './test-app.js';

// Issue 10, finding 10: a visible complaint's phone number, ID number and its filer's name reached the public feed.
const FILER = '王建国';
const TEXT =
  '我是3栋2单元1203的业主王建国，电话13812345678，楼下垃圾三天没人清运，身份证510104198803152316。' +
  '王建国家门口也堆满了，物业费¥1,234.50照交，2026年11月29日前请处理。';
const MASKED =
  '我是3栋2单元1203的业主王**，电话138********，楼下垃圾三天没人清运，身份证510***************。' +
  '王**家门口也堆满了，物业费¥1,234.50照交，2026年11月29日前请处理。';
const PLACE = '3栋2单元 王建国家楼下';
const NOTE = '已电话联系王建国 138 1234 5678，明早清运';

let t: TestApp;
let tokens: Record<string, string>;
let jinxiu: number;
let id: number;

/** Neither the phone number nor the ID number nor the filer's given name, in any field. */
function expectNoPersonalData(body: unknown) {
  const json = JSON.stringify(body).replace(/[\s-]/g, '');
  expect(json).not.toContain('13812345678');
  expect(json).not.toContain('12345678');
  expect(json).not.toContain('198803152316');
  expect(json).not.toContain('建国');
}

beforeAll(async () => {
  t = await startTestApp();
  jinxiu = t.demo!.compoundIds.jinxiu;
  tokens = {};
  for (const who of ['demo-resident', 'demo-owner', 'demo-grid']) tokens[who] = await t.login(who);
  const renamed = await t.http('PATCH', '/api/me', { token: tokens['demo-resident'], json: { name: FILER } });
  expect(renamed.status).toBe(200);
  const buildings = await t.http<BuildingView[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
    token: tokens['demo-resident'],
  });
  const filed = await t.http<ComplaintDetailView>('POST', `/api/compounds/${jinxiu}/complaints`, {
    token: tokens['demo-resident'],
    json: {
      category: 'sanitation',
      text: TEXT,
      placeText: PLACE,
      photoIds: [],
      buildingId: buildings.body.find((b) => b.name === '3栋')!.id,
      visible: true,
    },
  });
  expect(filed.status).toBe(201);
  id = filed.body.id;
  const accepted = await t.http('POST', `/api/complaints/${id}/actions/accept`, {
    token: tokens['demo-grid'],
    json: { note: NOTE },
  });
  expect(accepted.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('Open311 masks personal data (issue 10, finding 10)', () => {
  test('the feed and the single request publish the text with phone, ID number and filer’s name masked', async () => {
    const feed = await t.http<Record<string, string>[]>('GET', '/api/open311/v2/requests.json');
    const one = await t.http<Record<string, string>[]>('GET', `/api/open311/v2/requests/${id}.json`);
    expect(one.status).toBe(200);
    for (const request of [feed.body.find((r) => r.service_request_id === String(id)), one.body[0]]) {
      expect(request).toMatchObject({ description: MASKED, address: expect.stringContaining('3栋2单元 王**家楼下') });
      expect(request!.description).toContain('3栋2单元1203');
      expectNoPersonalData(request);
    }
  });
});

describe('other residents read someone else’s complaint masked; its filer and handler in full', () => {
  test('another resident’s list and detail mask the text, the place and the grid worker’s note', async () => {
    const list = await t.http<Page<ComplaintView>>('GET', `/api/compounds/${jinxiu}/complaints`, {
      token: tokens['demo-owner'],
    });
    const listed = list.body.items.find((c) => c.id === id)!;
    expect(listed).toMatchObject({ text: MASKED, placeText: '3栋2单元 王**家楼下', mine: false });
    expectNoPersonalData(listed);

    const detail = await t.http<ComplaintDetailView>('GET', `/api/complaints/${id}`, { token: tokens['demo-owner'] });
    expect(detail.status).toBe(200);
    expect(detail.body.text).toBe(MASKED);
    expect(detail.body.events.map((e) => e.note)).toContain('已电话联系王** 138 **** ****，明早清运');
    expectNoPersonalData(detail.body);
  });

  test('the same list and detail give the filer and the grid worker the text as written, and only them', async () => {
    const listOf = async (who: string) =>
      (
        await t.http<Page<ComplaintView>>('GET', `/api/compounds/${jinxiu}/complaints`, { token: tokens[who] })
      ).body.items.find((c) => c.id === id)!;
    expect((await listOf('demo-owner')).text).toBe(MASKED);
    for (const who of ['demo-resident', 'demo-grid']) {
      expect(await listOf(who)).toMatchObject({ text: TEXT, placeText: PLACE });
      const detail = await t.http<ComplaintDetailView>('GET', `/api/complaints/${id}`, { token: tokens[who] });
      expect(detail.body).toMatchObject({ text: TEXT, placeText: PLACE });
      expect(detail.body.events.map((e) => e.note)).toContain(NOTE);
    }
    const mine = await t.http<Page<ComplaintView>>('GET', '/api/me/complaints', { token: tokens['demo-resident'] });
    expect(mine.body.items.find((c) => c.id === id)!.text).toBe(TEXT);
    const inbox = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens['demo-grid'] });
    expect(inbox.body.items.find((c) => c.id === id)!.text).toBe(TEXT);
  });
});
