import type { BuildingView, ComplaintDetailView, ErrorBody, WorkPhoneRequest } from '@xiaoqu/shared';
import { Person } from '../src/identity/person.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

// Issue 12 §3: a handler sees the work number residents may call them on (GET), the same number the filer of a
// complaint they handle sees, and only their own. Residents and roles that handle no complaints are refused.

let t: TestApp;
let tokens: Record<string, string>;
let jinxiu: number;

const PERSONAS = [
  'demo-resident',
  'demo-owner',
  'demo-committee',
  'demo-grid',
  'demo-property',
  'demo-community-admin',
  'demo-street-admin',
  'demo-district-admin',
];

beforeAll(async () => {
  t = await startTestApp();
  jinxiu = t.demo!.compoundIds.jinxiu;
  tokens = {};
  for (const who of PERSONAS) tokens[who] = await t.login(who);
}, 30_000);
afterAll(async () => {
  await t.close();
});

const read = (who: string) =>
  t.http<WorkPhoneRequest & ErrorBody>('GET', '/api/complaints/handler-phone', { token: tokens[who] });
const write = (who: string, workPhone: string | null) =>
  t.http<WorkPhoneRequest & ErrorBody>('PUT', '/api/complaints/handler-phone', {
    token: tokens[who],
    json: { workPhone },
  });

describe('GET /api/complaints/handler-phone', () => {
  test('a grid worker reads back what they set and cleared, and residents see that number', async () => {
    expect(await write('demo-grid', null)).toMatchObject({ status: 200 });
    expect(await read('demo-grid')).toMatchObject({ status: 200, body: { workPhone: null } });

    expect((await write('demo-grid', '028-8765-4321')).status).toBe(200);
    expect(await read('demo-grid')).toMatchObject({ status: 200, body: { workPhone: '028-8765-4321' } });

    // What the GET says is what the filer of a complaint the worker handles is shown.
    const buildings = await t.http<BuildingView[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
      token: tokens['demo-resident'],
    });
    const building = buildings.body.find((b) => b.name === '3栋')!.id;
    const filed = await t.http<ComplaintDetailView>('POST', `/api/compounds/${jinxiu}/complaints`, {
      token: tokens['demo-resident'],
      json: { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [], buildingId: building },
    });
    expect(filed.status).toBe(201);
    expect(filed.body.handlers).toEqual([{ name: '陈网格', role: '3栋微网格员', phone: '028-8765-4321' }]);

    expect((await write('demo-grid', null)).status).toBe(200);
    expect((await read('demo-grid')).body).toEqual({ workPhone: null });
  });

  test('a refused number leaves the stored one as it was', async () => {
    expect((await write('demo-grid', '13800009999')).status).toBe(200);
    const bad = await write('demo-grid', '请打我电话');
    expect(expectError(bad, 400, 'VALIDATION_FAILED').details?.[0].message).toBe(
      '请填写正确的工作电话（座机或手机号）',
    );
    expect((await read('demo-grid')).body).toEqual({ workPhone: '13800009999' });
  });

  test('each handler reads only their own number, never their personal phone', async () => {
    const property = (await t.dataSource.getRepository(Person).findOneByOrFail({ openid: 'demo-property' })).id;
    const granted = await t.http('PUT', `/api/compounds/${jinxiu}/staff`, {
      token: tokens['demo-community-admin'],
      json: { personId: property, role: 'property_staff', workPhone: '028-8555-0100' },
    });
    expect(granted.status).toBe(200);
    expect((await write('demo-grid', '028-6000-1111')).status).toBe(200);

    expect((await read('demo-property')).body).toEqual({ workPhone: '028-8555-0100' });
    expect((await read('demo-grid')).body).toEqual({ workPhone: '028-6000-1111' });
    // Admins who answer escalated complaints have none set: null, not the personal number on their account.
    expect((await read('demo-community-admin')).body).toEqual({ workPhone: null });
    expect((await read('demo-street-admin')).body).toEqual({ workPhone: null });
  });

  test('residents, owners, the committee and the district are refused; anonymous callers too', async () => {
    for (const who of ['demo-resident', 'demo-owner', 'demo-committee', 'demo-district-admin'])
      expectError(await read(who), 403, 'FORBIDDEN');
    expectError(await t.http('GET', '/api/complaints/handler-phone'), 401, 'UNAUTHENTICATED');
  });
});
