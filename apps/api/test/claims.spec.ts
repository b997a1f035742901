import type { ClaimView, MeResponse } from '@xiaoqu/shared';
import { GrantService } from '../src/identity/grant.service.js';
import { UnitClaim } from '../src/claim/unit-claim.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';
import { approveWithDeedPhoto } from './claim-helpers.js';

let t: TestApp;
let compound1: number;
const claimable = { building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' };

beforeAll(async () => {
  t = await startTestApp();
  compound1 = t.demo!.compoundIds.jinxiu;
});
afterAll(() => t.close());

const claim = (token: string, body: object) =>
  t.http<ClaimView>('POST', '/api/claims', { token, json: { compoundId: compound1, ...body } });

test('claim → pending → approved: the resident becomes an owner of the unit', async () => {
  const resident = await t.login('demo-resident');
  const created = await claim(resident, claimable);
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ status: 'pending', building: '3栋', room: '502', claimant: null });
  expectError(await claim(resident, claimable), 409, 'CLAIM_ALREADY_PENDING');

  const mine = await t.http<ClaimView[]>('GET', '/api/claims/mine', { token: resident });
  expect(mine.body.map((c) => c.status)).toEqual(['pending']);
  expect(mine.body[0].claimant).toBeNull();

  const admin = await t.login('demo-community-admin');
  const pending = await t.http<ClaimView[]>('GET', '/api/admin/claims?status=pending', { token: admin });
  expect(pending.body.find((c) => c.id === created.body.id)?.claimant).toEqual({
    personId: expect.any(Number),
    name: '张小梅',
    claimedOwnerName: '李秀英',
  });

  const approved = await approveWithDeedPhoto(t, created.body.id, admin, compound1);
  expect(approved.status).toBe(200);
  expect(approved.body.status).toBe('approved');
  expectError(
    await t.http('POST', `/api/admin/claims/${created.body.id}/approve`, { token: admin }),
    409,
    'CLAIM_NOT_PENDING',
  );
  expectError(
    await t.http('POST', `/api/admin/claims/${created.body.id}/reject`, { token: admin, json: { reason: 'x' } }),
    409,
    'CLAIM_NOT_PENDING',
  );

  const me = await t.http<MeResponse>('GET', '/api/me', { token: resident });
  expect(me.body.units.map((u) => `${u.building}${u.room}`)).toEqual(['3栋502']);
  expect(me.body.roles.map((r) => r.role).sort()).toEqual(['owner', 'resident']);
  expectError(await claim(resident, claimable), 409, 'CLAIM_ALREADY_OWNER');
});

test('a co-owner with the same roster entry becomes a second owner of the same unit', async () => {
  const coOwner = await t.login('o-co-owner');
  const created = await claim(coOwner, { ...claimable, ownerName: ' 李秀英 ' });
  const admin = await t.login('demo-community-admin');
  expect((await approveWithDeedPhoto(t, created.body.id, admin, compound1)).status).toBe(200);
  const me = await t.http<MeResponse>('GET', '/api/me', { token: coOwner });
  expect(me.body.units).toHaveLength(1);
});

test('a claim that does not match the roster is refused, says nothing of why, and attempts are limited', async () => {
  const guesser = await t.login('o-guesser');
  for (const body of [
    { ...claimable, phoneLast4: '0000' },
    { ...claimable, ownerName: '李秀' },
    { ...claimable, room: '9999' },
    { ...claimable, building: '99栋' },
  ]) {
    const error = expectError(await claim(guesser, body), 422, 'CLAIM_NOT_MATCHED');
    expect(error.message).toBe('房号、业主姓名或手机号后四位与登记信息不符');
  }
  expectError(await claim(guesser, { ...claimable, phoneLast4: '1111' }), 422, 'CLAIM_NOT_MATCHED');
  expectError(await claim(guesser, claimable), 429, 'CLAIM_TOO_MANY_ATTEMPTS');
  expect((await t.http<ClaimView[]>('GET', '/api/claims/mine', { token: guesser })).body).toEqual([]);
  expect(await t.dataSource.getRepository(UnitClaim).count({ where: { status: 'unmatched' } })).toBe(5);
});

test('developer-unsold units cannot be claimed', async () => {
  const someone = await t.login('o-developer-guess');
  // 1栋, the 50th unit of the compound is developer-unsold (every 50th in the demo).
  expectError(
    await claim(someone, { building: '9栋', room: '2006', ownerName: '开发商', phoneLast4: '0000' }),
    422,
    'CLAIM_NOT_MATCHED',
  );
});

test('claims are validated', async () => {
  const token = await t.login('demo-resident');
  const body = expectError(
    await claim(token, { building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '56a8' }),
    400,
    'VALIDATION_FAILED',
  );
  expect(body.details?.[0].field).toBe('phoneLast4');
  expectError(
    await t.http('POST', '/api/claims', { token, json: { ...claimable, compoundId: 999999 } }),
    404,
    'NOT_FOUND',
  );
});

describe('admins decide only in their places', () => {
  let claimId: number;
  beforeAll(async () => {
    const owner2 = await t.login('o-claims-owner-2');
    const created = await t.http<ClaimView>('POST', '/api/claims', {
      token: owner2,
      json: {
        compoundId: t.demo!.compoundIds.cuiliu,
        building: '2栋',
        room: '301',
        ownerName: '赵丽华',
        phoneLast4: '4321',
      },
    });
    expect(created.status).toBe(201);
    claimId = created.body.id;
  });

  test('demo-community-admin cannot approve, reject or list a claim of the other community', async () => {
    const admin = await t.login('demo-community-admin');
    expectError(await t.http('POST', `/api/admin/claims/${claimId}/approve`, { token: admin }), 403, 'FORBIDDEN');
    expectError(
      await t.http('POST', `/api/admin/claims/${claimId}/reject`, { token: admin, json: { reason: '不符' } }),
      403,
      'FORBIDDEN',
    );
    const listed = await t.http<ClaimView[]>('GET', '/api/admin/claims', { token: admin });
    expect(listed.body.map((c) => c.id)).not.toContain(claimId);
    expectError(
      await t.http('GET', `/api/admin/claims?compoundId=${t.demo!.compoundIds.cuiliu}`, { token: admin }),
      403,
      'FORBIDDEN',
    );
  });

  test('residents, owners and staff cannot decide claims', async () => {
    for (const persona of ['demo-resident', 'demo-owner', 'demo-property', 'demo-committee', 'demo-owner-2']) {
      const token = await t.login(persona);
      expectError(await t.http('POST', `/api/admin/claims/${claimId}/approve`, { token }), 403, 'FORBIDDEN');
      expectError(await t.http('GET', '/api/admin/claims', { token }), 403, 'FORBIDDEN');
    }
  });

  test('the street admin sees it; the community admin there may refuse it with a reason', async () => {
    const street = await t.login('demo-street-admin');
    expect((await t.http<ClaimView[]>('GET', '/api/admin/claims', { token: street })).body.map((c) => c.id)).toContain(
      claimId,
    );
    expectError(await t.http('POST', `/api/admin/claims/${claimId}/approve`, { token: street }), 403, 'FORBIDDEN');

    const otherAdminToken = await t.login('o-xinyuan-admin');
    await t.app.get(GrantService).grant({
      personId: (await t.http<MeResponse>('GET', '/api/me', { token: otherAdminToken })).body.id,
      role: 'community_admin',
      placeId: t.demo!.communityIds.xinyuan,
    });
    expectError(
      await t.http('POST', `/api/admin/claims/${claimId}/reject`, { token: otherAdminToken, json: { reason: '' } }),
      400,
      'VALIDATION_FAILED',
    );
    const rejected = await t.http<ClaimView>('POST', `/api/admin/claims/${claimId}/reject`, {
      token: otherAdminToken,
      json: { reason: '请携带房产证到社区核对' },
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '请携带房产证到社区核对' });
  });

  test('unknown claims are not found', async () => {
    const admin = await t.login('demo-community-admin');
    expectError(await t.http('POST', '/api/admin/claims/999999/approve', { token: admin }), 404, 'NOT_FOUND');
  });
});
