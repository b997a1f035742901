import {
  COMPLAINT_STATUS_LABELS,
  complaintLevelLabel,
  type AttachmentView,
  type BuildingView,
  type ComplaintDetailView,
  type ComplaintView,
  type ErrorBody,
  type Page,
} from '@xiaoqu/shared';
import { Complaint } from '../src/complaint/complaint.entities.js';
import { Notification } from '../src/notification/notification.entity.js';
import { Person } from '../src/identity/person.entity.js';
import { startTestApp, type TestApp } from './test-app.js';
import { FAKE_APPID, FAKE_SECRET, startWechatFake, type WechatFake } from './wechat-fake.js';

// Issue 12 §3: complaints someone is accountable for. A resolution says what was done (a repair shows it in a photo);
// the resident may withdraw before acceptance, and urge (催办) once per level.

/** A real (tiny) PNG: 1×1 pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let wechat: WechatFake;
let tokens: Record<string, string>;
let jinxiu: number;
let building3: number;

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
  for (const who of ['demo-resident', 'demo-owner', 'demo-grid', 'demo-property', 'demo-community-admin'])
    tokens[who] = await t.login(who);
  const buildings = await t.http<BuildingView[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
    token: tokens['demo-resident'],
  });
  building3 = buildings.body.find((b) => b.name === '3栋')!.id;
}, 30_000);
afterAll(async () => {
  await t.close();
  await wechat.close();
});

async function upload(who: string) {
  const form = new FormData();
  form.append('file', new Blob([PNG]), 'photo.png');
  const answer = await t.http<AttachmentView>('POST', `/api/compounds/${jinxiu}/complaint-photos`, {
    token: tokens[who],
    body: form,
  });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

async function file(over: Record<string, unknown> = {}): Promise<number> {
  const answer = await t.http<ComplaintDetailView>('POST', `/api/compounds/${jinxiu}/complaints`, {
    token: tokens['demo-resident'],
    json: { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [], buildingId: building3, ...over },
  });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

const act = (id: number, action: string, who: string, json: Record<string, unknown> = {}) =>
  t.http<ComplaintDetailView & ErrorBody>('POST', `/api/complaints/${id}/actions/${action}`, {
    token: tokens[who],
    json,
  });

const detail = (id: number, who = 'demo-resident') =>
  t.http<ComplaintDetailView>('GET', `/api/complaints/${id}`, { token: tokens[who] });

const inboxIds = async () =>
  (await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens['demo-grid'] })).body.items.map(
    (c) => c.id,
  );

const personId = async (openid: string) => (await t.dataSource.getRepository(Person).findOneByOrFail({ openid })).id;

describe('办结 says what was done', () => {
  test('without a note (or with a word or two) it is refused with 400 in Chinese, and nothing changes', async () => {
    const id = await file();
    await act(id, 'accept', 'demo-grid');
    for (const note of [undefined, '', '  ', '已修']) {
      const answer = await act(id, 'resolve', 'demo-grid', note === undefined ? {} : { note });
      expect([note, answer.status, answer.body.code]).toEqual([note, 400, 'VALIDATION_FAILED']);
      expect(answer.body.message).toContain('写明处理情况');
    }
    expect((await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).status).toBe('accepted');
    expect((await act(id, 'resolve', 'demo-grid', { note: '已与装修方约定施工时间' })).body.status).toBe('resolved');
  });

  test('a repair (设施报修) without a photo is refused; with note and photo the resident sees both', async () => {
    // A repair goes to the property company.
    const id = await file({ category: 'facilities', text: '3栋楼道灯不亮了' });
    await act(id, 'accept', 'demo-property');
    const noPhoto = await act(id, 'resolve', 'demo-property', { note: '已更换楼道灯泡' });
    expect(noPhoto.status).toBe(400);
    expect(noPhoto.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '设施报修类诉求办结须上传至少一张处理后的照片',
    });
    expect((await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).status).toBe('accepted');

    const photo = await upload('demo-property');
    const resolved = await act(id, 'resolve', 'demo-property', { note: '已更换楼道灯泡', photoIds: [photo] });
    expect(resolved.status).toBe(200);
    const seen = await detail(id);
    expect(seen.body.status).toBe('resolved');
    expect(seen.body.events.at(-1)).toMatchObject({
      kind: 'resolve',
      actor: '物业服务人员',
      note: '已更换楼道灯泡',
      photoIds: [photo],
      toStatus: 'resolved',
    });
    expect((await t.http('GET', `/api/attachments/${photo}`, { token: tokens['demo-resident'] })).status).toBe(200);
  });
});

describe('撤回', () => {
  test('before acceptance the filer withdraws it: 已撤回, on the timeline, out of the inbox, nothing more to do', async () => {
    const id = await file({ text: '楼下有人夜里唱歌' });
    expect(await inboxIds()).toContain(id);
    const withdrawn = await act(id, 'withdraw', 'demo-resident', { note: '已和邻居谈妥' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', due: null, actions: [] });
    expect(COMPLAINT_STATUS_LABELS[withdrawn.body.status]).toBe('已撤回');
    expect(withdrawn.body.events.at(-1)).toMatchObject({
      kind: 'withdraw',
      actor: '我',
      fromStatus: 'submitted',
      toStatus: 'withdrawn',
      note: '已和邻居谈妥',
    });
    expect((await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).dueAt).toBeNull();
    expect(await inboxIds()).not.toContain(id);
    // The handler still reads it (its timeline), but has nothing to act on.
    const handler = await detail(id, 'demo-grid');
    expect(handler.body.actions).toEqual([]);
    const accept = await act(id, 'accept', 'demo-grid');
    expect([accept.status, accept.body.code]).toEqual([409, 'COMPLAINT_ACTION_NOT_ALLOWED']);
    expect((await act(id, 'urge', 'demo-resident')).status).toBe(409);
  });

  test('once accepted it can no longer be withdrawn', async () => {
    const id = await file();
    expect((await detail(id)).body.actions).toEqual(expect.arrayContaining(['withdraw']));
    await act(id, 'accept', 'demo-grid');
    expect((await detail(id)).body.actions).not.toContain('withdraw');
    const refused = await act(id, 'withdraw', 'demo-resident');
    expect([refused.status, refused.body.code]).toEqual([409, 'COMPLAINT_ACTION_NOT_ALLOWED']);
    expect(refused.body.message).toBe('诉求已受理，不能撤回');
    expect((await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).status).toBe('accepted');
  });

  test('only the filer may withdraw: not the handler, not another resident', async () => {
    const id = await file({ text: '公开：小区门口乱停车', category: 'parking', visible: true });
    expect((await act(id, 'withdraw', 'demo-grid')).status).toBe(403);
    expect((await act(id, 'withdraw', 'demo-owner')).status).toBe(403);
    expect((await detail(id, 'demo-owner')).body.actions).toEqual([]);
    expect((await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).status).toBe('submitted');
  });
});

describe('催办', () => {
  test('the filer urges: an urged event on the timeline and a notice to the handler; once per level', async () => {
    const id = await file({ text: '楼道里堆满杂物，没人清理' });
    await act(id, 'accept', 'demo-grid');
    const gridWorker = await personId('demo-grid');
    const notices = () =>
      t.dataSource
        .getRepository(Notification)
        .findBy({ personId: gridWorker, topic: 'complaint_assigned', subjectId: id });
    const noticesBefore = (await notices()).length; // the one of filing
    const sentBefore = wechat.sent.length;

    const urged = await act(id, 'urge', 'demo-resident', { note: '三天了还没人来' });
    expect(urged.status).toBe(200);
    expect(urged.body.status).toBe('accepted'); // the status stays
    expect(urged.body.events.at(-1)).toMatchObject({
      kind: 'urged',
      actor: '我',
      level: 'ordinary',
      note: '三天了还没人来',
    });
    expect(urged.body.actions).not.toContain('urge');
    const after = await notices();
    expect(after).toHaveLength(noticesBefore + 1);
    expect(after.at(-1)!.status).toBe('sent');
    const message = wechat.sent.slice(sentBefore).find((m) => m.touser === 'demo-grid');
    expect(message?.data.thing3.value).toContain('催办');
    // The handler sees the urge on the timeline too.
    expect((await detail(id, 'demo-grid')).body.events.at(-1)).toMatchObject({ kind: 'urged', actor: '居民' });

    const again = await act(id, 'urge', 'demo-resident');
    expect([again.status, again.body.code]).toEqual([409, 'COMPLAINT_ACTION_NOT_ALLOWED']);
    expect(again.body.message).toBe('本诉求在「一般（网格处置）」阶段已催办过，每一级只能催办一次');
    const urges = (await detail(id)).body.events.filter((e) => e.kind === 'urged');
    expect(urges).toHaveLength(1);
  });

  test('after escalation to the community it may be urged again, and the community task force is told', async () => {
    const id = await file({ text: '隔壁狗每天夜里叫' });
    expect((await act(id, 'urge', 'demo-resident')).status).toBe(200);
    expect((await act(id, 'urge', 'demo-resident')).status).toBe(409);
    const escalated = await act(id, 'escalate', 'demo-grid', { note: '涉及多户，需社区协调' });
    expect(escalated.body.level).toBe('difficult');
    expect(complaintLevelLabel(escalated.body.level, escalated.body.route)).toBe('疑难（社区攻坚）');
    expect((await detail(id)).body.actions).toContain('urge');

    const admin = await personId('demo-community-admin');
    const urged = await act(id, 'urge', 'demo-resident');
    expect(urged.status).toBe(200);
    expect(urged.body.events.filter((e) => e.kind === 'urged').map((e) => e.level)).toEqual(['ordinary', 'difficult']);
    const notices = await t.dataSource
      .getRepository(Notification)
      .countBy({ personId: admin, topic: 'complaint_assigned', subjectId: id });
    expect(notices).toBe(1);
    const third = await act(id, 'urge', 'demo-resident');
    expect(third.status).toBe(409);
    expect(third.body.message).toContain('疑难（社区攻坚）');
  });

  test('only the filer may urge, and not once resolved', async () => {
    const id = await file({ text: '公开：东门路灯不亮', visible: true });
    expect((await act(id, 'urge', 'demo-grid')).status).toBe(403);
    expect((await act(id, 'urge', 'demo-owner')).status).toBe(403);
    await act(id, 'accept', 'demo-grid');
    await act(id, 'resolve', 'demo-grid', { note: '已通知物业维修' });
    const late = await act(id, 'urge', 'demo-resident');
    expect([late.status, late.body.code]).toEqual([409, 'COMPLAINT_ACTION_NOT_ALLOWED']);
    expect((await detail(id)).body.events.some((e) => e.kind === 'urged')).toBe(false);
  });

  test('the filer’s list shows whether they may still urge', async () => {
    const id = await file({ text: '单元门禁坏了好几天' });
    const mine = async () =>
      (
        await t.http<Page<ComplaintView>>('GET', '/api/me/complaints', { token: tokens['demo-resident'] })
      ).body.items.find((c) => c.id === id)!;
    expect((await mine()).actions).toEqual(expect.arrayContaining(['withdraw', 'urge']));
    await act(id, 'urge', 'demo-resident');
    expect((await mine()).actions).toEqual(['withdraw']);
  });
});
