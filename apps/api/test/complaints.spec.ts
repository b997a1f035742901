import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_TRANSITIONS,
  complaintTransition,
  type AttachmentView,
  type BuildingView,
  type ComplaintAction,
  type ComplaintDetailView,
  type ComplaintRankingView,
  type ComplaintStatus,
  type ComplaintView,
  type CompoundPlanView,
  type ErrorBody,
  type Page,
} from '@xiaoqu/shared';
import { ComplaintScheduler } from '../src/complaint/complaint-scheduler.js';
import { Complaint, ComplaintEvent } from '../src/complaint/complaint.entities.js';
import { Attachment } from '../src/files/attachment.entity.js';
import { Grid } from '../src/place/grid.entity.js';
import { RoleGrant } from '../src/identity/role-grant.entity.js';
import { Person } from '../src/identity/person.entity.js';
import { AppConfig } from '../src/common/config/app-config.js';
import { onMysql, startTestApp, type HttpAnswer, type TestApp } from './test-app.js';
import { FAKE_APPID, FAKE_SECRET, startWechatFake, type WechatFake } from './wechat-fake.js';

const H = 3600_000;
const D = 24 * H;
const PUSH_TOKEN = 'push-token-for-tests';
const PUBLIC_API_URL = 'https://xiaoqu.example.cn/';

/** A real (tiny) PNG: 1×1 pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let wechat: WechatFake;
let tokens: Record<string, string>;
let jinxiu: number;
let building: Record<string, number>;

beforeAll(async () => {
  wechat = await startWechatFake();
  t = await startTestApp({
    complaints: true,
    env: {
      WECHAT_API_BASE_URL: wechat.url,
      WECHAT_APPID: FAKE_APPID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_TPL_COMPLAINT_UPDATE: 'tpl-complaint-update',
      WECHAT_TPL_COMPLAINT_ASSIGNED: 'tpl-complaint-assigned',
      COMPLAINT_SCHEDULER_SECONDS: '0',
      CONTENT_CHECK: '1',
      PUBLIC_API_URL,
      WECHAT_PUSH_TOKEN: PUSH_TOKEN,
    },
  });
  jinxiu = t.demo!.compoundIds.jinxiu;
  tokens = {};
  for (const who of [
    'demo-resident',
    'demo-owner',
    'demo-grid',
    'demo-property',
    'demo-owner-2',
    'demo-community-admin',
    'demo-street-admin',
  ])
    tokens[who] = await t.login(who);
  const buildings = await t.http<BuildingView[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
    token: tokens['demo-resident'],
  });
  building = Object.fromEntries(buildings.body.map((b) => [b.name, b.id]));
}, 30_000);
afterAll(async () => {
  await t.close();
  await wechat.close();
});

async function upload(token: string, bytes: Buffer, fileName = 'photo.png', compoundId = jinxiu) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), fileName);
  return t.http<AttachmentView & ErrorBody>('POST', `/api/compounds/${compoundId}/complaint-photos`, {
    token,
    body: form,
  });
}

async function file(over: Record<string, unknown> = {}, who = 'demo-resident') {
  const answer = await t.http<ComplaintDetailView & ErrorBody>('POST', `/api/compounds/${jinxiu}/complaints`, {
    token: tokens[who],
    json: { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [], buildingId: building['3栋'], ...over },
  });
  return answer;
}

const act = (id: number, action: string, who: string, json: Record<string, unknown> = {}) =>
  t.http<ComplaintDetailView & ErrorBody>('POST', `/api/complaints/${id}/actions/${action}`, {
    token: tokens[who],
    json,
  });

describe('filing and routing', () => {
  test('a noise complaint in 3栋 goes to the 3栋 micro-grid worker with the reason, a 2-hour deadline and a notice', async () => {
    const photo = await upload(tokens['demo-resident'], PNG);
    expect(photo.status).toBe(201);
    const before = Date.now();
    const filed = await file({ photoIds: [photo.body.id], placeText: '3栋2单元' });
    expect(filed.status).toBe(201);
    const c = filed.body;
    expect(c).toMatchObject({
      status: 'submitted',
      level: 'ordinary',
      route: 'micro_grid',
      buildingName: '3栋',
      photoIds: [photo.body.id],
      visible: false,
      mine: true,
    });
    expect(c.routeReason).toContain('3栋微网格');
    expect(c.due?.kind).toBe('accept');
    const due = Date.parse(c.due!.at);
    expect(due).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 2 * H);
    expect(due).toBeLessThanOrEqual(Date.now() + 2 * H);
    expect(c.events.map((e) => [e.kind, e.actor])).toEqual([
      ['filed', '我'],
      ['routed', '系统'],
    ]);
    expect(c.events[0].photoIds).toEqual([photo.body.id]);
    expect(wechat.sent).toContainEqual(
      expect.objectContaining({ touser: 'demo-grid', template_id: 'tpl-complaint-assigned' }),
    );
    // The photo went to WeChat's asynchronous check through a signed link that serves exactly that photo.
    const check = wechat.mediaChecks.at(-1)!;
    expect(check.mediaUrl.startsWith(`${PUBLIC_API_URL}api/complaint-photos/${photo.body.id}/`)).toBe(true);
    const path = new URL(check.mediaUrl).pathname;
    const fetched = await fetch(`${t.url}${path}`);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(`${t.url}${path.replace(/\/[0-9a-f]{32}$/, '/' + '0'.repeat(32))}`)).status).toBe(404);
  });

  test('repairs go to the property company; a building without a grid worker goes up to the community', async () => {
    const property = await file({ category: 'facilities', text: '电梯经常停运，请尽快维修' });
    expect(property.body).toMatchObject({ route: 'property', gridId: null });
    expect(property.body.routeReason).toContain('物业');

    const nobody = await file({ buildingId: building['5栋'], text: '5栋门口垃圾堆放' });
    expect(nobody.body.route).toBe('community');
    expect(nobody.body.routeReason).toContain('5栋微网格暂无网格员');
    expect(nobody.body.routeReason).toContain('转社区处置');
  });

  test('with a general-grid worker, a building without its own worker goes to the general grid', async () => {
    const general = await t.dataSource.getRepository(Grid).findOneByOrFail({ compoundId: jinxiu, kind: 'general' });
    const person = await t.dataSource
      .getRepository(Person)
      .save(t.dataSource.getRepository(Person).create({ openid: 'general-grid-worker' }));
    await t.dataSource.getRepository(RoleGrant).insert({
      personId: person.id,
      role: 'grid_worker',
      placeId: jinxiu,
      gridId: general.id,
      gridKey: general.id,
    });
    const routed = await file({ buildingId: building['6栋'], text: '6栋路灯不亮了' });
    expect(routed.body).toMatchObject({ route: 'general_grid', gridId: general.id });
    await t.dataSource.getRepository(RoleGrant).delete({ personId: person.id });
  });

  test('a file that is not an image but named .jpg, and an oversized photo, are refused and nothing is stored', async () => {
    const attachments = await t.dataSource.getRepository(Attachment).count();
    const storageDir = t.app.get(AppConfig).STORAGE_DIR;
    const filesBefore = listFiles(storageDir);
    expect(filesBefore.length).toBeGreaterThan(0);

    const fake = await upload(tokens['demo-resident'], Buffer.from('MZ this is an exe, not a photo'), 'photo.jpg');
    expect(fake.status).toBe(415);
    expect(fake.body.code).toBe('UNSUPPORTED_FILE');

    const huge = Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024 + 1)]);
    const big = await upload(tokens['demo-resident'], huge, 'big.png');
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');

    expect(await t.dataSource.getRepository(Attachment).count()).toBe(attachments);
    expect(listFiles(storageDir)).toEqual(filesBefore);
  });

  test('risky text is refused with 422 and nothing is stored; bad input is a 400 in Chinese', async () => {
    const count = await t.dataSource.getRepository(Complaint).count();
    const risky = await file({ text: '这里有违禁内容的文字' });
    expect(risky.status).toBe(422);
    expect(risky.body.code).toBe('CONTENT_REJECTED');
    const bad = await file({ category: 'aliens', text: '短' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/);
    const elsewhere = await file({ buildingId: t.demo!.compoundIds.cuiliu });
    expect(elsewhere.status).toBe(400);
    expect(await t.dataSource.getRepository(Complaint).count()).toBe(count);
  });

  test('a photo WeChat wants reviewed stays with the complaint but is kept from other residents', async () => {
    const photo = await upload(tokens['demo-resident'], PNG);
    const filed = await file({ photoIds: [photo.body.id], visible: true, text: '公开诉求：楼道杂物堆放' });
    expect((await t.http('GET', `/api/attachments/${photo.body.id}`, { token: tokens['demo-owner'] })).status).toBe(
      200,
    );
    const { traceId } = wechat.mediaChecks.at(-1)!;
    const timestamp = '1764140001';
    const nonce = 'n0nce2';
    const signature = createHash('sha1').update([PUSH_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
    const pushed = await t.http(
      'POST',
      `/api/wechat/events?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`,
      {
        json: { Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { suggest: 'review', label: 20002 } },
      },
    );
    expect(pushed.status).toBe(200);
    expect((await t.http('GET', `/api/attachments/${photo.body.id}`, { token: tokens['demo-owner'] })).status).toBe(
      404,
    );
    expect((await t.http('GET', `/api/attachments/${photo.body.id}`, { token: tokens['demo-resident'] })).status).toBe(
      200,
    );
    const after = await t.http<ComplaintDetailView>('GET', `/api/complaints/${filed.body.id}`, {
      token: tokens['demo-resident'],
    });
    expect(after.body.photoIds).toEqual([photo.body.id]);
  });

  test('a photo WeChat finds risky is taken off the complaint and its timeline', async () => {
    const photo = await upload(tokens['demo-resident'], PNG);
    const filed = await file({ photoIds: [photo.body.id] });
    const { traceId } = wechat.mediaChecks.at(-1)!;
    const timestamp = '1764140000';
    const nonce = 'n0nce';
    const signature = createHash('sha1').update([PUSH_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
    const event = {
      ToUserName: 'gh_x',
      FromUserName: 'demo-resident',
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: traceId,
      version: 2,
      result: { suggest: 'risky', label: 20002 },
    };
    const forged = await t.http(
      'POST',
      `/api/wechat/events?signature=${'0'.repeat(40)}&timestamp=${timestamp}&nonce=${nonce}`,
      {
        json: event,
      },
    );
    expect(forged.status).toBe(403);
    const pushed = await t.http(
      'POST',
      `/api/wechat/events?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`,
      {
        json: event,
      },
    );
    expect(pushed.status).toBe(200);
    const after = await t.http<ComplaintDetailView>('GET', `/api/complaints/${filed.body.id}`, {
      token: tokens['demo-resident'],
    });
    expect(after.body.photoIds).toEqual([]);
    expect(after.body.events[0].photoIds).toEqual([]);
    expect(after.body.events.at(-1)).toMatchObject({ kind: 'photo_removed', actor: '系统' });
  });
});

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true }).map(String).sort();
  } catch {
    return [];
  }
}

describe('lifecycle', () => {
  test('accept → start → resolve with a photo → the resident confirms and rates it; the resident is told each time', async () => {
    const filed = await file();
    const id = filed.body.id;
    expect((await act(id, 'accept', 'demo-grid')).body).toMatchObject({ status: 'accepted', due: { kind: 'resolve' } });
    expect((await act(id, 'start', 'demo-grid')).body.status).toBe('in_progress');
    const fix = await upload(tokens['demo-grid'], PNG);
    const resolved = await act(id, 'resolve', 'demo-grid', {
      note: '已联系装修方，限定施工时间',
      photoIds: [fix.body.id],
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', due: null });
    expect(resolved.body.events.at(-1)).toMatchObject({ kind: 'resolve', actor: '网格员', photoIds: [fix.body.id] });
    // The resident sees the fix photo.
    const photo = await t.http('GET', `/api/attachments/${fix.body.id}`, { token: tokens['demo-resident'] });
    expect(photo.status).toBe(200);
    expect((await t.http('GET', `/api/attachments/${fix.body.id}`, { token: tokens['demo-owner'] })).status).toBe(404);

    expect((await act(id, 'confirm', 'demo-resident', {})).status).toBe(400); // a rating is needed
    expect((await act(id, 'confirm', 'demo-resident', { rating: 6 })).status).toBe(400);
    const closed = await act(id, 'confirm', 'demo-resident', { rating: 5, note: '处理很及时' });
    expect(closed.body).toMatchObject({ status: 'closed', rating: 5, ratingComment: '处理很及时', actions: [] });
    expect(closed.body.events.map((e) => e.kind)).toEqual(['filed', 'routed', 'accept', 'start', 'resolve', 'confirm']);
    const told = wechat.sent.filter((m) => m.touser === 'demo-resident' && m.template_id === 'tpl-complaint-update');
    expect(told.map((m) => m.data.thing3.value)).toEqual(['受理', '开始处理', '办结']);
  });

  test('reopened with a reason, it goes back to the handler; the grid cannot confirm and the resident cannot resolve', async () => {
    const id = (await file()).body.id;
    await act(id, 'accept', 'demo-grid');
    await act(id, 'resolve', 'demo-grid', { note: '已上门处理' });
    expect((await act(id, 'reopen', 'demo-resident', { note: '' })).status).toBe(400);
    expect((await act(id, 'confirm', 'demo-grid', { rating: 5 })).status).toBe(403);
    const checksBefore = wechat.mediaChecks.length;
    const evidence = await upload(tokens['demo-resident'], PNG);
    const reopened = await act(id, 'reopen', 'demo-resident', { note: '晚上还是很吵', photoIds: [evidence.body.id] });
    // The resident's photo went through WeChat's image check, as at filing.
    expect(wechat.mediaChecks.length).toBe(checksBefore + 1);
    expect(reopened.body).toMatchObject({ status: 'reopened', due: { kind: 'resolve' } });
    expect((await act(id, 'resolve', 'demo-resident', { note: 'x' })).status).toBe(403);
    expect((await act(id, 'auto_close', 'demo-grid')).status).toBe(403);
    expect((await act(id, 'fly', 'demo-grid')).status).toBe(404);
  });

  test('every illegal transition is refused with 409 and a code, and changes nothing', async () => {
    // One complaint in each status, reached over HTTP.
    const paths: Record<ComplaintStatus, [ComplaintAction, string][]> = {
      submitted: [],
      accepted: [['accept', 'demo-grid']],
      in_progress: [
        ['accept', 'demo-grid'],
        ['start', 'demo-grid'],
      ],
      resolved: [
        ['accept', 'demo-grid'],
        ['resolve', 'demo-grid'],
      ],
      reopened: [
        ['accept', 'demo-grid'],
        ['resolve', 'demo-grid'],
        ['reopen', 'demo-resident'],
      ],
      closed: [
        ['accept', 'demo-grid'],
        ['resolve', 'demo-grid'],
        ['confirm', 'demo-resident'],
      ],
      withdrawn: [['withdraw', 'demo-resident']],
    };
    let refused = 0;
    for (const [status, steps] of Object.entries(paths) as [ComplaintStatus, [ComplaintAction, string][]][]) {
      const id = (await file()).body.id;
      for (const [action, who] of steps) await act(id, action, who, { note: '理由说明', rating: 4 });
      for (const action of COMPLAINT_ACTIONS) {
        if (action === 'auto_close' || complaintTransition(status, action) !== null) continue;
        const who = COMPLAINT_TRANSITIONS[action].by === 'filer' ? 'demo-resident' : 'demo-grid';
        const answer = await act(id, action, who, { note: '理由说明', rating: 4 });
        expect([status, action, answer.status, answer.body.code]).toEqual([
          status,
          action,
          409,
          'COMPLAINT_ACTION_NOT_ALLOWED',
        ]);
        refused++;
      }
      const now = await t.dataSource.getRepository(Complaint).findOneByOrFail({ id });
      expect(now.status).toBe(status);
    }
    // 7 statuses × 8 actions (auto_close aside) − the 17 legal pairs among them (12, withdraw 1, urge 4)
    expect(refused).toBe(7 * 8 - 17);
  });
});

describe('deadlines and the scheduler', () => {
  test('past the accept deadline it escalates once, however often the scheduler runs; the timeline shows it', async () => {
    const id = (await file()).body.id;
    const scheduler = t.app.get(ComplaintScheduler);
    const c = await t.dataSource.getRepository(Complaint).findOneByOrFail({ id });
    const later = c.dueAt!.getTime() + 1000;
    // Two runs at once (MySQL: two connections; SQLite's one connection takes them in turn), then a third.
    const first = onMysql
      ? await Promise.all([scheduler.run(later), scheduler.run(later)])
      : [await scheduler.run(later), await scheduler.run(later)];
    expect(first[0].escalated + first[1].escalated).toBeGreaterThanOrEqual(1);
    expect((await scheduler.run(later + 1000)).escalated).toBe(0);
    const events = await t.dataSource.getRepository(ComplaintEvent).findBy({ complaintId: id, kind: 'escalate' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, actorRole: 'system', level: 'difficult' });
    const after = await t.dataSource.getRepository(Complaint).findOneByOrFail({ id });
    expect(after.level).toBe('difficult');
    expect(after.dueAt!.getTime()).toBe(Math.floor(later / 1000) * 1000 + 2 * H);
    // The community task force sees it among the escalated items; the community admin was told.
    const community = t.demo!.communityIds.fanghua;
    const escalated = await t.http<Page<ComplaintView>>('GET', `/api/places/${community}/complaints/escalated`, {
      token: tokens['demo-community-admin'],
    });
    expect(escalated.body.items.map((x) => x.id)).toContain(id);
    expect(wechat.sent).toContainEqual(
      expect.objectContaining({ touser: 'demo-community-admin', template_id: 'tpl-complaint-assigned' }),
    );
  });

  test('a resolution the resident leaves unanswered closes itself after 7 days', async () => {
    const id = (await file()).body.id;
    await act(id, 'accept', 'demo-grid');
    await act(id, 'resolve', 'demo-grid', { note: '已上门处理' });
    const scheduler = t.app.get(ComplaintScheduler);
    const resolvedAt = (await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).resolvedAt!.getTime();
    await scheduler.run(resolvedAt + 7 * D - 1000);
    expect((await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).status).toBe('resolved');
    await scheduler.run(resolvedAt + 7 * D);
    const closed = await t.http<ComplaintDetailView>('GET', `/api/complaints/${id}`, {
      token: tokens['demo-resident'],
    });
    expect(closed.body.status).toBe('closed');
    expect(closed.body.events.at(-1)).toMatchObject({ kind: 'auto_close', actor: '系统' });
  });

  test('escalation by hand needs a reason and stops at the top level', async () => {
    const id = (await file()).body.id;
    expect((await act(id, 'escalate', 'demo-grid', {})).status).toBe(400);
    expect((await act(id, 'escalate', 'demo-grid', { note: '涉及多户，需社区协调' })).body.level).toBe('difficult');
    expect((await act(id, 'escalate', 'demo-community-admin', { note: '需街道联合执法' })).body.level).toBe('major');
    const top = await act(id, 'escalate', 'demo-street-admin', { note: '再升级' });
    expect(top.status).toBe(409);
  });
});

describe('access', () => {
  let privateId: number;
  let visibleId: number;
  beforeAll(async () => {
    privateId = (await file({ text: '私密的邻里纠纷诉求' })).body.id;
    visibleId = (await file({ text: '公开的小区噪音诉求', visible: true })).body.id;
  });

  test('another compound’s resident can neither read nor act', async () => {
    for (const id of [privateId, visibleId]) {
      expect((await t.http('GET', `/api/complaints/${id}`, { token: tokens['demo-owner-2'] })).status).toBe(403);
      expect((await act(id, 'accept', 'demo-owner-2')).status).toBe(403);
    }
  });

  test('a grid worker of another grid is refused; property staff see only what was routed to them', async () => {
    const grid1 = await t.dataSource.getRepository(Grid).findOneByOrFail({ compoundId: jinxiu, name: '1栋微网格' });
    const person = await t.dataSource
      .getRepository(Person)
      .save(t.dataSource.getRepository(Person).create({ openid: 'other-grid-worker' }));
    await t.dataSource
      .getRepository(RoleGrant)
      .insert({ personId: person.id, role: 'grid_worker', placeId: jinxiu, gridId: grid1.id, gridKey: grid1.id });
    const other = await t.login('other-grid-worker');
    expect((await t.http('GET', `/api/complaints/${privateId}`, { token: other })).status).toBe(403);
    expect(
      (await t.http('POST', `/api/complaints/${privateId}/actions/accept`, { token: other, json: {} })).status,
    ).toBe(403);
    const inbox = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: other });
    expect(inbox.body).toEqual({ items: [], nextCursor: null });
    expect((await t.http('GET', `/api/complaints/${privateId}`, { token: tokens['demo-property'] })).status).toBe(404);
    expect((await act(privateId, 'accept', 'demo-property')).status).toBe(404);
  });

  test('a resident sees their own and the visible ones of the compound, never who filed someone else’s', async () => {
    expect((await t.http('GET', `/api/complaints/${privateId}`, { token: tokens['demo-owner'] })).status).toBe(404);
    const visible = await t.http<ComplaintDetailView>('GET', `/api/complaints/${visibleId}`, {
      token: tokens['demo-owner'],
    });
    expect(visible.status).toBe(200);
    expect(visible.body.mine).toBe(false);
    expect(visible.body.actions).toEqual([]);
    expect(visible.body.events[0].actor).toBe('居民');
    expect(JSON.stringify(visible.body)).not.toMatch(/filedBy|张|demo-resident/);
    const list = await t.http<Page<ComplaintView>>('GET', `/api/compounds/${jinxiu}/complaints`, {
      token: tokens['demo-owner'],
    });
    expect(list.body.items.map((c) => c.id)).toContain(visibleId);
    expect(list.body.items.map((c) => c.id)).not.toContain(privateId);
    const mine = await t.http<Page<ComplaintView>>('GET', '/api/me/complaints', { token: tokens['demo-resident'] });
    expect(mine.body.items.map((c) => c.id)).toEqual(expect.arrayContaining([privateId, visibleId]));
  });

  test('the grid worker’s inbox lists the open items of their grid in deadline order, overdue marked', async () => {
    const inbox = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens['demo-grid'] });
    expect(inbox.status).toBe(200);
    const items = inbox.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.gridId === items[0].gridId && c.due !== null)).toBe(true);
    const dues = items.map((c) => Date.parse(c.due!.at));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const filtered = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox?status=closed', {
      token: tokens['demo-grid'],
    });
    expect(filtered.body.items.length).toBeGreaterThan(0); // the lifecycle tests closed some in this grid
    expect(filtered.body.items.every((c) => c.status === 'closed')).toBe(true);
    expect((await t.http('GET', '/api/complaints/inbox', { token: tokens['demo-resident'] })).status).toBe(403);
  });

  test('admins are held to their places: another community’s lists, counts and plans are refused', async () => {
    const admin = tokens['demo-community-admin'];
    const xinyuan = t.demo!.communityIds.xinyuan;
    const cuiliu = t.demo!.compoundIds.cuiliu;
    for (const path of [
      `/api/places/${xinyuan}/complaints/escalated`,
      `/api/places/${xinyuan}/complaint-grid-counts`,
      `/api/compounds/${cuiliu}/plans`,
    ])
      expect([path, (await t.http('GET', path, { token: admin })).status]).toEqual([path, 403]);
    const plan = await t.http('POST', `/api/compounds/${cuiliu}/plans`, {
      token: admin,
      json: { period: '2026-11', causes: 'x', measures: 'y', responsible: 'z', dueDate: '2026-12-31' },
    });
    expect(plan.status).toBe(403);
    const cuiliuComplaint = (
      await t.http<Page<ComplaintView>>('GET', `/api/compounds/${cuiliu}/complaints`, { token: tokens['demo-owner-2'] })
    ).body.items[0];
    expect(cuiliuComplaint).toBeDefined();
    expect((await t.http('GET', `/api/complaints/${cuiliuComplaint.id}`, { token: admin })).status).toBe(403);
    expect((await act(cuiliuComplaint.id, 'escalate', 'demo-community-admin', { note: '越权升级' })).status).toBe(403);
  });

  test('lists page by keyset cursors: every open item once, in deadline order, ties included', async () => {
    const gridId = (await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens['demo-grid'] }))
      .body.items[0].gridId!;
    // 70 open items sharing a few deadlines, so pages must cut through ties.
    const due = new Date(Math.floor(Date.now() / 1000) * 1000 + 5 * H);
    const base = await t.dataSource.getRepository(Complaint).findOneByOrFail({ gridId });
    await t.dataSource.getRepository(Complaint).insert(
      Array.from({ length: 70 }, (_, i) => {
        const { id: _id, compound: _c, building: _b, grid: _g, ...rest } = base;
        return {
          ...rest,
          status: 'submitted' as const,
          dueAt: new Date(due.getTime() + (i % 3) * 1000),
          dueKind: 'accept' as const,
        };
      }),
    );
    const open = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM complaint WHERE gridId = ? AND dueAt IS NOT NULL',
      [gridId],
    );
    const seen: ComplaintView[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: HttpAnswer<Page<ComplaintView>> = await t.http<Page<ComplaintView>>(
        'GET',
        `/api/complaints/inbox${cursor ? `?cursor=${cursor}` : ''}`,
        { token: tokens['demo-grid'] },
      );
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen.length).toBe(Number((open as { n: number | string }[])[0].n));
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const keys = seen.map((c) => [Date.parse(c.due!.at), c.id]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(pages).toBeGreaterThan(1);
    expect((await t.http('GET', '/api/complaints/inbox?cursor=bm9wZQ', { token: tokens['demo-grid'] })).status).toBe(
      400,
    );
  });
});

describe('problem compounds and 一院一案', () => {
  test('the street admin sees the ranking with the top 5% marked; a community admin cannot', async () => {
    const street = t.demo!.streetId;
    const ranking = await t.http<ComplaintRankingView>('GET', `/api/places/${street}/complaint-ranking`, {
      token: tokens['demo-street-admin'],
    });
    expect(ranking.status).toBe(200);
    const top = ranking.body.compounds[0];
    expect(top).toMatchObject({ compoundId: jinxiu, marked: true });
    expect(top.count).toBeGreaterThan(5);
    expect(top.trend).toHaveLength(6);
    expect(top.trend.at(-1)).toBe(top.count);
    expect(ranking.body.compounds.filter((c) => c.marked)).toHaveLength(1);
    // The demo's history shows in the trend of the other compounds too.
    const yulin = ranking.body.compounds.find((c) => c.compoundId === t.demo!.compoundIds.yulin)!;
    expect(yulin.trend.slice(0, -1).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(yulin.marked).toBe(false);
    expect(
      (await t.http('GET', `/api/places/${street}/complaint-ranking`, { token: tokens['demo-community-admin'] }))
        .status,
    ).toBe(403);
    // The district admin reads the same list for the whole district.
    const district = await t.http<ComplaintRankingView>('GET', `/api/places/${t.demo!.districtId}/complaint-ranking`, {
      token: await t.login('demo-district-admin'),
    });
    expect(district.body.compounds.map((c) => [c.compoundId, c.count, c.marked])).toEqual(
      ranking.body.compounds.map((c) => [c.compoundId, c.count, c.marked]),
    );
    expect(
      (
        await t.http('GET', `/api/places/${street}/complaint-ranking?period=2026-13`, {
          token: tokens['demo-street-admin'],
        })
      ).status,
    ).toBe(400);

    const grids = await t.http<{ gridName: string; count: number }[]>(
      'GET',
      `/api/places/${t.demo!.communityIds.fanghua}/complaint-grid-counts`,
      { token: tokens['demo-community-admin'] },
    );
    expect(grids.body.find((g) => g.gridName === '3栋微网格')!.count).toBeGreaterThan(0);
  });

  test('a plan is recorded for the marked compound, once per period, with progress updates', async () => {
    const period = new Date(Date.now() + 8 * H).toISOString().slice(0, 7);
    const body = {
      period,
      causes: '装修噪音集中',
      measures: '约定施工时段，网格员巡查',
      responsible: '芳华社区',
      dueDate: '2026-12-31',
    };
    const plan = await t.http<CompoundPlanView>('POST', `/api/compounds/${jinxiu}/plans`, {
      token: tokens['demo-street-admin'],
      json: body,
    });
    expect(plan.status).toBe(201);
    const notADay = await t.http<ErrorBody>('POST', `/api/compounds/${jinxiu}/plans`, {
      token: tokens['demo-street-admin'],
      json: { ...body, dueDate: '2026-02-30' },
    });
    expect(notADay.status).toBe(400);
    const again = await t.http<ErrorBody>('POST', `/api/compounds/${jinxiu}/plans`, {
      token: tokens['demo-street-admin'],
      json: body,
    });
    expect(again.status).toBe(409);
    const updated = await t.http<CompoundPlanView>('POST', `/api/plans/${plan.body.id}/updates`, {
      token: tokens['demo-community-admin'],
      json: { text: '已召开协调会', progress: 100 },
    });
    expect(updated.body).toMatchObject({ status: 'done', updates: [{ text: '已召开协调会', progress: 100 }] });
    expect((await t.http('GET', `/api/compounds/${jinxiu}/plans`, { token: tokens['demo-owner'] })).status).toBe(403);
    const ranking = await t.http<ComplaintRankingView>('GET', `/api/places/${t.demo!.streetId}/complaint-ranking`, {
      token: tokens['demo-street-admin'],
    });
    expect(ranking.body.compounds[0].plan).toEqual({ id: plan.body.id, status: 'done' });
  });
});

describe('Open311 GeoReport v2', () => {
  test('lists services and only the visible requests, without personal data', async () => {
    const services = await t.http<{ service_code: string }[]>('GET', '/api/open311/v2/services.json');
    expect(services.body.map((s) => s.service_code)).toContain('property_service');
    const visible = (await file({ text: '公开：北门路灯坏了', visible: true, category: 'facilities' })).body.id;
    const hidden = (await file({ text: '不公开的诉求内容' })).body.id;
    const requests = await t.http<Record<string, unknown>[]>('GET', '/api/open311/v2/requests.json');
    const ids = requests.body.map((r) => r.service_request_id);
    expect(ids).toContain(String(visible));
    expect(ids).not.toContain(String(hidden));
    const one = await t.http<Record<string, unknown>[]>('GET', `/api/open311/v2/requests/${visible}.json`);
    expect(one.body[0]).toMatchObject({
      service_code: 'facilities',
      status: 'open',
      description: '公开：北门路灯坏了',
    });
    expect(Object.keys(one.body[0])).not.toEqual(expect.arrayContaining(['filedBy']));
    expect((await t.http('GET', `/api/open311/v2/requests/${hidden}.json`)).status).toBe(404);
    const noise = (await file({ text: '公开：夜间施工噪音', visible: true })).body.id;
    const byCode = await t.http<Record<string, unknown>[]>('GET', '/api/open311/v2/requests.json?service_code=noise');
    expect(byCode.body.map((r) => r.service_request_id)).toContain(String(noise));
    expect(byCode.body.every((r) => r.service_code === 'noise')).toBe(true);
    expect(byCode.body.map((r) => r.service_request_id)).not.toContain(String(visible));
    expect((await t.http('GET', '/api/open311/v2/requests.json?start_date=yesterday')).status).toBe(400);
  });
});
