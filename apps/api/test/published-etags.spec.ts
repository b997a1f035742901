import { jest } from '@jest/globals';
import type { OwnerVoteResultView, ProposalView, ServiceDisclosureView } from '@xiaoqu/shared';
import { voucherPdf } from '../src/demo/demo-disclosures.js';
import { VoteCount } from '../src/deliberation/votes/vote-count.service.js';
import { ServiceDisclosureService } from '../src/disclosure/service/service-disclosure.service.js';
import { expectError, startTestApp, type HttpAnswer, type TestApp } from './test-app.js';
import { closeByClock, openVote, runSchedulerAfter } from './vote-helpers.js';

let t: TestApp;
let jinxiu: number;
let owner: string;
let resident: string;
let committee: string;
let property: string;
/** An owner of another compound (翠柳苑): a member of the platform, not of 锦绣花园. */
let outsider: string;

beforeAll(async () => {
  t = await startTestApp({ disclosures: true });
  jinxiu = t.demo!.compoundIds.jinxiu;
  owner = await t.login('demo-owner');
  resident = await t.login('demo-resident');
  committee = await t.login('demo-committee');
  property = await t.login('demo-property');
  outsider = await t.login('demo-owner-2');
}, 60_000);
afterAll(() => t.close());

const read = <T>(path: string, token: string, etag?: string): Promise<HttpAnswer<T>> =>
  t.http<T>('GET', path, { token, headers: etag ? { 'if-none-match': etag } : {} });

const expectUntagged = (answer: HttpAnswer) => {
  expect(answer.status).toBe(200);
  expect(answer.headers.get('etag')).toBeNull();
  expect(answer.headers.get('cache-control')).toBe('no-store');
};

const expectNotModified = (answer: HttpAnswer) => {
  expect(answer.status).toBe(304);
  expect(answer.body).toBeNull(); // no body at all
};

/** A result held on the official e-voting system, imported into 锦绣花园: final at once, published on the chain. */
async function importOfficial(): Promise<number> {
  const proposal = await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
    token: committee,
    json: { title: '使用维修资金更换电梯', body: '已在省业主电子投票系统表决。' },
  });
  const form = new FormData();
  form.append('file', new Blob([voucherPdf('官方表决结果')]), 'result.pdf');
  const doc = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/attachments`, {
    token: committee,
    body: form,
  });
  const imported = await t.http<{ id: number }>('POST', `/api/proposals/${proposal.body.id}/official-result`, {
    token: committee,
    json: {
      matterNo: 6,
      externalRef: `SC-2026-${proposal.body.id}`,
      closedAt: new Date(Date.now() - 86400_000).toISOString(),
      total: { areaCentiM2: 12_000_000, headcount: 1000 },
      agreed: { areaCentiM2: 6_000_000, headcount: 600 },
      disagreed: { areaCentiM2: 1_500_000, headcount: 150 },
      abstained: { areaCentiM2: 500_000, headcount: 50 },
      attachmentIds: [doc.body.id],
    },
  });
  expect(imported.status).toBe(201);
  return imported.body.id;
}

describe("a vote's result", () => {
  const result = (voteId: number, token: string, etag?: string) =>
    read<OwnerVoteResultView>(`/api/owner-votes/${voteId}/result`, token, etag);

  test('is live while open and preliminary; once final it is tagged with its final link and answers 304', async () => {
    const vote = await openVote(t, jinxiu, committee);
    expect(
      (await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, { token: owner, json: { choice: 'agree' } })).status,
    ).toBe(201);
    const open = await result(vote.id, owner, '*');
    expectUntagged(open); // nothing to match while it may change, not even `*`
    expect(open.body.vote.status).toBe('open');

    await closeByClock(t, vote.id);
    const preliminary = await result(vote.id, owner);
    expectUntagged(preliminary);
    expect(preliminary.body.vote.resultStage).toBe('preliminary');
    expect(preliminary.body.publication?.hash).toMatch(/^[0-9a-f]{64}$/);

    await runSchedulerAfter(t, 8); // the objection period ends with no objection: final
    const final = await result(vote.id, owner);
    expect(final.status).toBe(200);
    expect(final.body.vote.resultStage).toBe('final');
    const etag = final.headers.get('etag')!;
    expect(etag).toBe(`W/"${final.body.finalPublication!.hash}"`);
    expect(final.headers.get('cache-control')).toBe('private, no-cache');

    expectNotModified(await result(vote.id, owner, etag));
    expectNotModified(await result(vote.id, owner, etag.slice(2))); // weak comparison: the strong form matches too
    expectNotModified(await result(vote.id, resident, `"other", ${etag}`));
    // Every member of the compound reads the same version.
    for (const token of [resident, committee, property])
      expect((await result(vote.id, token)).headers.get('etag')).toBe(etag);
    expect((await result(vote.id, owner, `W/"${final.body.publication!.hash}"`)).status).toBe(200);
  });

  test('an imported official result is tagged at once with its result link, and rendered once', async () => {
    const voteId = await importOfficial();
    const first = await result(voteId, owner);
    expect(first.status).toBe(200);
    expect(first.body.vote).toMatchObject({ channel: 'official', resultStage: 'final' });
    expect(first.headers.get('etag')).toBe(`W/"${first.body.publication!.hash}"`);
    const renders = jest.spyOn(t.app.get(VoteCount), 'result');
    try {
      for (let i = 0; i < 3; i++) expect((await result(voteId, resident)).body).toEqual(first.body);
      expectNotModified(await result(voteId, committee, first.headers.get('etag')!));
      expect(renders).not.toHaveBeenCalled();
    } finally {
      renders.mockRestore();
    }
  });

  test('a caller of another compound is refused, not told 304, even holding the right tag', async () => {
    const voteId = await importOfficial();
    const etag = (await result(voteId, owner)).headers.get('etag')!;
    expect(etag).toBeTruthy();
    const refused = await result(voteId, outsider, etag);
    expectError(refused, 403, 'FORBIDDEN');
    expect(refused.headers.get('etag')).toBeNull();
  });
});

describe('the service disclosure', () => {
  const path = () => `/api/compounds/${jinxiu}/service-disclosure`;
  const published = (token: string, etag?: string) => read<ServiceDisclosureView>(path(), token, etag);
  const addWorkRecord = async (description: string) => {
    const answer = await t.http('POST', `/api/compounds/${jinxiu}/work-records`, {
      token: property,
      json: { kind: 'cleaning', doneOn: new Date().toISOString().slice(0, 10), description, photoIds: [] },
    });
    expect(answer.status).toBe(201);
  };

  const saveDraft = async () => {
    const saved = await t.http<ServiceDisclosureView>('PUT', `${path()}/draft`, {
      token: property,
      json: {
        company: '成都锦城物业服务有限公司',
        contractStart: '2026-01-01',
        contractEnd: '2028-12-31',
        serviceLevel: '二级',
        feeStandardFenPerM2Month: 260,
        staffPosts: [{ post: '保安', headcount: 6 }],
        items: [{ name: '楼道清洁', frequency: '每日' }],
      },
    });
    expect(saved.status).toBe(200);
  };

  test('the published one is tagged and answers 304 to every member holding its tag', async () => {
    const first = await published(resident);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('published');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expectNotModified(await published(resident, etag));
    expectNotModified(await published(owner, etag));
    expect((await published(property)).headers.get('etag')).toBe(etag);
  });

  test('the draft is read live, untagged, and does not touch the published tag', async () => {
    const before = (await published(resident)).headers.get('etag')!;
    await saveDraft();
    const draft = await read<ServiceDisclosureView>(`${path()}/draft`, property, '*');
    expectUntagged(draft);
    expect(draft.body).toMatchObject({ status: 'draft', feeStandardFenPerM2Month: 260 });
    expectNotModified(await published(resident, before));
  });

  test('a new work record shows at once under a new tag; an unrelated publication keeps the tag', async () => {
    const before = await published(resident);
    const etag = before.headers.get('etag')!;
    await addWorkRecord('电梯年检');
    const after = await published(resident, etag);
    expect(after.status).toBe(200);
    expect(after.body.workRecords).toHaveLength(before.body.workRecords.length + 1);
    expect(after.body.workRecords.map((w) => w.description)).toContain('电梯年检');
    const newer = after.headers.get('etag')!;
    expect(newer).not.toBe(etag);

    // Another publication of the compound moves its chain: the page is read again, and is the same version.
    const services = t.app.get(ServiceDisclosureService);
    const renders = jest.spyOn(services, 'current');
    try {
      expectNotModified(await published(resident, newer));
      expect(renders).not.toHaveBeenCalled();
      await importOfficial();
      expectNotModified(await published(resident, newer));
      expect(renders).toHaveBeenCalledTimes(1);
    } finally {
      renders.mockRestore();
    }
  });

  test('publishing the draft replaces the page under a new tag', async () => {
    const etag = (await published(resident)).headers.get('etag')!;
    await saveDraft();
    expect((await t.http('POST', `${path()}/publish`, { token: property })).status).toBe(200);
    const after = await published(resident, etag);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ status: 'published', feeStandardFenPerM2Month: 260 });
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  test('a caller of another compound is refused, not told 304, even holding the right tag', async () => {
    const etag = (await published(resident)).headers.get('etag')!;
    const refused = await published(outsider, etag);
    expectError(refused, 403, 'FORBIDDEN');
    expect(refused.headers.get('etag')).toBeNull();
  });
});
