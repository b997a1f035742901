import type {
  BuildingView,
  ComplaintDetailView,
  ComplaintView,
  ErrorBody,
  MeTooView,
  Page,
  WorkPhoneRequest,
} from '@xiaoqu/shared';
import { Complaint, ComplaintMeTooMark } from '../src/complaint/complaint.entities.js';
import { Notification } from '../src/notification/notification.entity.js';
import { Person } from '../src/identity/person.entity.js';
import { RoleGrant } from '../src/identity/role-grant.entity.js';
import { ComplaintScheduler } from '../src/complaint/complaint-scheduler.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';
import { FAKE_APPID, FAKE_SECRET, startWechatFake, type WechatFake } from './wechat-fake.js';

// Issue 12 §3: a repair (报修) goes to the property company; a complaint about the company (投诉物业服务) never does,
// and says so. The filer sees who handles it and a work number; the handler sees the filer masked, and their phone
// only when they asked to be called back. The public list filters, searches and counts 我也遇到 without names.

let t: TestApp;
let wechat: WechatFake;
let tokens: Record<string, string>;
let jinxiu: number;
let building: Record<string, number>;

const PERSONAS = ['demo-resident', 'demo-owner', 'demo-grid', 'demo-property', 'demo-community-admin'];
/** The personas' own numbers (demo-data.ts): none may reach anyone through a complaint unless asked. */
const PERSONAL_PHONES = { grid: '13800002222', property: '13800003333', resident: '13800001111' };

beforeAll(async () => {
  wechat = await startWechatFake();
  t = await startTestApp({
    env: {
      WECHAT_API_BASE_URL: wechat.url,
      WECHAT_APPID: FAKE_APPID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_TPL_COMPLAINT_UPDATE: 'tpl-complaint-update',
      WECHAT_TPL_COMPLAINT_ASSIGNED: 'tpl-complaint-assigned',
      COMPLAINT_SCHEDULER_SECONDS: '0',
    },
  });
  jinxiu = t.demo!.compoundIds.jinxiu;
  tokens = {};
  for (const who of PERSONAS) tokens[who] = await t.login(who);
  const buildings = await t.http<BuildingView[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
    token: tokens['demo-resident'],
  });
  building = Object.fromEntries(buildings.body.map((b) => [b.name, b.id]));
}, 30_000);
afterAll(async () => {
  await t.close();
  await wechat.close();
});

async function file(over: Record<string, unknown> = {}, who = 'demo-resident') {
  const answer = await t.http<ComplaintDetailView & ErrorBody>('POST', `/api/compounds/${jinxiu}/complaints`, {
    token: tokens[who],
    json: { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [], buildingId: building['3栋'], ...over },
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

const detail = (id: number, who: string) =>
  t.http<ComplaintDetailView & ErrorBody>('GET', `/api/complaints/${id}`, { token: tokens[who] });
const act = (id: number, action: string, who: string, json: Record<string, unknown> = {}) =>
  t.http<ComplaintDetailView & ErrorBody>('POST', `/api/complaints/${id}/actions/${action}`, {
    token: tokens[who],
    json,
  });
const inboxIds = async (who: string) =>
  (await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens[who] })).body.items.map(
    (c) => c.id,
  );
const listOf = (who: string, query = '') =>
  t.http<Page<ComplaintView> & ErrorBody>('GET', `/api/compounds/${jinxiu}/complaints${query}`, { token: tokens[who] });
const personId = async (openid: string) => (await t.dataSource.getRepository(Person).findOneByOrFail({ openid })).id;

describe('报修 and 投诉物业服务 are routed apart', () => {
  test('a complaint about the property company goes to the grid worker, says so, and the company never sees it', async () => {
    const c = await file({ category: 'property_service', text: '物业报修后一周没人上门', visible: true });
    expect(c).toMatchObject({ route: 'micro_grid', level: 'ordinary' });
    expect(c.routeReason).toContain('不转被投诉的物业服务企业');
    expect(c.routeReason).toContain('3栋微网格');
    expect(c.events.find((e) => e.kind === 'routed')?.note).toContain('不转被投诉的物业服务企业');

    expect(await inboxIds('demo-grid')).toContain(c.id);
    expect(await inboxIds('demo-property')).not.toContain(c.id);
    // Not in the public list nor readable by the staff of the company it is about, although it is public.
    expect((await listOf('demo-property')).body.items.map((i) => i.id)).not.toContain(c.id);
    expectError(await detail(c.id, 'demo-property'), 404, 'NOT_FOUND');
    expectError(await act(c.id, 'accept', 'demo-property'), 404, 'NOT_FOUND');
    // Other residents do see it in the public list.
    expect((await listOf('demo-owner')).body.items.map((i) => i.id)).toContain(c.id);
  });

  test('a repair goes to the property company; with nobody registered there, to the grid worker', async () => {
    const repair = await file({ category: 'facilities', text: '3栋电梯按钮失灵' });
    expect(repair).toMatchObject({ route: 'property', gridId: null });
    expect(repair.routeReason).toContain('转本小区物业服务企业');
    expect(await inboxIds('demo-property')).toContain(repair.id);

    const grants = t.dataSource.getRepository(RoleGrant);
    const staff = await grants.findBy({ role: 'property_staff', placeId: jinxiu });
    await grants.delete({ role: 'property_staff', placeId: jinxiu });
    try {
      const noStaff = await file({ category: 'facilities', text: '3栋楼道灯不亮了' });
      expect(noStaff).toMatchObject({ route: 'micro_grid' });
      expect(noStaff.routeReason).toContain('本小区未登记物业服务人员');
      const aboutCompany = await file({ category: 'property_service', text: '物业客服电话总打不通' });
      expect(aboutCompany.route).toBe('micro_grid');
    } finally {
      await grants.save(staff);
    }
  });

  test('escalated, a complaint about the company goes to the community task force and never to the company', async () => {
    const c = await file({ category: 'property_service', text: '物业乱收停车费' });
    const up = await act(c.id, 'escalate', 'demo-grid', { note: '涉及收费，需社区协调' });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ level: 'difficult', route: 'micro_grid' });
    const seen = await detail(c.id, 'demo-resident');
    expect(seen.body.handlers.map((h) => h.role)).toEqual(['社区管理员（芳华社区）']);
    expect(JSON.stringify(seen.body)).not.toContain('物业服务人员');

    const property = await personId('demo-property');
    const admin = await personId('demo-community-admin');
    expect((await act(c.id, 'urge', 'demo-resident')).status).toBe(200);
    const told = await t.dataSource
      .getRepository(Notification)
      .findBy({ topic: 'complaint_assigned', subjectId: c.id });
    expect(told.map((n) => n.personId)).toContain(admin);
    expect(told.map((n) => n.personId)).not.toContain(property);
    expect(await inboxIds('demo-property')).not.toContain(c.id);
  });

  test('an old complaint about the company that was routed to it reads as the community’s, and the company is out', async () => {
    const c = await file({ category: 'property_service', text: '物业服务态度差，投诉无人理' });
    // As complaints about the company were routed before the two were told apart.
    await t.dataSource
      .getRepository(Complaint)
      .update({ id: c.id }, { route: 'property', gridId: null, routeReason: '物业服务类诉求，转本小区物业服务企业' });
    const seen = await detail(c.id, 'demo-resident');
    expect(seen.body.route).toBe('community');
    expect(seen.body.routeReason).toContain('不由被投诉的物业服务企业处理');
    expect(seen.body.handlers.every((h) => h.role.startsWith('社区管理员'))).toBe(true);
    expect(await inboxIds('demo-property')).not.toContain(c.id);
    expectError(await detail(c.id, 'demo-property'), 404, 'NOT_FOUND');

    // Past its deadline the scheduler escalates it; still never the company's.
    const past = new Date(Date.now() - 30 * 24 * 3600_000);
    await t.dataSource
      .getRepository(Complaint)
      .update({ id: c.id }, { levelSince: past, createdAt: past, dueAt: new Date(Date.now() - 60_000) });
    await t.app.get(ComplaintScheduler).run(Date.now());
    const escalated = await detail(c.id, 'demo-resident');
    expect(escalated.body).toMatchObject({ level: 'difficult', route: 'community' });
    expectError(await detail(c.id, 'demo-property'), 404, 'NOT_FOUND');
    const property = await personId('demo-property');
    expect(await t.dataSource.getRepository(Notification).countBy({ personId: property, subjectId: c.id })).toBe(0);
  });
});

describe('who handles it, and how to call', () => {
  test('the filer sees the handler by name and role, a work number only once set, never a personal number', async () => {
    const c = await file({ text: '3栋楼下夜里有人喧哗' });
    const before = await detail(c.id, 'demo-resident');
    expect(before.body.handlers).toEqual([{ name: '陈网格', role: '3栋微网格员', phone: null }]);
    expect(before.body.filer).toBeNull();
    expect(JSON.stringify(before.body)).not.toContain(PERSONAL_PHONES.grid);

    const set = await t.http<WorkPhoneRequest>('PUT', '/api/complaints/handler-phone', {
      token: tokens['demo-grid'],
      json: { workPhone: '028-8765-4321' },
    });
    expect(set.status).toBe(200);
    const after = await detail(c.id, 'demo-resident');
    expect(after.body.handlers).toEqual([{ name: '陈网格', role: '3栋微网格员', phone: '028-8765-4321' }]);

    // The worker may take it down again.
    await t.http('PUT', '/api/complaints/handler-phone', { token: tokens['demo-grid'], json: { workPhone: null } });
    expect((await detail(c.id, 'demo-resident')).body.handlers[0].phone).toBeNull();
  });

  test('a work number is checked, and only handlers may set one', async () => {
    const bad = await t.http('PUT', '/api/complaints/handler-phone', {
      token: tokens['demo-grid'],
      json: { workPhone: '请打我电话' },
    });
    expect(expectError(bad, 400, 'VALIDATION_FAILED').details?.[0].message).toMatch(/工作电话/);
    const resident = await t.http('PUT', '/api/complaints/handler-phone', {
      token: tokens['demo-resident'],
      json: { workPhone: '028-8765-4321' },
    });
    expect(resident.status).toBe(403);
  });

  test('the admin sets the property company’s work number when granting; the filer of a repair sees it', async () => {
    const property = await personId('demo-property');
    const granted = await t.http('PUT', `/api/compounds/${jinxiu}/staff`, {
      token: tokens['demo-community-admin'],
      json: { personId: property, role: 'property_staff', workPhone: '028-8555-0100' },
    });
    expect(granted.status).toBe(200);
    const repair = await file({ category: 'facilities', text: '单元门禁坏了，进不去' });
    expect(repair.handlers).toEqual([{ name: '刘物业', role: '物业服务人员', phone: '028-8555-0100' }]);
    expect(JSON.stringify(repair)).not.toContain(PERSONAL_PHONES.property);
    const bad = await t.http('PUT', `/api/compounds/${jinxiu}/staff`, {
      token: tokens['demo-community-admin'],
      json: { personId: property, role: 'property_staff', workPhone: 'abc' },
    });
    expect(bad.status).toBe(400);
  });

  test('the handler sees the filer masked, with a phone only when they asked to be called back', async () => {
    const quiet = await file({ text: '楼道里有人抽烟，烟味很大' });
    const asked = await file({ text: '地下车库积水很深', callBack: true });
    expect(asked.callBack).toBe(true);

    const quietSeen = await detail(quiet.id, 'demo-grid');
    expect(quietSeen.body.filer).toEqual({ name: '张**', phone: null });
    expect(JSON.stringify(quietSeen.body)).not.toContain(PERSONAL_PHONES.resident);
    expect(JSON.stringify(quietSeen.body)).not.toContain('张小梅');

    const askedSeen = await detail(asked.id, 'demo-grid');
    expect(askedSeen.body.filer).toEqual({ name: '张**', phone: PERSONAL_PHONES.resident });
    // Not in the inbox list: one complaint at a time, in its detail.
    const inbox = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens['demo-grid'] });
    expect(JSON.stringify(inbox.body)).not.toContain(PERSONAL_PHONES.resident);
  });

  test('another resident reading a public complaint sees neither the handler’s contact nor the filer', async () => {
    const c = await file({ text: '小区北门路灯坏了', visible: true, callBack: true });
    const seen = await detail(c.id, 'demo-owner');
    expect(seen.body).toMatchObject({ handlers: [], filer: null });
    expect(JSON.stringify(seen.body)).not.toContain(PERSONAL_PHONES.resident);
  });
});

describe('the public list: filters, search, 我也遇到', () => {
  test('filters by category and status, and searches the text; bad filters are a 400 in Chinese', async () => {
    const parking = await file({ category: 'parking', text: '消防通道被占用，搜索词甲乙丙', visible: true });
    const greening = await file({ category: 'greening', text: '草坪被踩秃了，搜索词甲乙丙', visible: true });
    await act(greening.id, 'accept', 'demo-grid');
    await act(greening.id, 'resolve', 'demo-grid', { note: '已补种草皮' });

    const byCategory = (await listOf('demo-owner', '?category=parking')).body.items;
    expect(byCategory.map((c) => c.id)).toContain(parking.id);
    expect(byCategory.every((c) => c.category === 'parking')).toBe(true);

    const resolved = (await listOf('demo-owner', '?status=resolved')).body.items;
    expect(resolved.map((c) => c.id)).toContain(greening.id);
    expect(resolved.every((c) => c.status === 'resolved')).toBe(true);
    const open = (await listOf('demo-owner', '?status=open')).body.items;
    expect(open.map((c) => c.id)).toContain(parking.id);
    expect(open.map((c) => c.id)).not.toContain(greening.id);

    const found = (await listOf('demo-owner', `?q=${encodeURIComponent('甲乙丙')}`)).body.items.map((c) => c.id);
    expect(found.sort()).toEqual([parking.id, greening.id].sort());
    const both = await listOf('demo-owner', `?q=${encodeURIComponent('甲乙丙')}&category=greening&status=resolved`);
    expect(both.body.items.map((c) => c.id)).toEqual([greening.id]);
    // LIKE's own characters are taken literally.
    expect((await listOf('demo-owner', `?q=${encodeURIComponent('%')}`)).body.items).toEqual([]);

    expectError(await listOf('demo-owner', '?status=lost'), 400, 'VALIDATION_FAILED');
    expectError(await listOf('demo-owner', '?category=aliens'), 400, 'VALIDATION_FAILED');
    expectError(await listOf('demo-owner', `?q=${'字'.repeat(31)}`), 400, 'VALIDATION_FAILED');
  });

  test('a name masked in a public complaint is not found by searching for it', async () => {
    const c = await file({ text: '我是张小梅，楼下的狗每天夜里叫', visible: true });
    const own = (await listOf('demo-resident', `?q=${encodeURIComponent('张小梅')}`)).body.items.map((i) => i.id);
    expect(own).toContain(c.id); // the filer reads it in full
    const other = (await listOf('demo-owner', `?q=${encodeURIComponent('张小梅')}`)).body.items.map((i) => i.id);
    expect(other).not.toContain(c.id);
    const byDog = (await listOf('demo-owner', `?q=${encodeURIComponent('狗每天')}`)).body.items.map((i) => i.id);
    expect(byDog).toContain(c.id);
  });

  test('我也遇到 counts residents, once each, never naming them; the filer cannot add to their own', async () => {
    const c = await file({ text: '单元门口垃圾没人清运', visible: true });
    const meToo = (who: string, method = 'PUT') =>
      t.http<MeTooView & ErrorBody>(method, `/api/complaints/${c.id}/me-too`, { token: tokens[who] });

    expect((await meToo('demo-owner')).body).toEqual({ count: 1, mine: true });
    expect((await meToo('demo-owner')).body).toEqual({ count: 1, mine: true }); // idempotent
    expect(await t.dataSource.getRepository(ComplaintMeTooMark).countBy({ complaintId: c.id })).toBe(1);

    const filerView = (await listOf('demo-resident')).body.items.find((i) => i.id === c.id)!;
    expect(filerView.meToo).toEqual({ count: 1, mine: false });
    const ownerView = (await listOf('demo-owner')).body.items.find((i) => i.id === c.id)!;
    expect(ownerView.meToo).toEqual({ count: 1, mine: true });
    const seen = await detail(c.id, 'demo-resident');
    expect(seen.body.meToo).toEqual({ count: 1, mine: false });
    expect(JSON.stringify(seen.body)).not.toContain('王建国');
    expect(JSON.stringify(seen.body)).not.toContain(String(await personId('demo-owner')) + ',');

    expectError(await meToo('demo-resident'), 409, 'COMPLAINT_ACTION_NOT_ALLOWED');
    expect((await meToo('demo-owner', 'DELETE')).body).toEqual({ count: 0, mine: false });
    expect((await meToo('demo-owner', 'DELETE')).body).toEqual({ count: 0, mine: false });
  });

  test('我也遇到 is refused on a private complaint, to staff, and across compounds', async () => {
    const hidden = await file({ text: '邻居家漏水到我家' });
    expectError(
      await t.http('PUT', `/api/complaints/${hidden.id}/me-too`, { token: tokens['demo-owner'] }),
      404,
      'NOT_FOUND',
    );
    const open = await file({ text: '健身器材松动有危险', visible: true });
    // Staff are not residents: refused by role.
    expect((await t.http('PUT', `/api/complaints/${open.id}/me-too`, { token: tokens['demo-grid'] })).status).toBe(403);
    // A resident of another compound.
    const outsider = await t.login('resident-of-yulin');
    const outsiderId = await personId('resident-of-yulin');
    await t.dataSource
      .getRepository(RoleGrant)
      .insert({ personId: outsiderId, role: 'resident', placeId: t.demo!.compoundIds.yulin, gridKey: 0 });
    const crossing = await t.http('PUT', `/api/complaints/${open.id}/me-too`, { token: outsider });
    expect(crossing.status).toBe(403);
    const list = await t.http('GET', `/api/compounds/${jinxiu}/complaints`, { token: outsider });
    expect(list.status).toBe(403);
    expect(await t.dataSource.getRepository(ComplaintMeTooMark).countBy({ complaintId: open.id })).toBe(0);
  });
});
