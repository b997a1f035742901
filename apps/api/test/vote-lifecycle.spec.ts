import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import {
  tallyChoice,
  type BallotReceipt,
  type BallotRecordView,
  type ChoiceBallot,
  type ChoiceTallyView,
  type ClaimView,
  type MatterNo,
  type ObjectionView,
  type OwnerMergeView,
  type OwnerVoteResultView,
  type OwnerVoteTallyView,
  type OwnerVoteView,
  type ProposalTimelineView,
  type ProposalView,
  type RosterImportResult,
  type UnitChoiceView,
  type VerifyResult,
  type VoteBasisView,
  type VoteCorrectionView,
  type VoteTurnoutView,
} from '@xiaoqu/shared';
import { Publication } from '../src/disclosure/disclosure.entities.js';
import { PublicationService } from '../src/disclosure/publication/publication.service.js';
import { Ballot, OwnerVote, VoteRoll } from '../src/deliberation/deliberation.entities.js';
import { VoteLifecycle } from '../src/deliberation/votes/vote-lifecycle.service.js';
import { VoteCount } from '../src/deliberation/votes/vote-count.service.js';
import { VoteReminders } from '../src/deliberation/votes/vote-reminders.js';
import { VoteService } from '../src/deliberation/votes/vote.service.js';
import { Notification } from '../src/notification/notification.entity.js';
import { PiiCipher } from '../src/common/crypto/pii-cipher.js';
import { Unit } from '../src/place/unit.entity.js';
import { expectError, onMysql, startTestApp, type HttpAnswer, type TestApp } from './test-app.js';
import { approveWithDeedPhoto } from './claim-helpers.js';
import { closeByClock, openVote, raiseProposal, runSchedulerAfter, upload } from './vote-helpers.js';

const DAY = 24 * 3600_000;
const OPTIONS = ['续聘A物业', '选聘B物业', '选聘C物业'];

let t: TestApp;
let jinxiu: number;
let yulin: number;
const token: Record<string, string> = {};
const PERSONAS = [
  'demo-committee',
  'demo-community-admin',
  'demo-owner',
  'demo-resident',
  'demo-owner-2',
  'demo-street-admin',
  'demo-property',
] as const;
let committee: string;
let admin: string;
let owner: string;
let resident: string;

beforeAll(async () => {
  t = await startTestApp();
  jinxiu = t.demo!.compoundIds.jinxiu;
  yulin = t.demo!.compoundIds.yulin;
  for (const persona of PERSONAS) token[persona] = await t.login(persona);
  committee = token['demo-committee'];
  admin = token['demo-community-admin'];
  owner = token['demo-owner'];
  resident = token['demo-resident'];
}, 120_000);
afterAll(() => t.close());

const personId = (openid: string) => t.demo!.personIds[openid];
const get = <T>(path: string, as: string) => t.http<T>('GET', path, { token: as });
const post = <T>(path: string, as: string, json?: unknown) =>
  t.http<T>('POST', path, { token: as, ...(json === undefined ? {} : { json }) });
const ok = <T>(answer: HttpAnswer<T>, status = 200): T => {
  expect({ status: answer.status, body: answer.body }).toEqual({ status, body: expect.anything() });
  return answer.body;
};

const voteView = async (voteId: number) =>
  ok(await get<OwnerVoteResultView>(`/api/owner-votes/${voteId}/result`, owner)).vote;
const result = async (voteId: number, as = owner) =>
  ok(await get<OwnerVoteResultView>(`/api/owner-votes/${voteId}/result`, as));
const tally = async (voteId: number) => ok(await get<OwnerVoteTallyView>(`/api/owner-votes/${voteId}/tally`, owner));
const turnout = async (voteId: number) =>
  ok(await get<VoteTurnoutView>(`/api/owner-votes/${voteId}/turnout`, resident));
const cast = (voteId: number, json: object, as = owner) =>
  post<BallotReceipt>(`/api/owner-votes/${voteId}/ballots`, as, json);
const timeline = async (proposalId: number) =>
  ok(await get<ProposalTimelineView>(`/api/proposals/${proposalId}/timeline`, owner)).events;
const verify = async (compoundId = jinxiu) =>
  ok(await get<VerifyResult>(`/api/compounds/${compoundId}/disclosures/verify`, owner));
const links = (kind: Publication['kind'], subjectId: number) =>
  t.dataSource.getRepository(Publication).find({ where: { kind, subjectId } });
const notices = (topic: string, subjectId: number) =>
  t.dataSource.getRepository(Notification).find({ where: { topic, subjectId } });
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // China date

const unitAt = (building: string, room: string, compoundId = jinxiu) =>
  t.dataSource
    .getRepository(Unit)
    .createQueryBuilder('u')
    .innerJoin('u.building', 'b')
    .where('u.compoundId = :compoundId AND b.name = :building AND u.room = :room', { compoundId, building, room })
    .getOneOrFail();

/** The area a vote's frozen roll gives an owner key (all its units). */
const rollArea = async (voteId: number, ownerKey: string) =>
  (await t.dataSource.getRepository(VoteRoll).find({ where: { voteId, ownerKey } })).reduce(
    (sum, r) => sum + r.areaCentiM2,
    0,
  );

async function paperBallot(voteId: number, unitId: number, choice: object) {
  const scanAttachmentId = await upload(t, jinxiu, committee, 'ballot.png');
  return ok(
    await post<BallotReceipt>(`/api/owner-votes/${voteId}/paper-ballots`, committee, {
      unitId,
      ...choice,
      method: 'paper',
      signedOn: today(),
      scanAttachmentId,
    }),
    201,
  );
}

/**
 * Closes a vote as a scheduler that was down would: its closing time `daysAgo` days back, only the closing step run
 * (not the finalising one), so that the objection period may already be over when it is published.
 */
async function closeLate(voteId: number, daysAgo: number): Promise<void> {
  await t.dataSource
    .getRepository(OwnerVote)
    .update({ id: voteId }, { closesAt: new Date(Date.now() - daysAgo * DAY) });
  await t.app.get(VoteLifecycle).closeDue(Date.now());
}

function objection(voteId: number, json: object, as = owner) {
  return post<ObjectionView>(`/api/owner-votes/${voteId}/objections`, as, json);
}

describe('nobody closes a vote before its closing time', () => {
  test('organisers get 409 VOTE_STILL_OPEN and the vote stays open; at its time closing by hand does what the clock does', async () => {
    const vote = await openVote(t, jinxiu, committee);
    for (const as of [committee, admin])
      expectError(await post(`/api/owner-votes/${vote.id}/close`, as), 409, 'VOTE_STILL_OPEN');
    expectError(await post(`/api/owner-votes/${vote.id}/close`, owner), 403, 'FORBIDDEN');
    expect(await voteView(vote.id)).toMatchObject({ status: 'open', closedAt: null, resultStage: null });
    expect(await links('vote_result', vote.id)).toEqual([]);
    expect(ok(await cast(vote.id, { choice: 'agree' }), 201).receiptCode).toBeTruthy();

    await t.dataSource.getRepository(OwnerVote).update({ id: vote.id }, { closesAt: new Date(Date.now() - 1000) });
    const closed = ok(await post<OwnerVoteView>(`/api/owner-votes/${vote.id}/close`, committee));
    expect(closed).toMatchObject({ status: 'closed', resultStage: 'preliminary' });
    expect(await links('vote_result', vote.id)).toHaveLength(1);
    expectError(await post(`/api/owner-votes/${vote.id}/close`, committee), 409, 'VOTE_CLOSED');
  });
});

describe('the scheduler closes a vote at its closing time and publishes it, once', () => {
  test('two schedulers at once: one result link, one timeline event, one notice to each owner', async () => {
    const vote = await openVote(t, jinxiu, committee);
    await cast(vote.id, { choice: 'agree' });
    await t.dataSource.getRepository(OwnerVote).update({ id: vote.id }, { closesAt: new Date(Date.now() - 1000) });
    const scheduler = t.app.get(VoteReminders);
    const now = Date.now();
    await Promise.all([scheduler.run(now), scheduler.run(now)]);

    expect(await links('vote_result', vote.id)).toHaveLength(1);
    const closed = await voteView(vote.id);
    expect(closed).toMatchObject({ status: 'closed', resultStage: 'preliminary', finalAt: null });
    expect(closed.closedAt).toBe(closed.closesAt);
    expect(Date.parse(closed.objectionEndsAt!)).toBe(Date.parse(closed.closesAt) + 7 * DAY);
    const events = (await timeline(vote.proposalId)).filter((e) => e.kind === 'vote_closed');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorRole: '系统' });
    expect(events[0].text).toContain('询异公示至');
    expect((await notices('vote_result', vote.id)).map((n) => n.personId)).toEqual([
      personId('demo-owner'),
      personId('demo-committee'),
    ]);
    expect(ok(await get<ProposalView>(`/api/proposals/${vote.proposalId}`, owner)).stage).toBe('published');

    // A third run later finds nothing to do.
    await scheduler.run(Date.now());
    expect(await links('vote_result', vote.id)).toHaveLength(1);
    expect((await verify()).ok).toBe(true);
  });
  // Two replicas each running the closing step at once, each on its own connection: the conditional UPDATE lets one
  // through. (In one process runs are queued; SQLite has one connection for all transactions.)
  (onMysql ? test : test.skip)('two closing steps at once on separate connections publish once', async () => {
    const vote = await openVote(t, jinxiu, committee);
    await cast(vote.id, { choice: 'agree' });
    await t.dataSource.getRepository(OwnerVote).update({ id: vote.id }, { closesAt: new Date(Date.now() - 1000) });
    const lifecycle = t.app.get(VoteLifecycle);
    const now = Date.now();
    const closed = await Promise.all([lifecycle.closeDue(now), lifecycle.closeDue(now), lifecycle.closeDue(now)]);
    expect(closed.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await links('vote_result', vote.id)).toHaveLength(1);
    expect((await timeline(vote.proposalId)).filter((e) => e.kind === 'vote_closed')).toHaveLength(1);
    expect((await verify()).ok).toBe(true);
  });
  test('two schedulers at once remind each owner once that a vote has opened', async () => {
    const vote = await openVote(t, jinxiu, committee);
    const scheduler = t.app.get(VoteReminders);
    const now = Date.now();
    await Promise.all([scheduler.run(now), scheduler.run(now)]);
    expect((await notices('vote_opened', vote.id)).map((n) => n.personId)).toEqual([
      personId('demo-owner'),
      personId('demo-committee'),
    ]);
  });
});

describe('the count read after closing is the one published', () => {
  // A close racing ballots at the closing instant: the close's UPDATE waits for ballots holding the vote row and turns
  // later ones away, so whatever was accepted is in the published result. Row locks are MySQL's; SQLite has one
  // writer and the demo runs it alone.
  const onMysqlOnly = onMysql ? test : test.skip;
  onMysqlOnly('ballots racing the close are each either in the published result or refused', async () => {
    const vote = await openVote(t, jinxiu, committee);
    const choices = ['agree', 'disagree', 'abstain', 'agree', 'disagree', 'agree'];
    const racing = choices.map(async (choice, i) => {
      await new Promise((r) => setTimeout(r, i * 15));
      return cast(vote.id, { choice });
    });
    const closing = (async () => {
      await new Promise((r) => setTimeout(r, 40));
      await t.dataSource.getRepository(OwnerVote).update({ id: vote.id }, { closesAt: new Date(Date.now() - 1000) });
      await t.app.get(VoteLifecycle).closeDue(Date.now());
    })();
    const answers = await Promise.all(racing);
    await closing;
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    const closed = await t.dataSource.getRepository(OwnerVote).findOneByOrFail({ id: vote.id });
    const published = await t.app.get(VoteCount).partsAsOf(t.dataSource.manager, closed, null);
    const part = (key: string) => published.byChoice.get(key) ?? { areaCentiM2: 0, headcount: 0 };
    const read = await tally(vote.id);
    expect({ agreed: read.agreed, disagreed: read.disagreed, abstained: read.abstained }).toEqual({
      agreed: part('agree'),
      disagreed: part('disagree'),
      abstained: part('abstain'),
    });
    // One owner, one head: whichever of the accepted ballots came last, exactly one counts.
    const heads = read.agreed.headcount + read.disagreed.headcount + read.abstained.headcount;
    expect(heads).toBe(answers.some((a) => a.status === 201) ? 1 : 0);
    expect((await verify()).ok).toBe(true);
  });
});

describe('nothing of the count while a vote is open', () => {
  const roles = ['demo-owner', 'demo-resident', 'demo-committee', 'demo-community-admin', 'demo-street-admin'];

  test('no role reads a figure or a choice; turnout is public; after closing, the tally and each unit’s choice', async () => {
    const vote = await openVote(t, jinxiu, committee, { secret: false });
    ok(await cast(vote.id, { choice: 'disagree' }), 201);
    ok(await cast(vote.id, { choice: 'agree' }), 201);
    const u101 = await unitAt('1栋', '101');
    const ownerArea = await rollArea(vote.id, u101.ownerKey);

    for (const persona of roles) {
      const as = token[persona];
      expectError(await get(`/api/owner-votes/${vote.id}/tally`, as), 409, 'VOTE_COUNT_SEALED');
      // Residents who own nothing never read each unit's choice; the others not before the close.
      const [status, code] = persona === 'demo-resident' ? [403, 'FORBIDDEN'] : [409, 'VOTE_COUNT_SEALED'];
      expectError(await get(`/api/owner-votes/${vote.id}/choices`, as), status, code);
      const sealed = await result(vote.id, as);
      expect(sealed).toMatchObject({ tally: null, choiceTally: null, explanation: [], publication: null });
      expect(JSON.stringify(sealed)).not.toMatch(/agreed|abstained|participated|approvalMet/);
    }
    for (const as of [committee, admin]) {
      const records = ok(await get<BallotRecordView[]>(`/api/owner-votes/${vote.id}/ballots`, as));
      expect(records).toHaveLength(2);
      for (const r of records) expect(r).toMatchObject({ choice: null, optionId: null });
    }
    const open = await turnout(vote.id);
    expect(open.participated).toEqual({ headcount: 1, areaCentiM2: ownerArea });
    expect(open.total).toEqual({ headcount: vote.roll.headcount, areaCentiM2: vote.roll.areaCentiM2 });
    expect(open.buildings.find((b) => b.building === '1栋')).toMatchObject({
      votedUnits: 2,
      votedAreaCentiM2: ownerArea,
    });
    expect(JSON.stringify(open)).not.toMatch(/agree/);

    await closeByClock(t, vote.id);
    const closed = await tally(vote.id);
    expect(closed.agreed).toEqual({ headcount: 1, areaCentiM2: ownerArea });
    expect(closed.disagreed).toEqual({ headcount: 0, areaCentiM2: 0 });
    const choices = ok(await get<UnitChoiceView[]>(`/api/owner-votes/${vote.id}/choices`, token['demo-street-admin']));
    expectError(await get(`/api/owner-votes/${vote.id}/choices`, resident), 403, 'FORBIDDEN');
    expect(choices).toEqual([
      { unit: '1栋 101', choice: 'agree', option: null },
      { unit: '1栋 102', choice: 'agree', option: null },
    ]);
    const records = ok(await get<BallotRecordView[]>(`/api/owner-votes/${vote.id}/ballots`, committee));
    expect(records.map((r) => [r.choice, r.counted])).toEqual([
      ['disagree', false],
      ['agree', true],
    ]);
  });

  test('a secret vote never lists the units’ choices, even closed', async () => {
    const vote = await openVote(t, jinxiu, committee, { secret: true });
    await cast(vote.id, { choice: 'agree' });
    await closeByClock(t, vote.id);
    expect((await tally(vote.id)).agreed.headcount).toBe(1);
    expectError(await get(`/api/owner-votes/${vote.id}/choices`, owner), 403, 'FORBIDDEN');
    const records = ok(await get<BallotRecordView[]>(`/api/owner-votes/${vote.id}/ballots`, committee));
    expect(records.map((r) => r.choice)).toEqual([null]);
  });
});

describe('terminating (中止) voids a vote with a reason and reveals nothing', () => {
  test('the vote is void, recorded on the chain without a count, sealed for ever, and owners are told', async () => {
    const vote = await openVote(t, jinxiu, committee, { secret: false });
    await cast(vote.id, { choice: 'agree' });
    const reason = '物业服务合同已被法院判决解除，本次续聘表决失去意义';
    expectError(
      await post(`/api/owner-votes/${vote.id}/terminate`, committee, { reason: '不想' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await post(`/api/owner-votes/${vote.id}/terminate`, owner, { reason }), 403, 'FORBIDDEN');

    const terminated = ok(await post<OwnerVoteView>(`/api/owner-votes/${vote.id}/terminate`, committee, { reason }));
    expect(terminated).toMatchObject({
      status: 'terminated',
      resultStage: null,
      termination: { reason, byRole: 'committee_member', at: expect.any(String) },
    });
    expect(ok(await get<ProposalView>(`/api/proposals/${vote.proposalId}`, owner)).stage).toBe('terminated');

    const [link] = await links('vote_terminated', vote.id);
    expect(link).toBeDefined();
    expect(await links('vote_result', vote.id)).toEqual([]);
    const content = await (
      t.app.get(PublicationService) as unknown as {
        content(manager: EntityManager, kind: string, subjectId: number): Promise<Record<string, unknown>>;
      }
    ).content(t.dataSource.manager, 'vote_terminated', vote.id);
    expect(content).toMatchObject({ kind: 'vote_terminated', reason, terminatedByRole: 'committee_member' });
    expect(JSON.stringify(content)).not.toMatch(/agree|disagree|abstain|headcount|areaCentiM2|participat|option/);
    expect((await verify()).ok).toBe(true);

    const [event] = (await timeline(vote.proposalId)).filter((e) => e.kind === 'vote_terminated');
    expect(event.text).toContain(reason);
    expect(event.text).toContain(`第 ${link.seq} 号公示`);
    expect(event.actorRole).toBe('业委会成员');

    for (const as of [owner, committee, admin]) {
      expectError(await get(`/api/owner-votes/${vote.id}/tally`, as), 409, 'VOTE_COUNT_SEALED');
      expectError(await get(`/api/owner-votes/${vote.id}/choices`, as), 409, 'VOTE_COUNT_SEALED');
      expect(await result(vote.id, as)).toMatchObject({ tally: null, choiceTally: null, explanation: [] });
    }
    const records = ok(await get<BallotRecordView[]>(`/api/owner-votes/${vote.id}/ballots`, committee));
    expect(records.map((r) => r.choice)).toEqual([null]);
    expectError(await cast(vote.id, { choice: 'disagree' }), 409, 'VOTE_CLOSED');
    expectError(await post(`/api/owner-votes/${vote.id}/close`, committee), 409, 'VOTE_CLOSED');
    expectError(await post(`/api/owner-votes/${vote.id}/terminate`, admin, { reason }), 409, 'VOTE_CLOSED');
    // Its closing time passing later changes nothing.
    await t.app.get(VoteLifecycle).closeDue(Date.parse(vote.closesAt) + 1000);
    expect((await voteView(vote.id)).status).toBe('terminated');
    expect(await links('vote_result', vote.id)).toEqual([]);
    expectError(await get(`/api/owner-votes/${vote.id}/tally`, committee), 409, 'VOTE_COUNT_SEALED');

    expect((await notices('vote_terminated', vote.id)).map((n) => n.personId)).toContain(personId('demo-owner'));
  });

  test('once its closing time has come, it is no longer terminated: it closes and its result is published', async () => {
    const vote = await openVote(t, jinxiu, committee);
    await cast(vote.id, { choice: 'disagree' });
    await t.dataSource.getRepository(OwnerVote).update({ id: vote.id }, { closesAt: new Date(Date.now() - 1000) });
    const reason = '反对票太多，决定中止本次表决';
    expectError(await post(`/api/owner-votes/${vote.id}/terminate`, committee, { reason }), 409, 'VOTE_CLOSED');
    expect(await links('vote_terminated', vote.id)).toEqual([]);
    await t.app.get(VoteReminders).run(Date.now());
    expect((await tally(vote.id)).disagreed.headcount).toBe(1);
    expect(await links('vote_result', vote.id)).toHaveLength(1);
  });

  test('an announced vote may be terminated too; the owners of the compound are told', async () => {
    const proposal = await raiseProposal(t, jinxiu, committee, '调整停车收费标准');
    const announced = ok(
      await post<OwnerVoteView>(`/api/proposals/${proposal.id}/owner-vote`, committee, {
        matterNo: 4,
        opensAt: new Date(Date.now() + 16 * DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        secret: true,
      }),
      201,
    );
    expect(announced.status).toBe('announced');
    const terminated = ok(
      await post<OwnerVoteView>(`/api/owner-votes/${announced.id}/terminate`, admin, {
        reason: '公告的表决事项有误，撤回后重新公告',
      }),
    );
    expect(terminated).toMatchObject({ status: 'terminated', termination: { byRole: 'community_admin' } });
    expect((await notices('vote_terminated', announced.id)).map((n) => n.personId)).toContain(personId('demo-owner'));
    // It never opens.
    await t.app.get(VoteService).openAnnounced(Date.now() + 17 * DAY);
    expect((await voteView(announced.id)).status).toBe('terminated');
  });
});

describe('the objection period (询异公示)', () => {
  test('objections, an answer with a ballot correction and an area correction, each on the chain; verify holds', async () => {
    const vote = await openVote(t, jinxiu, committee, { secret: false });
    const u102 = await unitAt('1栋', '102'); // demo-owner's; the paper form they signed says 反对
    const u501 = await unitAt('3栋', '501');
    await paperBallot(vote.id, u102.id, { choice: 'agree' }); // entered wrongly
    await paperBallot(vote.id, u501.id, { choice: 'disagree' });
    await closeByClock(t, vote.id);

    const ownerArea = await rollArea(vote.id, u102.ownerKey);
    const area501 = await rollArea(vote.id, u501.ownerKey);
    const preliminary = await result(vote.id);
    expect(preliminary.tally).toMatchObject({
      agreed: { headcount: 1, areaCentiM2: ownerArea },
      disagreed: { headcount: 1, areaCentiM2: area501 },
    });
    const prelimSeq = preliminary.publication!.seq;

    // The owner objects about their own unit's record, with a photo.
    const photo = await upload(t, jinxiu, owner, 'objection.png');
    expectError(await get(`/api/attachments/${photo}`, resident), 404, 'NOT_FOUND'); // private until published
    const text = '我签的纸质表决票是反对，公示的记录是同意';
    const raised = ok(await objection(vote.id, { kind: 'ballot', unitId: u102.id, text, attachmentIds: [photo] }), 201);
    expect(raised).toMatchObject({
      kind: 'ballot',
      unit: '1栋 102',
      text,
      attachmentIds: [photo],
      mine: true,
      answer: null,
      publication: { seq: prelimSeq + 1 },
    });
    expect(await links('vote_objection', raised.id)).toHaveLength(1);

    // Others read it without learning who raised it.
    for (const as of [committee, resident]) {
      const listed = ok(await get<ObjectionView[]>(`/api/owner-votes/${vote.id}/objections`, as));
      expect(listed).toEqual([{ ...raised, mine: false }]);
      expect(JSON.stringify(listed)).not.toMatch(/personId|王建国|13900001234|demo-owner/);
    }
    expect(ok(await get(`/api/attachments/${photo}`, resident), 200)).toBeTruthy();

    // Only one's own unit's ballot, only owners on this vote's roll.
    expectError(
      await objection(vote.id, { kind: 'ballot', unitId: u501.id, text, attachmentIds: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await objection(vote.id, { kind: 'ballot', unitId: u102.id, text, attachmentIds: [] }, resident),
      403,
      'NOT_AN_OWNER',
    );
    expectError(
      await objection(vote.id, { kind: 'ballot', unitId: u102.id, text, attachmentIds: [] }, token['demo-owner-2']),
      403,
      'FORBIDDEN',
    );

    // The committee answers with the correction the signed form calls for.
    const records = ok(await get<BallotRecordView[]>(`/api/owner-votes/${vote.id}/ballots`, committee));
    const wrong = records.find((r) => r.units.includes('1栋 102'))!;
    expect(wrong).toMatchObject({ method: 'paper', choice: 'agree', counted: true });
    const correction = {
      kind: 'ballot_choice',
      unitId: u102.id,
      ballotId: wrong.id,
      choice: 'disagree',
      reason: '核对签字的纸质表决票原件，业主勾选的是反对，录入时误选为同意',
    };
    const answerPath = `/api/vote-objections/${raised.id}/answer`;
    const answerText = '经核对原件，录入有误，已更正';
    expectError(
      await post(answerPath, committee, { text: answerText, correction: { ...correction, evidenceAttachmentIds: [] } }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await post(answerPath, owner, { text: answerText, correction: { ...correction, evidenceAttachmentIds: [] } }),
      403,
      'FORBIDDEN',
    );
    const evidence = await upload(t, jinxiu, committee, 'signed-ballot.png');
    const answered = ok(
      await post<ObjectionView>(answerPath, committee, {
        text: answerText,
        correction: { ...correction, evidenceAttachmentIds: [evidence] },
      }),
    );
    expect(answered.answer).toMatchObject({
      text: answerText,
      byRole: 'committee_member',
      correctionId: expect.any(Number),
    });
    expect(answered.mine).toBe(false);
    expect((await notices('objection_answered', raised.id)).map((n) => n.personId)).toEqual([personId('demo-owner')]);
    expect(await links('vote_answer', raised.id)).toHaveLength(1);
    expectError(await post(answerPath, committee, { text: '再答复一次' }), 409, 'OBJECTION_ALREADY_ANSWERED');

    const afterBallot = await result(vote.id);
    expect(afterBallot.tally).toMatchObject({
      agreed: { headcount: 0, areaCentiM2: 0 },
      disagreed: { headcount: 2, areaCentiM2: ownerArea + area501 },
    });
    expect(afterBallot.publication!.seq).toBe(prelimSeq); // the preliminary link stays what it was
    const [first] = afterBallot.corrections;
    expect(first).toMatchObject({
      id: answered.answer!.correctionId,
      kind: 'ballot_choice',
      unit: '1栋 102',
      before: '同意',
      after: '反对',
      evidenceAttachmentIds: [evidence],
      objectionId: raised.id,
      corrects: { seq: prelimSeq },
    });
    expect(first.publication.seq).toBeGreaterThan(prelimSeq + 1);
    expect(await links('vote_correction', first.id)).toEqual([expect.objectContaining({ seq: first.publication.seq })]);
    const corrected = ok(await get<BallotRecordView[]>(`/api/owner-votes/${vote.id}/ballots`, committee));
    expect(corrected.find((r) => r.correctsBallotId === wrong.id)).toMatchObject({ choice: 'disagree', counted: true });
    expect(corrected.find((r) => r.id === wrong.id)).toMatchObject({ counted: false });
    expect((await verify()).ok).toBe(true);

    // A wrong area on the roll, corrected on its own: the total re-tallies and the link points at the previous one.
    const roll501 = await t.dataSource.getRepository(VoteRoll).findOneByOrFail({ voteId: vote.id, unitId: u501.id });
    const areaFix = {
      kind: 'roll_area',
      unitId: u501.id,
      areaCentiM2: roll501.areaCentiM2 + 1234,
      reason: '不动产登记信息显示该户面积登记有误',
    };
    expectError(
      await post(`/api/owner-votes/${vote.id}/corrections`, committee, { ...areaFix, evidenceAttachmentIds: [] }),
      400,
      'VALIDATION_FAILED',
    );
    const register = await upload(t, jinxiu, committee, 'register.png');
    const second = ok(
      await post<VoteCorrectionView>(`/api/owner-votes/${vote.id}/corrections`, committee, {
        ...areaFix,
        evidenceAttachmentIds: [register],
      }),
      201,
    );
    expect(second).toMatchObject({ kind: 'roll_area', unit: '3栋 501', objectionId: null });
    expect(second.corrects.seq).toBe(first.publication.seq);
    expect(second.publication.seq).toBeGreaterThan(first.publication.seq);
    const afterArea = await result(vote.id);
    expect(afterArea.tally!.total.areaCentiM2).toBe(preliminary.tally!.total.areaCentiM2 + 1234);
    expect(afterArea.tally!.disagreed.areaCentiM2).toBe(ownerArea + area501 + 1234);
    expect(afterArea.corrections.map((c) => [c.id, c.corrects.seq])).toEqual([
      [first.id, prelimSeq],
      [second.id, first.publication.seq],
    ]);
    expect((await verify()).ok).toBe(true);
    const kinds = (await timeline(vote.proposalId)).map((e) => e.kind);
    // The answer comes before the correction it made; then the organisers' own area correction.
    expect(kinds.filter((k) => ['objection', 'objection_answer', 'correction'].includes(k))).toEqual([
      'objection',
      'objection_answer',
      'correction',
      'correction',
    ]);
  });

  test('no objection once the period is over, nor before the vote closed', async () => {
    const vote = await openVote(t, jinxiu, committee);
    const u101 = await unitAt('1栋', '101');
    const json = { kind: 'ballot', unitId: u101.id, text: '我家的表决记录有误', attachmentIds: [] };
    expectError(await objection(vote.id, json), 409, 'VOTE_NOT_IN_OBJECTION_PERIOD');
    await closeLate(vote.id, 8); // the period (7 days) ended yesterday
    const closed = await voteView(vote.id);
    expect(closed.resultStage).toBe('preliminary');
    expect(Date.parse(closed.objectionEndsAt!)).toBeLessThan(Date.now());
    expectError(await objection(vote.id, json), 409, 'VOTE_NOT_IN_OBJECTION_PERIOD');
    expect((await verify()).ok).toBe(true);
  });
});

describe('a result is final only after the period, with every objection answered', () => {
  const progress = (proposalId: number) =>
    post(`/api/proposals/${proposalId}/updates`, token['demo-property'], {
      text: '已与物业公司签订续聘合同',
      progress: 25,
      attachmentIds: [],
    });

  test('an unanswered objection holds the result and the admins are told; answering it makes it final', async () => {
    const vote = await openVote(t, jinxiu, committee);
    await cast(vote.id, { choice: 'agree' });
    await closeByClock(t, vote.id);
    const u101 = await unitAt('1栋', '101');
    const raised = ok(
      await objection(vote.id, {
        kind: 'roll_area',
        unitId: u101.id,
        text: '名册上我家面积少了两平米',
        attachmentIds: [],
      }),
      201,
    );
    expectError(await progress(vote.proposalId), 409, 'CONFLICT');

    await runSchedulerAfter(t, 8);
    await runSchedulerAfter(t, 9);
    expect(await voteView(vote.id)).toMatchObject({ resultStage: 'preliminary', finalAt: null });
    expect((await result(vote.id)).finalPublication).toBeNull();
    expect(await links('vote_final', vote.id)).toEqual([]);
    expect((await notices('objections_waiting', vote.id)).map((n) => n.personId)).toEqual([
      personId('demo-community-admin'),
    ]);
    expectError(await progress(vote.proposalId), 409, 'CONFLICT');

    ok(await post(`/api/vote-objections/${raised.id}/answer`, committee, { text: '已核对不动产登记，面积无误' }));
    await runSchedulerAfter(t, 8);
    const final = await result(vote.id);
    expect(final.vote).toMatchObject({ resultStage: 'final', finalAt: expect.any(String) });
    const [link] = await links('vote_final', vote.id);
    expect(final.finalPublication).toMatchObject({ seq: link.seq, hash: link.hash });
    expect((await timeline(vote.proposalId)).filter((e) => e.kind === 'result_final')).toHaveLength(1);
    expect(await notices('vote_final', vote.id)).toEqual([
      expect.objectContaining({ personId: personId('demo-owner') }),
      expect.objectContaining({ personId: personId('demo-committee') }),
    ]);
    expect(ok(await progress(vote.proposalId), 201)).toBeTruthy();
    expectError(
      await objection(vote.id, { kind: 'ballot', unitId: u101.id, text: '期满之后再提异议', attachmentIds: [] }),
      409,
      'VOTE_NOT_IN_OBJECTION_PERIOD',
    );
    expect((await verify()).ok).toBe(true);
  });

  test('the last answer after the period makes the result final at once', async () => {
    const vote = await openVote(t, jinxiu, committee);
    await closeByClock(t, vote.id);
    const u101 = await unitAt('1栋', '101');
    const raised = ok(
      await objection(vote.id, { kind: 'ballot', unitId: u101.id, text: '我投过票，但名单上没有', attachmentIds: [] }),
      201,
    );
    // The period ends: moved into the past in the database. The preliminary link hashed the real end, which is
    // put back below so that the compound's chain still verifies for the tests after this one.
    await t.dataSource
      .getRepository(OwnerVote)
      .update({ id: vote.id }, { objectionEndsAt: new Date(Date.now() - 1000) });
    await t.app.get(VoteReminders).run(Date.now());
    expect((await voteView(vote.id)).resultStage).toBe('preliminary');
    ok(await post(`/api/vote-objections/${raised.id}/answer`, admin, { text: '经核对，您未在截止前投票' }));
    expect((await voteView(vote.id)).resultStage).toBe('final');
    expect(await links('vote_final', vote.id)).toHaveLength(1);
    const closesAt = Date.parse((await voteView(vote.id)).closesAt);
    await t.dataSource
      .getRepository(OwnerVote)
      .update({ id: vote.id }, { objectionEndsAt: new Date(closesAt + 7 * DAY) });
    expect((await verify()).ok).toBe(true);
  });

  test('with no objection the result is final at the end of the period, not before', async () => {
    const vote = await openVote(t, jinxiu, committee);
    await closeByClock(t, vote.id);
    await runSchedulerAfter(t, 6);
    expect((await voteView(vote.id)).resultStage).toBe('preliminary');
    expect(await links('vote_final', vote.id)).toEqual([]);
    expectError(await progress(vote.proposalId), 409, 'CONFLICT');
    await runSchedulerAfter(t, 8);
    await runSchedulerAfter(t, 8);
    expect((await voteView(vote.id)).resultStage).toBe('final');
    expect(await links('vote_final', vote.id)).toHaveLength(1);
    expect(await notices('objections_waiting', vote.id)).toEqual([]);
    expect(ok(await progress(vote.proposalId), 201)).toBeTruthy();
  });
});

describe('the notice says how owners were told, and nothing more', () => {
  test('announced here: platform; posted: only with a photo; the opening text quotes the record', async () => {
    const proposal = await raiseProposal(t, jinxiu, committee, '增设电动自行车充电棚');
    const opensAt = Date.now() + 15 * DAY + 3600_000;
    const announced = ok(
      await post<OwnerVoteView>(`/api/proposals/${proposal.id}/owner-vote`, committee, {
        matterNo: 9,
        opensAt: new Date(opensAt).toISOString(),
        closesAt: new Date(opensAt + 7 * DAY).toISOString(),
        secret: true,
      }),
      201,
    );
    expect(announced.status).toBe('announced');
    expect(announced.notice).toEqual({
      method: 'platform',
      at: expect.any(String),
      attachmentId: null,
      notifiedOwners: null,
    });
    expect(Math.abs(Date.parse(announced.notice!.at) - Date.now())).toBeLessThan(60_000);

    const other = await raiseProposal(t, jinxiu, committee, '更换小区门禁系统');
    const posted = {
      matterNo: 9,
      closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
      secret: true,
      noticePostedAt: new Date(Date.now() - 16 * DAY).toISOString(),
    };
    expectError(await post(`/api/proposals/${other.id}/owner-vote`, committee, posted), 400, 'VALIDATION_FAILED');
    expect(ok(await get<ProposalView>(`/api/proposals/${other.id}`, owner)).vote).toBeNull();
    const photo = await upload(t, jinxiu, committee, 'notice-board.png');
    const withPhoto = ok(
      await post<OwnerVoteView>(`/api/proposals/${other.id}/owner-vote`, committee, {
        ...posted,
        noticeAttachmentId: photo,
      }),
      201,
    );
    expect(withPhoto.notice).toEqual({
      method: 'posted',
      at: expect.any(String),
      attachmentId: photo,
      notifiedOwners: null,
    });
    expect(Math.abs(Date.parse(withPhoto.notice!.at) - Date.parse(posted.noticePostedAt))).toBeLessThan(1000);
    const postedText = (await timeline(other.id)).find((e) => e.kind === 'vote_opened')!.text;
    expect(postedText).toContain('张贴于小区公告栏');

    await t.app.get(VoteReminders).run(Date.now()); // the announcement goes to the compound's verified owners
    expect((await notices('vote_announced', announced.id)).map((n) => n.personId)).toEqual([
      personId('demo-owner'),
      personId('demo-committee'),
    ]);
    // No WeChat template in tests: the message was not sent, so no owner counts as notified.
    expect((await voteView(announced.id)).notice!.notifiedOwners).toBe(0);
    await t.app.get(VoteService).openAnnounced(opensAt + 1000);
    const opened = await voteView(announced.id);
    expect(opened).toMatchObject({ status: 'open', notice: { method: 'platform' } });
    const platformText = (await timeline(proposal.id)).find((e) => e.kind === 'vote_opened')!.text;
    expect(platformText).toContain('本平台公告');
    expect(platformText).not.toContain('张贴');
  });
});

describe('a compound votes here only on a recorded basis', () => {
  test('玉林北苑 has none: refused with nothing created; a resident poll still opens; once recorded, the vote opens', async () => {
    const proposal = await raiseProposal(t, yulin, admin, '院落公共照明改造');
    const openJson = async () => ({
      matterNo: 9,
      closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
      secret: true,
      noticePostedAt: new Date(Date.now() - 16 * DAY).toISOString(),
      noticeAttachmentId: await upload(t, yulin, admin, 'notice.png'),
    });
    expect(await get<VoteBasisView | null>(`/api/compounds/${yulin}/vote-basis`, admin)).toMatchObject({
      status: 200,
      body: null,
    });
    const refused = expectError(
      await post(`/api/proposals/${proposal.id}/owner-vote`, admin, await openJson()),
      409,
      'VOTE_BASIS_MISSING',
    );
    expect(refused.message).toMatch(/官方|四川省/);
    const rows = (await t.dataSource.query('SELECT COUNT(*) AS n FROM owner_vote WHERE proposalId = ?', [
      proposal.id,
    ])) as { n: number | string }[];
    expect(Number(rows[0].n)).toBe(0);
    expect(ok(await get<ProposalView>(`/api/proposals/${proposal.id}`, admin))).toMatchObject({
      stage: 'raised',
      vote: null,
    });

    const pollProposal = await raiseProposal(t, yulin, admin, '院内晾衣区设置');
    ok(
      await post(`/api/proposals/${pollProposal.id}/resident-poll`, admin, {
        closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
      }),
      201,
    );

    const document = await upload(t, yulin, admin, '玉林北苑议事规则.png');
    const basis = {
      clause: '《玉林北苑业主议事规则》第八条：业主共同决定事项可以通过“小区共治”平台表决。',
      documentAttachmentId: document,
    };
    for (const days of [2, 16])
      expectError(
        await t.http('PUT', `/api/compounds/${yulin}/vote-basis`, {
          token: admin,
          json: { ...basis, objectionDays: days },
        }),
        400,
        'VALIDATION_FAILED',
      );
    expectError(
      await t.http('PUT', `/api/compounds/${jinxiu}/vote-basis`, { token: resident, json: basis }),
      403,
      'FORBIDDEN',
    );
    const recorded = ok(
      await t.http<VoteBasisView>('PUT', `/api/compounds/${yulin}/vote-basis`, {
        token: admin,
        json: { ...basis, objectionDays: 5 },
      }),
    );
    expect(recorded).toMatchObject({
      compoundId: yulin,
      clause: basis.clause,
      document: { id: document },
      objectionDays: 5,
      recordedByRole: 'community_admin',
    });
    expect(ok(await get<VoteBasisView>(`/api/compounds/${yulin}/vote-basis`, admin))).toEqual(recorded);

    const vote = ok(
      await post<OwnerVoteView>(`/api/proposals/${proposal.id}/owner-vote`, admin, await openJson()),
      201,
    );
    expect(vote.basis).toEqual(recorded);
    expect(vote.roll.units).toBe(120);
    await closeByClock(t, vote.id);
    const closed = (await result(vote.id, admin)).vote;
    expect(Date.parse(closed.objectionEndsAt!)).toBe(Date.parse(closed.closesAt) + 5 * DAY);
  });
});

describe('multi-option decisions', () => {
  test('options with ids; a ballot picks one option or abstains, and nothing else', async () => {
    const vote = await openVote(t, jinxiu, committee, { options: OPTIONS, secret: false });
    expect(vote.kind).toBe('choice');
    expect(vote.options).toEqual(OPTIONS.map((label, i) => ({ id: String(i + 1), label })));
    const [, second] = vote.options;

    expect(ok(await cast(vote.id, { optionId: second.id }), 201)).toMatchObject({ optionId: second.id });
    expectError(await cast(vote.id, { choice: 'agree' }), 400, 'VALIDATION_FAILED');
    expectError(await cast(vote.id, { optionId: '9' }), 400, 'VALIDATION_FAILED');
    expectError(await cast(vote.id, {}), 400, 'VALIDATION_FAILED');
    expect(ok(await cast(vote.id, { optionId: null }), 201)).toMatchObject({ optionId: null, choice: 'abstain' });
    expect(ok(await cast(vote.id, { optionId: second.id }), 201).optionId).toBe(second.id);
    // A paper form for 续聘A, entered as such; the form turns out to say 选聘C.
    const u501 = await unitAt('3栋', '501');
    expect((await paperBallot(vote.id, u501.id, { optionId: '1' })).optionId).toBe('1');
    expectError(await get(`/api/owner-votes/${vote.id}/tally`, committee), 409, 'VOTE_COUNT_SEALED');

    await closeByClock(t, vote.id);
    const ownerArea = await rollArea(vote.id, (await unitAt('1栋', '101')).ownerKey);
    const area501 = await rollArea(vote.id, u501.ownerKey);
    const counted = ok(await get<ChoiceTallyView>(`/api/owner-votes/${vote.id}/tally`, owner));
    expect(counted.options.map((o) => [o.optionId, o.chose])).toEqual([
      ['1', { headcount: 1, areaCentiM2: area501 }],
      ['2', { headcount: 1, areaCentiM2: ownerArea }],
      ['3', { headcount: 0, areaCentiM2: 0 }],
    ]);
    const shown = await result(vote.id);
    expect(shown.tally).toBeNull();
    expect(shown.choiceTally).toMatchObject({ adopted: null, participated: { headcount: 2 } });
    expect(ok(await get<UnitChoiceView[]>(`/api/owner-votes/${vote.id}/choices`, owner))).toEqual([
      { unit: '1栋 101', choice: 'agree', option: '选聘B物业' },
      { unit: '1栋 102', choice: 'agree', option: '选聘B物业' },
      { unit: '3栋 501', choice: 'agree', option: '续聘A物业' },
    ]);

    const paper = ok(await get<BallotRecordView[]>(`/api/owner-votes/${vote.id}/ballots`, committee)).find(
      (r) => r.method === 'paper',
    )!;
    expect(paper.optionId).toBe('1');
    const fix = ok(
      await post<VoteCorrectionView>(`/api/owner-votes/${vote.id}/corrections`, committee, {
        kind: 'ballot_choice',
        unitId: u501.id,
        ballotId: paper.id,
        optionId: '3',
        reason: '核对纸质表决票原件，业主勾选的是选聘C物业',
        evidenceAttachmentIds: [await upload(t, jinxiu, committee, 'form.png')],
      }),
      201,
    );
    expect(fix).toMatchObject({ before: '选择「续聘A物业」', after: '选择「选聘C物业」' });
    const recounted = ok(await get<ChoiceTallyView>(`/api/owner-votes/${vote.id}/tally`, owner));
    expect(recounted.options.map((o) => o.chose.headcount)).toEqual([0, 1, 1]);
    expect(recounted.options[2].chose.areaCentiM2).toBe(area501);
    expect((await verify()).ok).toBe(true);
  });

  test('the SQL tally of a closed multi-option vote agrees with tallyChoice on random ballots', async () => {
    const vote = await openVote(t, jinxiu, committee, { options: OPTIONS });
    await closeByClock(t, vote.id);
    const roll = await t.dataSource.getRepository(VoteRoll).find({ where: { voteId: vote.id } });
    const units = roll.map((r) => ({
      unitId: String(r.unitId),
      areaCentiM2: r.areaCentiM2,
      ownerKey: r.ownerKey,
      developerUnsold: r.developerUnsold,
    }));
    const keys = [...new Set(roll.map((r) => r.ownerKey))];
    const optionIds = vote.options.map((o) => o.id);
    const replaceBallots = async (ballots: ChoiceBallot[]) => {
      await t.dataSource.getRepository(Ballot).delete({ voteId: vote.id });
      const rows = ballots.map((b, i) => ({
        voteId: vote.id,
        ownerKey: b.ownerKey,
        choice: b.optionId === null ? ('abstain' as const) : ('option' as const),
        optionId: b.optionId,
        method: 'paper' as const,
        enteredBy: 1,
        idempotencyKey: null,
        requestSha256: '',
        receiptCode: `C${vote.id}-${i}`,
      }));
      for (let i = 0; i < rows.length; i += 300)
        await t.dataSource.getRepository(Ballot).insert(rows.slice(i, i + 300));
    };
    const sqlTally = async () => {
      const {
        voteId: _v,
        status: _s,
        asOf: _a,
        ...fromSql
      } = ok(await get<ChoiceTallyView>(`/api/owner-votes/${vote.id}/tally`, owner));
      return fromSql;
    };
    const setMatter = (matter: MatterNo) =>
      t.dataSource.query('UPDATE owner_vote SET matterNo = ?, rule = ? WHERE id = ?', [
        matter,
        [6, 7, 8].includes(matter) ? 'three-quarters' : 'majority',
        vote.id,
      ]);

    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            ownerKey: fc.constantFrom(...keys),
            optionId: fc.constantFrom<string | null>(null, ...optionIds),
          }),
          { maxLength: 1500 },
        ),
        fc.constantFrom<MatterNo>(4, 7),
        async (ballots, matter) => {
          await replaceBallots(ballots);
          await setMatter(matter);
          expect(await sqlTally()).toEqual(tallyChoice(units, ballots, optionIds, matter));
        },
      ),
      { numRuns: 10 },
    );

    // Everyone takes part, split three ways: participation is met and still no option is adopted.
    await setMatter(4);
    const split = keys.map((ownerKey, i) => ({ ownerKey, optionId: optionIds[i % 3] }));
    await replaceBallots(split);
    const none = await sqlTally();
    expect(none).toEqual(tallyChoice(units, split, optionIds, 4));
    expect(none).toMatchObject({ participationMet: true, adopted: null });
    expect((await result(vote.id)).explanation.at(-1)).toContain('未形成决定');

    // Everyone but a few picks B: B is adopted.
    const forB = keys.map((ownerKey, i) => ({ ownerKey, optionId: i < 10 ? optionIds[0] : optionIds[1] }));
    await replaceBallots(forB);
    expect(await sqlTally()).toMatchObject({ participationMet: true, adopted: optionIds[1] });
    expect((await result(vote.id)).explanation.at(-1)).toBe('结论：通过「选聘B物业」');
  });
});

describe('ownership changes: the record-date rule and one person, one head', () => {
  const HEADER = '楼栋,单元,房号,登记面积(m²),业主姓名,业主电话,开发商未售';
  const SELLER = { openid: 'o-seller-502', name: '李秀英', phone: '13800005678' };
  const row = (u: Unit, building: string, name: string, phone: string) =>
    `${building},${u.entrance},${u.room},${(u.areaCentiM2 / 100).toFixed(2)},${name},${phone},否`;

  let seller: string;
  let before: OwnerVoteView;
  let after: OwnerVoteView;
  let u101: Unit;
  let u102: Unit;

  beforeAll(async () => {
    // A second owner, of one unit only: 3栋 502, claimed as its registered owner.
    seller = await t.login(SELLER.openid);
    const claim = ok(
      await post<ClaimView>('/api/claims', seller, {
        compoundId: jinxiu,
        building: '3栋',
        room: '502',
        ownerName: SELLER.name,
        phoneLast4: SELLER.phone.slice(-4),
      }),
      201,
    );
    ok(await approveWithDeedPhoto(t, claim.id, admin, jinxiu));
    [u101, u102] = [await unitAt('1栋', '101'), await unitAt('1栋', '102')];

    before = await openVote(t, jinxiu, committee);
    // The roster now names new owners of demo-owner's 1栋 101 and of the seller's 3栋 502.
    const u502 = await unitAt('3栋', '502');
    const form = new FormData();
    const csv = [HEADER, row(u101, '1栋', '赵买家', '13955550101'), row(u502, '3栋', '钱买家', '13955550502')];
    form.append('file', new Blob([csv.join('\n')]), 'roster.csv');
    const imported = ok(
      await t.http<RosterImportResult>('POST', `/api/compounds/${jinxiu}/roster`, { token: admin, body: form }),
      201,
    );
    expect(imported).toMatchObject({ updated: 2, ownersEnded: 2 });
    after = await openVote(t, jinxiu, committee);
  });

  test('a seller of their only unit votes on the vote opened before the sale, and is refused on the one after', async () => {
    expect(ok(await cast(before.id, { choice: 'agree' }, seller), 201).receiptCode).toBeTruthy();
    expectError(await cast(after.id, { choice: 'agree' }, seller), 403, 'NOT_AN_OWNER');
    const u502 = await unitAt('3栋', '502');
    const oldKey = (await t.dataSource.getRepository(VoteRoll).findOneByOrFail({ voteId: before.id, unitId: u502.id }))
      .ownerKey;
    expect(u502.ownerKey).not.toBe(oldKey);
    expect((await turnout(before.id)).participated).toEqual({
      headcount: 1,
      areaCentiM2: await rollArea(before.id, oldKey),
    });
    expect((await turnout(after.id)).participated).toEqual({ headcount: 0, areaCentiM2: 0 });
  });

  test('the buyer of 1栋 101, once verified, votes for it on the vote opened after the sale, not on the one before', async () => {
    const buyer = await t.login('o-buyer-101');
    const claim = ok(
      await post<ClaimView>('/api/claims', buyer, {
        compoundId: jinxiu,
        building: '1栋',
        room: '101',
        ownerName: '赵买家',
        phoneLast4: '0101',
      }),
      201,
    );
    ok(await approveWithDeedPhoto(t, claim.id, admin, jinxiu));
    expectError(await cast(before.id, { choice: 'agree' }, buyer), 403, 'NOT_AN_OWNER');
    ok(await cast(after.id, { choice: 'agree' }, buyer), 201);
    expect((await turnout(after.id)).participated).toEqual({ headcount: 1, areaCentiM2: u101.areaCentiM2 });
  });

  test('demo-owner, who sold 1栋 101 and kept 102, votes for both on the earlier vote and for 102 only after', async () => {
    expect(u102.ownerKey).toBe(u101.ownerKey);
    ok(await cast(before.id, { choice: 'disagree' }), 201);
    ok(await cast(after.id, { choice: 'disagree' }), 201);
    const earlier = await turnout(before.id);
    expect(earlier.participated.headcount).toBe(2); // the seller of 3栋 502 and demo-owner
    expect(earlier.buildings.find((b) => b.building === '1栋')).toMatchObject({
      votedUnits: 2,
      votedAreaCentiM2: u101.areaCentiM2 + u102.areaCentiM2,
    });
    // On the later vote 1栋 101 is the buyer's head, 102 demo-owner's.
    const later = await turnout(after.id);
    expect(later.participated).toEqual({ headcount: 2, areaCentiM2: u101.areaCentiM2 + u102.areaCentiM2 });

    await closeByClock(t, before.id);
    await closeByClock(t, after.id);
    expect((await tally(before.id)).disagreed).toEqual({
      headcount: 1,
      areaCentiM2: u101.areaCentiM2 + u102.areaCentiM2,
    });
    expect(await tally(after.id)).toMatchObject({
      agreed: { headcount: 1, areaCentiM2: u101.areaCentiM2 },
      disagreed: { headcount: 1, areaCentiM2: u102.areaCentiM2 },
    });
    // Objecting follows the same rule: 1栋 101 is no longer theirs on the later vote.
    const text = '我家的表决记录有误，请核对';
    ok(await objection(before.id, { kind: 'ballot', unitId: u101.id, text, attachmentIds: [] }), 201);
    expectError(
      await objection(after.id, { kind: 'ballot', unitId: u101.id, text, attachmentIds: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await verify()).ok).toBe(true);
  });

  test('the seller objects on the earlier vote, with a photo, as any owner on its roll may', async () => {
    const u502 = await unitAt('3栋', '502');
    // `before` was closed by the test above; the seller kept their resident role, not their owner role.
    expect((await voteView(before.id)).resultStage).toBe('preliminary');
    const photo = await upload(t, jinxiu, seller, 'my-ballot.png');
    const raised = ok(
      await objection(
        before.id,
        { kind: 'ballot', unitId: u502.id, text: '我是表决时的业主，请核对我的表决记录', attachmentIds: [photo] },
        seller,
      ),
      201,
    );
    expect(raised).toMatchObject({ mine: true, unit: '3栋 502', attachmentIds: [photo] });
    expectError(
      await objection(
        after.id,
        { kind: 'ballot', unitId: u502.id, text: '我家的表决记录有误', attachmentIds: [] },
        seller,
      ),
      403,
      'NOT_AN_OWNER',
    );
  });

  test('a merge of two owner keys is one head on the next vote’s roll, not on a vote already open', async () => {
    const [a, b] = [await unitAt('7栋', '101'), await unitAt('9栋', '101')];
    expect(a.ownerKey).not.toBe(b.ownerKey);
    const open = await openVote(t, jinxiu, committee);
    const merged = ok(
      await post<OwnerMergeView>(`/api/compounds/${jinxiu}/owner-merges`, admin, {
        unitIds: [a.id, b.id],
        reason: '同一业主，登记了两个手机号',
      }),
      201,
    );
    expect(merged.units).toEqual(expect.arrayContaining(['7栋 101', '9栋 101']));
    const next = await openVote(t, jinxiu, committee);
    expect(next.roll.headcount).toBe(open.roll.headcount - 1);
    expect(next.roll.areaCentiM2).toBe(open.roll.areaCentiM2);
    expect((await voteView(open.id)).roll).toEqual(open.roll);
    const rollKeys = await t.dataSource.getRepository(VoteRoll).find({ where: { voteId: open.id } });
    expect(new Set(rollKeys.map((r) => r.ownerKey)).size).toBe(open.roll.headcount);

    // The owner of 9栋 101, verified now, votes for both units as one head on the next vote; on the vote already
    // open, for 9栋 101 alone, still its own head there.
    const cipher = t.app.get(PiiCipher);
    const person = await t.login('o-merged-owner');
    const claim = ok(
      await post<ClaimView>('/api/claims', person, {
        compoundId: jinxiu,
        building: '9栋',
        room: '101',
        ownerName: cipher.decryptOptional(b.ownerNameSealed),
        phoneLast4: cipher.decryptOptional(b.ownerPhoneSealed)!.slice(-4),
      }),
      201,
    );
    ok(await approveWithDeedPhoto(t, claim.id, admin, jinxiu));
    ok(await cast(next.id, { choice: 'agree' }, person), 201);
    ok(await cast(open.id, { choice: 'agree' }, person), 201);
    expect((await turnout(next.id)).participated).toEqual({
      headcount: 1,
      areaCentiM2: a.areaCentiM2 + b.areaCentiM2,
    });
    expect((await turnout(open.id)).participated).toEqual({ headcount: 1, areaCentiM2: b.areaCentiM2 });
  });
});
