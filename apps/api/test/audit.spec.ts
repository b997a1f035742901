import { jest } from '@jest/globals';
import { AUDIT_ACTION_LABELS, type AuditPage } from '@xiaoqu/shared';
import { AuditService } from '../src/audit/audit.service.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

describe('audit log of staff and admin writes', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let jinxiu: number;
  let cuiliu: number;
  let fanghua: number;
  let xinyuan: number;
  let street: number;

  beforeAll(async () => {
    t = await startTestApp();
    const demo = t.demo!;
    jinxiu = demo.compoundIds.jinxiu;
    cuiliu = demo.compoundIds.cuiliu;
    fanghua = demo.communityIds.fanghua;
    xinyuan = demo.communityIds.xinyuan;
    street = demo.streetId;
    for (const who of [
      'demo-resident',
      'demo-property',
      'demo-supervisor',
      'demo-community-admin',
      'demo-street-admin',
      'demo-grid',
    ])
      tokens[who] = await t.login(who);
  });
  afterAll(() => t.close());

  const audit = (placeId: number, token: string, query = '') =>
    t.http<AuditPage>('GET', `/api/places/${placeId}/audit${query}`, { token });

  test('a staff write is recorded with role, place, route, record ids and request id — and the seeder wrote none', async () => {
    expect((await audit(fanghua, tokens['demo-community-admin'])).body.items).toEqual([]);
    const created = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: tokens['demo-property'],
      json: { periodKey: '2025-09' },
      headers: { 'x-request-id': 'audit-test-1' },
    });
    expect(created.status).toBe(201);
    const page = await audit(fanghua, tokens['demo-community-admin']);
    expect(page.status).toBe(200);
    expect(page.body.items[0]).toMatchObject({
      personId: t.demo!.personIds['demo-property'],
      personName: expect.any(String),
      personDeleted: false,
      role: 'property_staff',
      placeId: jinxiu,
      method: 'POST',
      route: 'POST /api/compounds/:compoundId/account-disclosures',
      recordIds: { compoundId: String(jinxiu), id: String(created.body.id) },
      status: 201,
      requestId: 'audit-test-1',
    });
    expect(JSON.stringify(page.body)).not.toContain('2025-09'); // no request bodies
  });

  test('a resident’s write, a personal write and a failed write are not recorded', async () => {
    const before = (await audit(street, tokens['demo-street-admin'])).body.items.length;
    const filed = await t.http('POST', `/api/compounds/${jinxiu}/complaints`, {
      token: tokens['demo-resident'],
      json: { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [] },
    });
    expect(filed.status).toBe(201);
    expect(
      (await t.http('PATCH', '/api/me', { token: tokens['demo-property'], json: { name: '周物业' } })).status,
    ).toBe(200);
    const failed = await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: tokens['demo-property'],
      json: { periodKey: '2025-09' }, // that period exists already
    });
    expect(failed.status).toBeGreaterThanOrEqual(400);
    const invalid = await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: tokens['demo-property'],
      json: { periodKey: 'nonsense' },
    });
    expect(invalid.status).toBe(400);
    expect((await audit(street, tokens['demo-street-admin'])).body.items.length).toBe(before);
  });

  test('an entry stays readable after the record it names is deleted and the person renamed', async () => {
    const created = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: tokens['demo-property'],
      json: { periodKey: '2025-08' },
    });
    const nameThen = (await audit(fanghua, tokens['demo-community-admin'])).body.items[0].personName;
    const removed = await t.http('DELETE', `/api/account-disclosures/${created.body.id}`, {
      token: tokens['demo-property'],
    });
    expect(removed.status).toBe(204);
    await t.http('PATCH', '/api/me', { token: tokens['demo-property'], json: { name: '改名后' } });
    const items = (await audit(fanghua, tokens['demo-community-admin'])).body.items;
    expect(items[0]).toMatchObject({
      route: 'DELETE /api/account-disclosures/:disclosureId',
      recordIds: { disclosureId: String(created.body.id) },
      status: 204,
      placeId: jinxiu,
      personName: nameThen,
    });
    expect(items[1]).toMatchObject({ recordIds: { id: String(created.body.id) }, personName: nameThen });
    expect(nameThen).not.toBe('改名后');
  });

  test('an admin’s write is recorded in the admin role on the compound', async () => {
    const granted = await t.http('PUT', `/api/compounds/${jinxiu}/staff`, {
      token: tokens['demo-community-admin'],
      json: { personId: t.demo!.personIds['demo-resident'], role: 'committee_member' },
    });
    expect(granted.status).toBe(200);
    const top = (await audit(street, tokens['demo-street-admin'])).body.items[0];
    expect(top).toMatchObject({
      role: 'community_admin',
      placeId: jinxiu,
      route: 'PUT /api/compounds/:compoundId/staff',
    });
    await t.http('DELETE', `/api/compounds/${jinxiu}/staff/${t.demo!.personIds['demo-resident']}/committee_member`, {
      token: tokens['demo-community-admin'],
    });
  });

  test('filters by compound and by person, and pages newest first', async () => {
    const byPerson = await audit(
      street,
      tokens['demo-street-admin'],
      `?personId=${t.demo!.personIds['demo-property']}`,
    );
    expect(byPerson.body.items.length).toBe(3);
    expect(byPerson.body.items.every((e) => e.personId === t.demo!.personIds['demo-property'])).toBe(true);
    expect((await audit(street, tokens['demo-street-admin'], `?compoundId=${cuiliu}`)).body.items).toEqual([]);
    expect((await audit(fanghua, tokens['demo-community-admin'], `?compoundId=${jinxiu}`)).body.items.length).toBe(5);
    const first = await audit(street, tokens['demo-street-admin'], '?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await audit(street, tokens['demo-street-admin'], `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).toBeLessThan(first.body.items[1].id);
    expectError(await audit(street, tokens['demo-street-admin'], '?limit=0'), 400, 'VALIDATION_FAILED');
  });

  test('crossings are refused: staff, residents and admins of other places', async () => {
    expectError(await audit(fanghua, tokens['demo-property']), 403, 'FORBIDDEN');
    expectError(await audit(fanghua, tokens['demo-resident']), 403, 'FORBIDDEN');
    expectError(await audit(fanghua, tokens['demo-grid']), 403, 'FORBIDDEN');
    expectError(await audit(jinxiu, tokens['demo-supervisor']), 403, 'FORBIDDEN');
    // A community admin reads neither another community nor the street above.
    expectError(await audit(xinyuan, tokens['demo-community-admin']), 403, 'FORBIDDEN');
    expectError(await audit(street, tokens['demo-community-admin']), 403, 'FORBIDDEN');
    // Nor a compound of another community through the filter.
    expectError(await audit(fanghua, tokens['demo-community-admin'], `?compoundId=${cuiliu}`), 404, 'NOT_FOUND');
    expectError(await audit(fanghua, ''), 401, 'UNAUTHENTICATED');
  });

  test('a failure to write the entry does not fail the write', async () => {
    const service = t.app.get(AuditService);
    const spy = jest.spyOn(service, 'record').mockRejectedValueOnce(new Error('disk full'));
    const created = await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: tokens['demo-property'],
      json: { periodKey: '2025-07' },
    });
    expect(created.status).toBe(201);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
  test('every write route a staff member or admin can make has its words in the log', async () => {
    const doc = await t.http<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs-json');
    const writes = Object.entries(doc.body.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(writes.length).toBeGreaterThan(40);
    // Signing in and one's own account are the person's, never an office's act: not audited.
    const audited = writes.filter((r) => !/^\w+ \/api\/(auth|me)(\/|$)/.test(r));
    expect(audited.filter((r) => !AUDIT_ACTION_LABELS[r])).toEqual([]);
  });
});
