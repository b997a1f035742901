import { Like } from 'typeorm';
import type { BallotReceipt, OwnerVoteTallyView, OwnerVoteView, ProposalView, TallyBallot } from '@xiaoqu/shared';
import { AccessService } from '../src/identity/access.service.js';
import { Person } from '../src/identity/person.entity.js';
import { UnitOwner } from '../src/place/unit-owner.entity.js';
import { Unit } from '../src/place/unit.entity.js';
import { Ballot } from '../src/deliberation/deliberation.entities.js';
import { startTestApp, type TestApp } from './test-app.js';
import { closeByClock, upload } from './vote-helpers.js';

const OWNERS = 1000;
let t: TestApp;
afterAll(() => t?.close());

/**
 * 1,000 owners cast at once over real HTTP, each retrying with the same Idempotency-Key when an answer is lost
 * (here: every tenth owner sends its request twice in parallel, as a client retrying on a timeout would).
 * Run on MariaDB by the CI; on SQLite the writes serialise, and the result must be the same.
 */
test('1,000 owners casting at once, with retries: an exact tally and no duplicate ballots', async () => {
  t = await startTestApp();
  const jinxiu = t.demo!.compoundIds.jinxiu;
  // One unit per distinct owner key (not the developer), and a verified person for each.
  const units = await t.dataSource
    .getRepository(Unit)
    .find({ where: { compoundId: jinxiu, developerUnsold: false }, order: { id: 'ASC' } });
  const byKey = new Map<string, Unit>();
  for (const u of units) if (!byKey.has(u.ownerKey)) byKey.set(u.ownerKey, u);
  const chosen = [...byKey.values()].slice(0, OWNERS);
  expect(chosen).toHaveLength(OWNERS);
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / 200) }, (_, i) => rows.slice(i * 200, i * 200 + 200));
  for (const rows of chunks(chosen.map((_, i) => ({ openid: `bulk-owner-${i}` }))))
    await t.dataSource.createQueryBuilder().insert().into(Person).values(rows).updateEntity(false).execute();
  const people = await t.dataSource
    .getRepository(Person)
    .find({ where: { openid: Like('bulk-owner-%') }, order: { id: 'ASC' } });
  const personOf = new Map(people.map((p) => [p.openid, p.id]));
  const links = chosen.map((u, i) => ({
    personId: personOf.get(`bulk-owner-${i}`)!,
    unitId: u.id,
    ownerKey: u.ownerKey,
    claimId: null,
  }));
  for (const rows of chunks(links))
    await t.dataSource.createQueryBuilder().insert().into(UnitOwner).values(rows).updateEntity(false).execute();
  for (const p of people)
    await t.dataSource.query(`INSERT INTO role_grant (personId, role, placeId, gridKey) VALUES (?, 'owner', ?, 0)`, [
      p.id,
      jinxiu,
    ]);
  const access = t.app.get(AccessService);
  const tokens = await Promise.all(people.map(async (p) => (await access.issueSession(p.id)).token));

  const committee = await t.login('demo-committee');
  const proposal = await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
    token: committee,
    json: { title: '增设电动车充电棚', body: '在3栋北侧增设充电棚。' },
  });
  const vote = (
    await t.http<OwnerVoteView>('POST', `/api/proposals/${proposal.body.id}/owner-vote`, {
      token: committee,
      json: {
        matterNo: 8,
        closesAt: new Date(Date.now() + 86400_000).toISOString(),
        secret: true,
        noticePostedAt: new Date(Date.now() - 16 * 86400_000).toISOString(),
        noticeAttachmentId: await upload(t, jinxiu, committee),
      },
    })
  ).body;

  const choices: TallyBallot['choice'][] = ['agree', 'agree', 'agree', 'disagree', 'abstain'];
  const choiceOf = (i: number) => choices[i % choices.length];
  const cast = async (i: number): Promise<BallotReceipt> => {
    for (let attempt = 0; ; attempt++) {
      // A connection reset under a thousand simultaneous connections is retried like a 5xx, with the same key.
      const answer = await t
        .http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/ballots`, {
          token: tokens[i],
          json: { choice: choiceOf(i) },
          headers: { 'idempotency-key': `bulk-${vote.id}-${i}` },
        })
        .catch((error: unknown) => {
          if (attempt >= 5) throw error;
          return { status: 599, body: null };
        });
      if (answer.status === 201) return answer.body as BallotReceipt;
      if (attempt >= 5 || answer.status < 500)
        throw new Error(`owner ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  };
  const receipts = await Promise.all(
    Array.from({ length: OWNERS }, (_, i) =>
      i % 10 === 0
        ? Promise.all([cast(i), cast(i)]).then(([a, b]) => (expect(b.receiptCode).toBe(a.receiptCode), a))
        : cast(i),
    ),
  );
  expect(new Set(receipts.map((r) => r.receiptCode)).size).toBe(OWNERS);
  expect(await t.dataSource.getRepository(Ballot).count({ where: { voteId: vote.id } })).toBe(OWNERS);

  await closeByClock(t, vote.id);
  const tally = (await t.http<OwnerVoteTallyView>('GET', `/api/owner-votes/${vote.id}/tally`, { token: committee }))
    .body;
  // An owner's ballot covers every unit of their key (some own several).
  const keyArea = new Map<string, number>();
  for (const u of units) keyArea.set(u.ownerKey, (keyArea.get(u.ownerKey) ?? 0) + u.areaCentiM2);
  const areaOf = (pick: (i: number) => boolean) =>
    chosen.reduce((s, u, i) => s + (pick(i) ? keyArea.get(u.ownerKey)! : 0), 0);
  expect(tally.agreed).toEqual({ headcount: 600, areaCentiM2: areaOf((i) => choiceOf(i) === 'agree') });
  expect(tally.disagreed).toEqual({ headcount: 200, areaCentiM2: areaOf((i) => choiceOf(i) === 'disagree') });
  expect(tally.abstained).toEqual({ headcount: 200, areaCentiM2: areaOf((i) => choiceOf(i) === 'abstain') });
  expect(tally.rule).toBe('three-quarters');
}, 180_000);
