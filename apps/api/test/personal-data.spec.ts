import type { AccountDisclosureDetail, AuditPage, MeResponse, OwnerVoteTallyView } from '@xiaoqu/shared';
import { Person } from '../src/identity/person.entity.js';
import { Complaint } from '../src/complaint/complaint.entities.js';
import { UnitClaim } from '../src/claim/unit-claim.entity.js';
import { UnitOwner } from '../src/place/unit-owner.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';
import { closeByClock, openVote } from './vote-helpers.js';

interface Export {
  profile: { id: number; name: string | null; phone: string | null };
  roles: { role: string }[];
  sessions: { current: boolean }[];
  unitsOwned: { unitId: number }[];
  unitClaims: { id: number }[];
  complaintsFiled: { id: number; text: string }[];
  complaintEvents: { complaintId: number }[];
  ballots: { voteId: number; choice: string }[];
  uploads: { id: number; fileName: string; sizeBytes: number }[];
}

describe('personal data rights (PIPL): export and account deletion', () => {
  let t: TestApp;
  let jinxiu: number;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    jinxiu = t.demo!.compoundIds.jinxiu;
    for (const who of ['demo-owner', 'demo-resident', 'demo-committee', 'demo-supervisor', 'demo-property'])
      tokens[who] = await t.login(who);
  });
  afterAll(() => t.close());

  const fileComplaint = async (token: string, text: string) => {
    const filed = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/complaints`, {
      token,
      json: { category: 'noise', text, photoIds: [] },
    });
    expect(filed.status).toBe(201);
    return filed.body.id;
  };
  const personRow = (id: number) => t.dataSource.getRepository(Person).findOneByOrFail({ id });

  test('the export holds the caller’s own things and nothing of anyone else’s, as a download that is not cached', async () => {
    const mine = await fileComplaint(tokens['demo-owner'], '我的诉求：电梯异响');
    const theirs = await fileComplaint(tokens['demo-resident'], '别人的诉求：楼道堆物');
    const vote = await openVote(t, jinxiu, tokens['demo-committee']);
    const cast = await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, {
      token: tokens['demo-owner'],
      json: { choice: 'agree' },
    });
    expect(cast.status).toBe(201);

    const answer = await t.http<Export>('GET', '/api/me/data', { token: tokens['demo-owner'] });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.json"$/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const data = answer.body;
    expect(data.profile).toMatchObject({ id: t.demo!.personIds['demo-owner'], name: expect.any(String) });
    expect(data.roles.map((r) => r.role).sort()).toEqual(['owner', 'resident']);
    expect(data.unitsOwned).toHaveLength(2);
    expect(data.sessions.some((s) => s.current)).toBe(true);
    expect(data.complaintsFiled.map((c) => c.id)).toEqual([mine]);
    expect(data.complaintEvents.every((e) => e.complaintId === mine)).toBe(true);
    expect(data.ballots).toEqual([expect.objectContaining({ voteId: vote.id, choice: 'agree' })]);
    const text = JSON.stringify(data);
    expect(text).not.toContain('别人的诉求');
    expect(text).not.toContain(`"complaintId":${theirs}`);
    const residentName = (await t.http<MeResponse>('GET', '/api/me', { token: tokens['demo-resident'] })).body.name;
    expect(text).not.toContain(residentName);

    // The committee member's uploads are theirs: names and sizes, never the bytes.
    const committee = await t.http<Export>('GET', '/api/me/data', { token: tokens['demo-committee'] });
    expect(committee.body.uploads).toContainEqual(
      expect.objectContaining({ fileName: 'notice.png', sizeBytes: expect.any(Number) }),
    );
    expect(JSON.stringify(committee.body.uploads)).not.toMatch(/storageKey|bytes"/);
    expect(committee.body.ballots).toEqual([]);
    expectError(await t.http('GET', '/api/me/data'), 401, 'UNAUTHENTICATED');
  });

  test('deleting needs the explicit confirmation', async () => {
    const token = tokens['demo-resident'];
    expectError(await t.http('DELETE', '/api/me', { token }), 400, 'ACCOUNT_DELETION_NOT_CONFIRMED');
    expectError(await t.http('DELETE', '/api/me', { token, json: {} }), 400, 'ACCOUNT_DELETION_NOT_CONFIRMED');
    expectError(
      await t.http('DELETE', '/api/me', { token, json: { confirm: '确定' } }),
      400,
      'ACCOUNT_DELETION_NOT_CONFIRMED',
    );
    expect((await t.http('GET', '/api/me', { token })).status).toBe(200);
  });

  test('deleting ends every session and role, removes name, phone and openid; ballots still count', async () => {
    const ownerId = t.demo!.personIds['demo-owner'];
    const second = await t.login('demo-owner');
    const vote = await openVote(t, jinxiu, tokens['demo-committee']);
    await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, { token: second, json: { choice: 'disagree' } });
    const complaintId = await fileComplaint(second, '删除账号之前提交的诉求');
    const pending = await t.dataSource
      .getRepository(UnitClaim)
      .save({ personId: ownerId, compoundId: jinxiu, unitId: null, status: 'pending', claimedNameSealed: 'x' });

    const deleted = await t.http('DELETE', '/api/me', { token: tokens['demo-owner'], json: { confirm: '注销' } });
    expect(deleted.status).toBe(204);
    for (const token of [tokens['demo-owner'], second])
      expectError(await t.http('GET', '/api/me', { token }), 401, 'UNAUTHENTICATED');

    const row = await personRow(ownerId);
    expect(row).toMatchObject({ nameSealed: null, phoneSealed: null, deletedAt: expect.any(Date) });
    expect(row.openid).not.toBe('demo-owner');
    const links = await t.dataSource.getRepository(UnitOwner).findBy({ personId: ownerId });
    expect(links.map((l) => l.endedAt)).toEqual([expect.any(Date), expect.any(Date)]);
    expect((await t.dataSource.getRepository(UnitClaim).findOneByOrFail({ id: pending.id })).status).toBe('rejected');
    // The complaint stays for the record.
    expect(await t.dataSource.getRepository(Complaint).existsBy({ id: complaintId })).toBe(true);

    await closeByClock(t, vote.id);
    const tally = await t.http<OwnerVoteTallyView>('GET', `/api/owner-votes/${vote.id}/tally`, {
      token: tokens['demo-committee'],
    });
    expect(tally.status).toBe(200);
    expect(tally.body.disagreed.headcount).toBe(1);
    expect(tally.body.participated.headcount).toBe(1);
  });

  test('logging in again with the same WeChat account makes a new person with nothing of the old one', async () => {
    const token = await t.login('demo-owner');
    const me = await t.http<MeResponse>('GET', '/api/me', { token });
    expect(me.body.id).not.toBe(t.demo!.personIds['demo-owner']);
    expect(me.body).toMatchObject({ name: null, phone: null, roles: [], units: [] });
  });

  test('a record the person wrote shows 已注销用户; their audit entries stay, marked deleted', async () => {
    const draft = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
      token: tokens['demo-property'],
      json: { periodKey: '2025-06' },
    });
    const note = await t.http('POST', `/api/account-disclosures/${draft.body.id}/notes`, {
      token: tokens['demo-supervisor'],
      json: { text: '请补充电梯维保合同' },
    });
    expect(note.status).toBe(201);
    const deleted = await t.http('DELETE', '/api/me', { token: tokens['demo-supervisor'], json: { confirm: '注销' } });
    expect(deleted.status).toBe(204);

    const detail = await t.http<AccountDisclosureDetail>('GET', `/api/account-disclosures/${draft.body.id}`, {
      token: tokens['demo-property'],
    });
    expect(detail.body.reviewNotes).toEqual([
      expect.objectContaining({ authorName: '已注销用户', text: '请补充电梯维保合同', role: 'supervisor' }),
    ]);
    const audit = await t.http<AuditPage>(
      'GET',
      `/api/places/${t.demo!.communityIds.fanghua}/audit?personId=${t.demo!.personIds['demo-supervisor']}`,
      { token: await t.login('demo-community-admin') },
    );
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        route: 'POST /api/account-disclosures/:disclosureId/notes',
        role: 'supervisor',
        personName: '已注销用户',
        personDeleted: true,
      }),
    ]);
  });
});
