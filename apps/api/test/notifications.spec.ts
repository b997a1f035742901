import type {
  ComplaintDetailView,
  HomeResponse,
  MarkNotificationsReadResponse,
  NotificationView,
  Page,
} from '@xiaoqu/shared';
import { Notification } from '../src/notification/notification.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

// Issue 12 §1: the message centre lists the notices a person received (whatever WeChat made of them), read or unread;
// nobody reads or marks another person's.

let t: TestApp;
const tokens: Record<string, string> = {};
let jinxiu: number;

beforeAll(async () => {
  t = await startTestApp();
  jinxiu = t.demo!.compoundIds.jinxiu;
  for (const who of ['demo-resident', 'demo-grid', 'demo-owner']) tokens[who] = await t.login(who);
}, 30_000);
afterAll(() => t.close());

const list = (who: string, cursor?: string) =>
  t.http<Page<NotificationView>>('GET', `/api/me/notifications${cursor ? `?cursor=${cursor}` : ''}`, {
    token: tokens[who],
  });
const markRead = (who: string, json: unknown) =>
  t.http<MarkNotificationsReadResponse>('POST', '/api/me/notifications/read', { token: tokens[who], json });
const badges = async (who: string) =>
  (await t.http<HomeResponse>('GET', '/api/me/home', { token: tokens[who] })).body.badges;

async function fileAndAccept(): Promise<number> {
  const buildings = await t.http<{ id: number; name: string }[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
    token: tokens['demo-resident'],
  });
  const filed = await t.http<ComplaintDetailView>('POST', `/api/compounds/${jinxiu}/complaints`, {
    token: tokens['demo-resident'],
    json: {
      category: 'noise',
      text: '楼上夜间装修，噪音很大',
      photoIds: [],
      buildingId: buildings.body.find((b) => b.name === '3栋')!.id,
    },
  });
  expect(filed.status).toBe(201);
  const accepted = await t.http('POST', `/api/complaints/${filed.body.id}/actions/accept`, {
    token: tokens['demo-grid'],
    json: {},
  });
  expect(accepted.status).toBe(200);
  return filed.body.id;
}

test('needs a login', async () => {
  expect((await t.http('GET', '/api/me/notifications')).status).toBe(401);
  expect((await t.http('POST', '/api/me/notifications/read', { json: { all: true } })).status).toBe(401);
});

test('a complaint update reaches the filer and the handler as unread messages with a title and a page', async () => {
  const id = await fileAndAccept();
  const resident = await list('demo-resident');
  expect(resident.status).toBe(200);
  const update = resident.body.items.find((n) => n.topic === 'complaint_update');
  expect(update).toMatchObject({ read: false, page: `pages/complaint/index?id=${id}` });
  expect(update!.title).toMatch(/^诉求有新进展：/);
  const grid = await list('demo-grid');
  expect(grid.body.items.some((n) => n.topic === 'complaint_assigned' && !n.read)).toBe(true);
  const b = await badges('demo-resident');
  expect(b.unreadMessages).toBe(resident.body.items.filter((n) => !n.read).length);
  expect(b.unreadComplaintUpdates).toBe(
    resident.body.items.filter((n) => !n.read && n.topic.startsWith('complaint_')).length,
  );
});

test("nobody reads or marks another person's notices", async () => {
  await fileAndAccept();
  const gridIds = (await list('demo-grid')).body.items.map((n) => n.id);
  const residentIds = new Set((await list('demo-resident')).body.items.map((n) => n.id));
  expect(gridIds.some((id) => residentIds.has(id))).toBe(false);
  const unreadBefore = (await badges('demo-grid')).unreadMessages;
  expect(unreadBefore).toBeGreaterThan(0);
  // The resident names the grid worker's ids: nothing of theirs changes.
  const answer = await markRead('demo-resident', { ids: gridIds });
  expect(answer.status).toBe(200);
  expect((await badges('demo-grid')).unreadMessages).toBe(unreadBefore);
  expect((await list('demo-grid')).body.items.every((n) => !n.read)).toBe(true);
  // Marking all of one's own leaves the others' alone too.
  expect((await markRead('demo-resident', { all: true })).body.unread).toBe(0);
  expect((await badges('demo-grid')).unreadMessages).toBe(unreadBefore);
  expect((await list('demo-resident')).body.items.every((n) => n.read)).toBe(true);
});

test('marking some by id; a request naming none is refused in words', async () => {
  await fileAndAccept();
  const unread = (await list('demo-grid')).body.items.filter((n) => !n.read);
  const answer = await markRead('demo-grid', { ids: [unread[0].id] });
  expect(answer.body.unread).toBe(unread.length - 1);
  expect((await list('demo-grid')).body.items.find((n) => n.id === unread[0].id)?.read).toBe(true);
  expectError(await markRead('demo-grid', {}), 400, 'VALIDATION_FAILED');
  expectError(await markRead('demo-grid', { ids: ['x'] }), 400, 'VALIDATION_FAILED');
});

test('newest first, twenty a page by cursor; old notices read by their topic', async () => {
  const personId = t.demo!.personIds['demo-owner'];
  const repo = t.dataSource.getRepository(Notification);
  for (let i = 0; i < 25; i++)
    await repo.insert({ personId, topic: 'vote_opened', subjectId: 1000 + i, status: 'skipped', detail: '' });
  const first = await list('demo-owner');
  expect(first.body.items).toHaveLength(20);
  expect(first.body.items[0].title).toBe('业主表决已开始');
  expect(first.body.items[0].page).toBeNull();
  const ids = first.body.items.map((n) => n.id);
  expect(ids).toEqual([...ids].sort((a, b) => b - a));
  const second = await list('demo-owner', first.body.nextCursor!);
  expect(second.body.items.length).toBe(5);
  expect(second.body.nextCursor).toBeNull();
  expect(second.body.items[0].id).toBeLessThan(ids[ids.length - 1]);
  expectError(await list('demo-owner', 'bm9wZQ'), 400, 'VALIDATION_FAILED');
});

test("opening a complaint reads the person's own notices about it, and no other", async () => {
  const first = await fileAndAccept();
  const second = await fileAndAccept();
  const unreadAbout = async (who: string, id: number) =>
    (await list(who)).body.items.filter((n) => !n.read && n.page?.endsWith(`?id=${id}`)).length;
  expect(await unreadAbout('demo-resident', first)).toBeGreaterThan(0);
  expect(await unreadAbout('demo-grid', first)).toBeGreaterThan(0);

  const read = await markRead('demo-resident', { complaintId: first });
  expect(read.status).toBe(200);
  expect(await unreadAbout('demo-resident', first)).toBe(0);
  expect(await unreadAbout('demo-resident', second)).toBeGreaterThan(0); // another complaint: still unread
  expect(await unreadAbout('demo-grid', first)).toBeGreaterThan(0); // the handler's own notices: untouched
  expect(read.body.unread).toBe((await list('demo-resident')).body.items.filter((n) => !n.read).length);

  expectError(await markRead('demo-resident', { complaintId: 0 }), 400, 'VALIDATION_FAILED');
});
