import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BallotReceipt, ClaimDecisionView, ClaimView, MeResponse, RosterImportResult } from '@xiaoqu/shared';
import { AppConfig } from '../src/common/config/app-config.js';
import { GrantService } from '../src/identity/grant.service.js';
import { Attachment } from '../src/files/attachment.entity.js';
import { ClaimDecision } from '../src/claim/claim-decision.entity.js';
import { DeedPhotoSweep } from '../src/claim/deed-photos.js';
import { UnitOwner } from '../src/place/unit-owner.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';
import { approveWithDeedPhoto, uploadDeedPhoto } from './claim-helpers.js';
import { openVote, PNG } from './vote-helpers.js';

let t: TestApp;
let admin: string;
let yulin: number;
let jinxiu: number;

const HEADER = '楼栋,单元,房号,登记面积(m²),业主姓名,业主电话,开发商未售,不动产权证号';
/** 30栋: units with deed numbers on the roster; 31栋: without. */
const ROSTER = [
  HEADER,
  '30栋,1单元,101,90,方一,13970000101,否,川(2021)成都市不动产权第0030101号',
  '30栋,1单元,102,90,方二,13970000102,否,川(2021)成都市不动产权第0030102号',
  '30栋,1单元,103,90,方三,13970000103,否,川(2021)成都市不动产权第0030103号',
  '30栋,1单元,104,90,方四,13970000104,否,川(2021)成都市不动产权第0030104号',
  '30栋,1单元,105,90,方五,13970000105,否,川(2021)成都市不动产权第0030105号',
  '31栋,1单元,101,90,林一,13970001101,否,',
  '31栋,1单元,102,90,林二,13970001102,否,',
  '31栋,1单元,103,90,林三,13970001103,否,',
];

async function importRoster(lines: string[]) {
  const form = new FormData();
  form.append('file', new Blob([lines.join('\n')]), 'roster.csv');
  const answer = await t.http<RosterImportResult>('POST', `/api/compounds/${yulin}/roster`, {
    token: admin,
    body: form,
  });
  expect(answer.status).toBe(201);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('demo-community-admin');
  yulin = t.demo!.compoundIds.yulin;
  jinxiu = t.demo!.compoundIds.jinxiu;
  await importRoster(ROSTER);
});
afterAll(() => t.close());

const claim = (token: string, body: object) =>
  t.http<ClaimView>('POST', '/api/claims', { token, json: { compoundId: yulin, ...body } });
const approve = (claimId: number, json?: object, token = admin) =>
  t.http<ClaimView>('POST', `/api/admin/claims/${claimId}/approve`, { token, ...(json ? { json } : {}) });
const detail = (claimId: number, token = admin) => t.http<ClaimView>('GET', `/api/admin/claims/${claimId}`, { token });
const history = (claimId: number, token = admin) =>
  t.http<ClaimDecisionView[]>('GET', `/api/admin/claims/${claimId}/history`, { token });
const me = async (token: string) => (await t.http<MeResponse>('GET', '/api/me', { token })).body;

/** A fresh persona's pending claim on a unit of yulin, with what the body adds. */
async function pendingClaim(
  openid: string,
  unit: { building: string; room: string; name: string; phone: string },
  extra = {},
) {
  const token = await t.login(openid);
  const created = await claim(token, {
    building: unit.building,
    room: unit.room,
    ownerName: unit.name,
    phoneLast4: unit.phone.slice(-4),
    ...extra,
  });
  expect(created.status).toBe(201);
  return { token, claim: created.body };
}

const U30_101 = { building: '30栋', room: '101', name: '方一', phone: '13970000101' };
const U30_102 = { building: '30栋', room: '102', name: '方二', phone: '13970000102' };
const U30_103 = { building: '30栋', room: '103', name: '方三', phone: '13970000103' };
const U30_104 = { building: '30栋', room: '104', name: '方四', phone: '13970000104' };
const U30_105 = { building: '30栋', room: '105', name: '方五', phone: '13970000105' };
const U31_101 = { building: '31栋', room: '101', name: '林一', phone: '13970001101' };
const U31_102 = { building: '31栋', room: '102', name: '林二', phone: '13970001102' };
const U31_103 = { building: '31栋', room: '103', name: '林三', phone: '13970001103' };

describe('approving needs a confirm and evidence beyond a name and a phone', () => {
  test('without confirm: refused with a code, and nobody becomes an owner', async () => {
    const { token, claim: c } = await pendingClaim('v-no-confirm', U30_101, { deedLast6: '030101' });
    expectError(await approve(c.id), 400, 'CLAIM_CONFIRM_REQUIRED');
    const refused = expectError(await approve(c.id, { confirm: false }), 400, 'CLAIM_CONFIRM_REQUIRED');
    expect(refused.message).toMatch(/确认/);
    expect((await me(token)).units).toEqual([]);
    expect((await detail(c.id)).body.status).toBe('pending');
  });

  test('the roster has a deed number: the claim’s last six must match it, or a deed photo be attached', async () => {
    const none = await pendingClaim('v-deed-none', U30_102);
    const refused = expectError(await approve(none.claim.id, { confirm: true }), 422, 'CLAIM_EVIDENCE_REQUIRED');
    expect(refused.message).toContain('后六位');

    const wrong = await pendingClaim('v-deed-wrong', U30_103, { deedLast6: '999999' });
    expectError(await approve(wrong.claim.id, { confirm: true }), 422, 'CLAIM_EVIDENCE_REQUIRED');
    expect((await me(wrong.token)).units).toEqual([]);

    // The full number, as printed, works too: only its last six are compared.
    const right = await pendingClaim('v-deed-right', U30_104, { deedLast6: '第0030104号' });
    const approved = await approve(right.claim.id, { confirm: true });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await me(right.token)).units.map((u) => `${u.building}${u.room}`)).toEqual(['30栋104']);

    // A mismatched six with the claimant's deed photo: the admin may still approve on the photo.
    const photo = await uploadDeedPhoto(t, yulin, await t.login('v-deed-photo'));
    const withPhoto = await pendingClaim('v-deed-photo', U30_105, { deedLast6: '000000', deedPhotoId: photo });
    expect((await approve(withPhoto.claim.id, { confirm: true })).status).toBe(200);
  });

  test('the roster has no deed number: a deed photo is needed, the claimant’s or one the admin takes', async () => {
    const bare = await pendingClaim('v-bare', U31_101, { deedLast6: '123456' });
    expectError(await approve(bare.claim.id, { confirm: true }), 422, 'CLAIM_EVIDENCE_REQUIRED');
    expect((await approveWithDeedPhoto(t, bare.claim.id, admin, yulin)).status).toBe(200);

    // The admin may not attach someone else's file, nor the claimant a file that is not theirs.
    const other = await pendingClaim('v-bare-2', U31_102);
    const claimantsPhoto = await uploadDeedPhoto(t, yulin, other.token);
    expectError(
      await approve(other.claim.id, { confirm: true, deedPhotoId: claimantsPhoto }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await claim(await t.login('v-thief'), {
        building: '31栋',
        room: '103',
        ownerName: '林三',
        phoneLast4: '1103',
        deedPhotoId: claimantsPhoto,
      }),
      400,
      'VALIDATION_FAILED',
    );
  });
});

test('an admin who decides sees the match field by field, mismatches marked; the claimant does not', async () => {
  const photo = await uploadDeedPhoto(t, yulin, await t.login('v-match'));
  const { token, claim: c } = await pendingClaim('v-match', U31_103, { deedLast6: 'ab1234', deedPhotoId: photo });
  expect(c.match).toBeNull();
  expect((await t.http<ClaimView[]>('GET', '/api/claims/mine', { token })).body[0].match).toBeNull();
  expect((await detail(c.id)).body.match).toEqual({
    ownerName: 'matched',
    phoneLast4: 'matched',
    deedLast6: 'not_on_roster',
    deedPhoto: 'attached',
    deedPhotoId: photo,
    approvable: true,
  });
  // The roster now lists another phone, and a deed number: both are marked as not matching.
  await importRoster([HEADER, '31栋,1单元,103,90,林三,13970009999,否,SC-0000-XY9999']);
  const after = (await detail(c.id)).body.match;
  expect(after).toMatchObject({ ownerName: 'matched', phoneLast4: 'mismatched', deedLast6: 'mismatched' });
  const listed = await t.http<ClaimView[]>('GET', `/api/admin/claims?compoundId=${yulin}&status=pending`, {
    token: admin,
  });
  expect(listed.body.find((x) => x.id === c.id)?.match?.phoneLast4).toBe('mismatched');
  const unanswered = await pendingClaim('v-match-2', U30_101);
  expect((await detail(unanswered.claim.id)).body.match).toMatchObject({
    deedLast6: 'not_given',
    deedPhoto: 'none',
    approvable: false,
  });
});

test('a rejection needs a reason; every decision is kept with who, in what role and why', async () => {
  const first = await pendingClaim('v-history-1', { ...U30_102 }, { deedLast6: '030102' });
  expectError(
    await t.http('POST', `/api/admin/claims/${first.claim.id}/reject`, { token: admin, json: { reason: '   ' } }),
    400,
    'VALIDATION_FAILED',
  );
  expectError(
    await t.http('POST', `/api/admin/claims/${first.claim.id}/reject`, { token: admin, json: {} }),
    400,
    'VALIDATION_FAILED',
  );
  const rejected = await t.http<ClaimView>('POST', `/api/admin/claims/${first.claim.id}/reject`, {
    token: admin,
    json: { reason: '请携带不动产权证到社区核对' },
  });
  expect(rejected.body).toMatchObject({ status: 'rejected', reason: '请携带不动产权证到社区核对' });

  const second = await pendingClaim('v-history-2', U30_102, { deedLast6: '030102' });
  await approve(second.claim.id, { confirm: true });
  const revoked = await t.http<ClaimView>('POST', `/api/admin/claims/${second.claim.id}/revoke`, {
    token: admin,
    json: { reason: '申请人承认并非产权人' },
  });
  expect(revoked.status).toBe(200);

  const adminId = (await me(admin)).id;
  const log = (await history(second.claim.id)).body;
  expect(log.map((d) => [d.claimId, d.action, d.reason])).toEqual([
    [first.claim.id, 'reject', '请携带不动产权证到社区核对'],
    [second.claim.id, 'approve', null],
    [second.claim.id, 'revoke', '申请人承认并非产权人'],
  ]);
  for (const d of log) {
    expect(d.decidedBy).toEqual({ personId: adminId, name: '杨社区' });
    expect(d.role).toBe('community_admin');
    expect(Date.parse(d.at)).not.toBeNaN();
  }
  // The history of a unit is the same from any of its claims; its rows are only ever added.
  expect((await history(first.claim.id)).body).toEqual(log);
  const rows = await t.dataSource.getRepository(ClaimDecision).find({ where: { unitId: second.claim.unitId } });
  expect(rows).toHaveLength(3);
});

describe('revoking an approval', () => {
  test('needs a reason and an approved claim', async () => {
    const { claim: c } = await pendingClaim('v-revoke-pending', U30_103, { deedLast6: '030103' });
    expectError(
      await t.http('POST', `/api/admin/claims/${c.id}/revoke`, { token: admin, json: { reason: '不符' } }),
      409,
      'CLAIM_NOT_APPROVED',
    );
    await approve(c.id, { confirm: true });
    expectError(
      await t.http('POST', `/api/admin/claims/${c.id}/revoke`, { token: admin, json: { reason: ' ' } }),
      400,
      'VALIDATION_FAILED',
    );
    await t.http('POST', `/api/admin/claims/${c.id}/revoke`, { token: admin, json: { reason: '冒名认证' } });
    expectError(
      await t.http('POST', `/api/admin/claims/${c.id}/revoke`, { token: admin, json: { reason: '冒名认证' } }),
      409,
      'CLAIM_NOT_APPROVED',
    );
  });

  test('ends ownership at once: no unit, no owner role, no ballot even in a vote opened before; the claimant sees why', async () => {
    // demo-resident claims 3栋 502 of 锦绣花园 (where votes are held) and is approved on a deed photo.
    const resident = await t.login('demo-resident');
    const created = await t.http<ClaimView>('POST', '/api/claims', {
      token: resident,
      json: { compoundId: jinxiu, building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' },
    });
    expect(created.status).toBe(201);
    expect((await approveWithDeedPhoto(t, created.body.id, admin, jinxiu)).status).toBe(200);
    const committee = await t.login('demo-committee');
    const vote = await openVote(t, jinxiu, committee);
    expect((await me(resident)).roles.map((r) => r.role)).toContain('owner');

    const revoked = await t.http<ClaimView>('POST', `/api/admin/claims/${created.body.id}/revoke`, {
      token: admin,
      json: { reason: '产权人来电，否认委托申请人认证' },
    });
    expect(revoked.body).toMatchObject({ status: 'revoked', reason: '产权人来电，否认委托申请人认证' });

    const after = await me(resident);
    expect(after.units).toEqual([]);
    expect(after.roles.map((r) => r.role)).toEqual(['resident']);
    expect(await t.dataSource.getRepository(UnitOwner).count({ where: { claimId: created.body.id } })).toBe(0);
    expectError(
      await t.http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/ballots`, {
        token: resident,
        json: { choice: 'agree' },
      }),
      403,
      'NOT_AN_OWNER',
    );
    const mine = (await t.http<ClaimView[]>('GET', '/api/claims/mine', { token: resident })).body;
    expect(mine.find((c) => c.id === created.body.id)).toMatchObject({
      status: 'revoked',
      reason: '产权人来电，否认委托申请人认证',
      revokedAt: expect.any(String),
    });
    // She may claim again (and be decided again) later.
    const again = await t.http<ClaimView>('POST', '/api/claims', {
      token: resident,
      json: { compoundId: jinxiu, building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' },
    });
    expect(again.status).toBe(201);
  });
});

test('revoking one of two units keeps the other, and the owner role with it', async () => {
  const first = await pendingClaim('v-two-units', U30_101, { deedLast6: '030101' });
  const second = await pendingClaim('v-two-units', U31_102);
  expect((await approve(first.claim.id, { confirm: true })).status).toBe(200);
  expect((await approveWithDeedPhoto(t, second.claim.id, admin, yulin)).status).toBe(200);
  await t.http('POST', `/api/admin/claims/${first.claim.id}/revoke`, { token: admin, json: { reason: '登记有误' } });
  const after = await me(first.token);
  expect(after.units.map((u) => `${u.building}${u.room}`)).toEqual(['31栋102']);
  expect(after.roles.filter((r) => r.place.id === yulin).map((r) => r.role)).toContain('owner');
});

test('deed photos are deleted 30 days after the decision: the file and its record', async () => {
  const claimant = await t.login('v-sweep');
  // Files are stored by content: bytes of their own, so that deleting them is seen on disk.
  const own = Buffer.from(PNG);
  own.writeUInt32BE(7, 16);
  const photo = await uploadDeedPhoto(t, yulin, claimant, own);
  const { claim: c } = await pendingClaim('v-sweep', U30_105, { deedPhotoId: photo });
  await t.http('POST', `/api/admin/claims/${c.id}/reject`, { token: admin, json: { reason: '照片看不清' } });
  const stored = await t.dataSource.getRepository(Attachment).findOneByOrFail({ id: photo });
  expect(existsSync(join(t.app.get(AppConfig).STORAGE_DIR, stored.storageKey))).toBe(true);
  const sweep = t.app.get(DeedPhotoSweep);

  await sweep.sweep(new Date(Date.now() + 29 * 86_400_000));
  expect((await t.http('GET', `/api/attachments/${photo}`, { token: admin })).status).toBe(200);

  expect(await sweep.sweep(new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThanOrEqual(1);
  expect(await t.dataSource.getRepository(Attachment).findOneBy({ id: photo })).toBeNull();
  expect(existsSync(join(t.app.get(AppConfig).STORAGE_DIR, stored.storageKey))).toBe(false);
  expectError(await t.http('GET', `/api/attachments/${photo}`, { token: claimant }), 404, 'NOT_FOUND');
  expect((await detail(c.id)).body.match).toMatchObject({ deedPhoto: 'deleted', deedPhotoId: null });
  // A pending claim's photo stays: its 30 days have not begun.
  const pendingPhoto = await uploadDeedPhoto(t, yulin, claimant);
  await pendingClaim('v-sweep', U30_101, { deedPhotoId: pendingPhoto });
  await sweep.sweep(new Date(Date.now() + 365 * 86_400_000));
  expect(await t.dataSource.getRepository(Attachment).findOneBy({ id: pendingPhoto })).not.toBeNull();
});

test('a deed photo no claim cites (the claim did not match) is deleted 7 days after its upload', async () => {
  const guesser = await t.login('v-uncited');
  const own = Buffer.from(PNG);
  own.writeUInt32BE(9, 16);
  const photo = await uploadDeedPhoto(t, yulin, guesser, own);
  expectError(
    await claim(guesser, { building: '30栋', room: '101', ownerName: '方一', phoneLast4: '0000', deedPhotoId: photo }),
    422,
    'CLAIM_NOT_MATCHED',
  );
  const sweep = t.app.get(DeedPhotoSweep);
  await sweep.sweep(new Date(Date.now() + 6 * 86_400_000));
  expect(await t.dataSource.getRepository(Attachment).findOneBy({ id: photo })).not.toBeNull();
  await sweep.sweep(new Date(Date.now() + 8 * 86_400_000));
  expect(await t.dataSource.getRepository(Attachment).findOneBy({ id: photo })).toBeNull();
});

describe('only the admins who decide the compound’s claims see deed photos, matches and history', () => {
  let claimId: number;
  let photo: number;
  let claimantToken: string;
  beforeAll(async () => {
    // On 锦绣花园, where the demo's staff and residents hold roles: the file rule itself refuses them, not the guard.
    claimantToken = await t.login('v-access');
    photo = await uploadDeedPhoto(t, jinxiu, claimantToken);
    const created = await t.http<ClaimView>('POST', '/api/claims', {
      token: claimantToken,
      json: {
        compoundId: jinxiu,
        building: '3栋',
        room: '502',
        ownerName: '李秀英',
        phoneLast4: '5678',
        deedPhotoId: photo,
      },
    });
    expect(created.status).toBe(201);
    claimId = created.body.id;
    // Another community's admin.
    const other = await t.login('v-xinyuan-admin');
    await t.app.get(GrantService).grant({
      personId: (await me(other)).id,
      role: 'community_admin',
      placeId: t.demo!.communityIds.xinyuan,
    });
  });

  test('the community admin reads the photo, the match and the history', async () => {
    expect((await t.http('GET', `/api/attachments/${photo}`, { token: admin })).status).toBe(200);
    expect((await detail(claimId)).status).toBe(200);
    expect((await history(claimId)).status).toBe(200);
  });

  test('staff, the street, another community’s admin and other residents are refused', async () => {
    const staff = ['demo-property', 'demo-committee', 'demo-supervisor', 'demo-grid', 'demo-street-admin'];
    for (const who of [...staff, 'demo-owner', 'demo-resident', 'v-xinyuan-admin']) {
      const token = await t.login(who);
      const read = await t.http('GET', `/api/attachments/${photo}`, { token });
      // Those with a role in the compound get the answer a missing file gets; the other community's admin, the guard's.
      if (who === 'v-xinyuan-admin') expectError(read, 403, 'FORBIDDEN');
      else expectError(read, 404, 'NOT_FOUND');
      expectError(await detail(claimId, token), 403, 'FORBIDDEN');
      expectError(await history(claimId, token), 403, 'FORBIDDEN');
      expectError(
        await t.http('POST', `/api/admin/claims/${claimId}/revoke`, { token, json: { reason: '越权' } }),
        403,
        'FORBIDDEN',
      );
    }
    // The street admin lists the compound's claims, without their match.
    const street = await t.login('demo-street-admin');
    const listed = await t.http<ClaimView[]>('GET', '/api/admin/claims', { token: street });
    const seen = listed.body.find((c) => c.id === claimId);
    expect(seen).toBeDefined();
    expect(seen?.match).toBeNull();
  });

  test('a deed photo is uploaded only as an image, to a compound that exists', async () => {
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 not an image']), 'deed.pdf');
    const pdf = await t.http('POST', `/api/claims/deed-photos?compoundId=${yulin}`, {
      token: claimantToken,
      body: form,
    });
    expectError(pdf, 415, 'UNSUPPORTED_FILE');
    const png = new FormData();
    png.append('file', new Blob([Buffer.from('89504e47', 'hex')]), 'x.png');
    expectError(
      await t.http('POST', '/api/claims/deed-photos?compoundId=999999', { token: claimantToken, body: png }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await t.http('POST', '/api/claims/deed-photos', { token: claimantToken, body: png }),
      400,
      'VALIDATION_FAILED',
    );
  });
});
