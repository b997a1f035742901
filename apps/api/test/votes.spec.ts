import fc from 'fast-check';
import {
  tallyOwnerDecision,
  type BallotRecordView,
  type ResidentPollView,
  type ProposalTimelineView,
  type OwnerVoteResultView,
  type VerifyResult,
  type VoteTurnoutView,
  type UnitChoiceView,
  type BallotReceipt,
  type MatterNo,
  type OwnerVoteTallyView,
  type OwnerVoteView,
  type ProposalView,
  type ReceiptCheck,
  type TallyBallot,
} from '@xiaoqu/shared';
import { Ballot, VoteRoll } from '../src/deliberation/deliberation.entities.js';
import { Unit } from '../src/place/unit.entity.js';
import { VoteReminders } from '../src/deliberation/votes/vote-reminders.js';
import { Notification } from '../src/notification/notification.entity.js';
import { voucherPdf } from '../src/demo/demo-disclosures.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';
import { closeByClock, openVote as openVoteWith, PNG, runSchedulerAfter, upload } from './vote-helpers.js';

let t: TestApp;
let jinxiu: number;
let committee: string;
let owner: string;
const inTwoWeeks = () => new Date(Date.now() + 14 * 24 * 3600_000).toISOString();

beforeAll(async () => {
  t = await startTestApp();
  jinxiu = t.demo!.compoundIds.jinxiu;
  committee = await t.login('demo-committee');
  owner = await t.login('demo-owner');
});
afterAll(() => t.close());

const openVote = (matterNo: MatterNo = 4, secret = true): Promise<OwnerVoteView> =>
  openVoteWith(t, jinxiu, committee, { matterNo, secret });

test('opening freezes the roll: all 1,200 units, one headcount per owner key, the developer as one', async () => {
  const vote = await openVote();
  const units = await t.dataSource.getRepository(Unit).find({ where: { compoundId: jinxiu } });
  expect(vote.roll.units).toBe(1200);
  expect(vote.roll.areaCentiM2).toBe(units.reduce((s, u) => s + u.areaCentiM2, 0));
  expect(vote.roll.headcount).toBe(new Set(units.map((u) => u.ownerKey)).size);
  expect(vote.roll.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(vote.rule).toBe('majority');

  // A roster edit after opening moves nothing in this vote.
  const before = await t.http<VoteTurnoutView>('GET', `/api/owner-votes/${vote.id}/turnout`, { token: owner });
  await t.dataSource.getRepository(Unit).update({ id: units[0].id }, { areaCentiM2: units[0].areaCentiM2 + 5000 });
  const after = await t.http<VoteTurnoutView>('GET', `/api/owner-votes/${vote.id}/turnout`, { token: owner });
  expect(after.body.total).toEqual(before.body.total);
  expect(after.body.total.areaCentiM2).toBe(vote.roll.areaCentiM2);
  await t.dataSource.getRepository(Unit).update({ id: units[0].id }, { areaCentiM2: units[0].areaCentiM2 });
});

test('an owner votes once for all their units, may change it, and every ballot is kept', async () => {
  const vote = await openVote();
  const first = await t.http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/ballots`, {
    token: owner,
    json: { choice: 'disagree' },
  });
  expect(first.status).toBe(201);
  expect(first.body.receiptCode).toMatch(/^[A-Z2-9]{10}$/);
  const second = await t.http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/ballots`, {
    token: owner,
    json: { choice: 'agree' },
  });
  await closeByClock(t, vote.id);
  const tally = await t.http<OwnerVoteTallyView>('GET', `/api/owner-votes/${vote.id}/tally`, { token: owner });
  // demo-owner holds 1栋 101 and 102 under one owner key: one person, both areas.
  const [{ ownerKey }] = await t.dataSource.getRepository(Ballot).find({ where: { voteId: vote.id }, take: 1 });
  const theirUnits = await t.dataSource.getRepository(VoteRoll).find({ where: { voteId: vote.id, ownerKey } });
  expect(theirUnits).toHaveLength(2);
  expect(tally.body.agreed).toEqual({
    headcount: 1,
    areaCentiM2: theirUnits[0].areaCentiM2 + theirUnits[1].areaCentiM2,
  });
  expect(tally.body.disagreed.headcount).toBe(0);
  expect(await t.dataSource.getRepository(Ballot).count({ where: { voteId: vote.id } })).toBe(2);
  const superseded = await t.http<ReceiptCheck>(
    'GET',
    `/api/owner-votes/${vote.id}/receipts/${first.body.receiptCode}`,
    { token: await t.login('demo-resident') },
  );
  expect(superseded.body).toMatchObject({ found: true, counted: false });
  const counted = await t.http<ReceiptCheck>('GET', `/api/owner-votes/${vote.id}/receipts/${second.body.receiptCode}`, {
    token: await t.login('demo-resident'),
  });
  expect(counted.body).toMatchObject({ found: true, counted: true });
  expect(JSON.stringify(counted.body)).not.toMatch(/agree/);
});

test('Idempotency-Key: the same key and body answer the same receipt without a second ballot; another body is refused', async () => {
  const vote = await openVote();
  const headers = { 'idempotency-key': 'retry-0001-abcdef' };
  const first = await t.http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/ballots`, {
    token: owner,
    json: { choice: 'agree' },
    headers,
  });
  const replay = await t.http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/ballots`, {
    token: owner,
    json: { choice: 'agree' },
    headers,
  });
  expect(replay.body.receiptCode).toBe(first.body.receiptCode);
  expect(await t.dataSource.getRepository(Ballot).count({ where: { voteId: vote.id } })).toBe(1);
  expectError(
    await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, {
      token: owner,
      json: { choice: 'disagree' },
      headers,
    }),
    409,
    'IDEMPOTENCY_KEY_REUSED',
  );
  expectError(
    await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, {
      token: owner,
      json: { choice: 'agree' },
      headers: { 'idempotency-key': 'x' },
    }),
    400,
    'VALIDATION_FAILED',
  );
});

test('only owners of the compound cast owner ballots; outsiders read nothing', async () => {
  const vote = await openVote();
  const resident = await t.login('demo-resident');
  expectError(
    await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, { token: resident, json: { choice: 'agree' } }),
    403,
    'NOT_AN_OWNER',
  );
  const outsider = await t.login('demo-owner-2');
  expectError(
    await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, { token: outsider, json: { choice: 'agree' } }),
    403,
    'FORBIDDEN',
  );
  expectError(await t.http('GET', `/api/owner-votes/${vote.id}/tally`, { token: outsider }), 403, 'FORBIDDEN');
  expectError(await t.http('GET', `/api/proposals/${vote.proposalId}`, { token: outsider }), 403, 'FORBIDDEN');
  expectError(await t.http('GET', `/api/compounds/${jinxiu}/proposals`, { token: outsider }), 403, 'FORBIDDEN');
  expectError(await t.http('POST', `/api/owner-votes/${vote.id}/close`, { token: owner }), 403, 'FORBIDDEN');
});

test('a closed vote takes no ballots', async () => {
  const vote = await openVote(7);
  expect(vote.rule).toBe('three-quarters');
  await closeByClock(t, vote.id);
  const closed = await t.http<ProposalView>('GET', `/api/proposals/${vote.proposalId}`, { token: owner });
  expect(closed.body.vote?.status).toBe('closed');
  expectError(
    await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, { token: owner, json: { choice: 'agree' } }),
    409,
    'VOTE_CLOSED',
  );
  expectError(
    await t.http('POST', `/api/proposals/${vote.proposalId}/owner-vote`, {
      token: committee,
      json: {
        matterNo: 4,
        closesAt: inTwoWeeks(),
        secret: true,
        noticePostedAt: new Date(Date.now() - 16 * 86400_000).toISOString(),
        noticeAttachmentId: await upload(t, jinxiu, committee),
      },
    }),
    409,
    'VOTE_ALREADY_OPEN',
  );
  expect((await t.http<ProposalView>('GET', `/api/proposals/${vote.proposalId}`, { token: owner })).body.stage).toBe(
    'published',
  );
});

test('the SQL tally agrees with tallyOwnerDecision on random ballots', async () => {
  const vote = await openVote();
  // The ballots go straight to the table; the count is readable once the vote is closed.
  await t.dataSource.query("UPDATE owner_vote SET status = 'closed' WHERE id = ?", [vote.id]);
  const roll = await t.dataSource.getRepository(VoteRoll).find({ where: { voteId: vote.id } });
  const keys = [...new Set(roll.map((r) => r.ownerKey))];
  const units = roll.map((r) => ({
    unitId: String(r.unitId),
    areaCentiM2: r.areaCentiM2,
    ownerKey: r.ownerKey,
    developerUnsold: r.developerUnsold,
  }));
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          ownerKey: fc.constantFrom(...keys),
          choice: fc.constantFrom<TallyBallot['choice']>('agree', 'disagree', 'abstain'),
        }),
        { maxLength: 900 },
      ),
      fc.constantFrom<MatterNo>(4, 7),
      async (ballots, matter) => {
        await t.dataSource.getRepository(Ballot).delete({ voteId: vote.id });
        await t.dataSource.query('UPDATE owner_vote SET matterNo = ?, rule = ? WHERE id = ?', [
          matter,
          matter === 7 ? 'three-quarters' : 'majority',
          vote.id,
        ]);
        const rows = ballots.map((b, i) => ({
          voteId: vote.id,
          ownerKey: b.ownerKey,
          choice: b.choice,
          method: 'paper' as const,
          enteredBy: 1,
          idempotencyKey: null,
          requestSha256: '',
          receiptCode: `R${vote.id}-${i}`,
        }));
        for (let i = 0; i < rows.length; i += 300)
          await t.dataSource.getRepository(Ballot).insert(rows.slice(i, i + 300));
        const sql = (await t.http<OwnerVoteTallyView>('GET', `/api/owner-votes/${vote.id}/tally`, { token: owner }))
          .body;
        const { voteId: _v, status: _s, asOf: _a, ...fromSql } = sql;
        expect(fromSql).toEqual(tallyOwnerDecision(units, ballots, matter));
      },
    ),
    { numRuns: 12 },
  );
});

describe('paper ballots and proxies', () => {
  const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const scan = async (token: string) => {
    const form = new FormData();
    form.append('file', new Blob([voucherPdf('signed ballot')]), 'ballot.pdf');
    const uploaded = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/attachments`, {
      token,
      body: form,
    });
    expect(uploaded.status).toBe(201);
    return uploaded.body.id;
  };
  const unitOf = async (building: string, room: string) =>
    (
      await t.dataSource.query(
        'SELECT u.id AS id FROM unit u JOIN place b ON b.id = u.buildingId WHERE u.compoundId = ? AND b.name = ? AND u.room = ?',
        [jinxiu, building, room],
      )
    )[0].id as number;

  test('the committee enters a paper ballot with its scan; it counts for an owner who never used the app', async () => {
    const vote = await openVote();
    const unitId = await unitOf('3栋', '502');
    const receipt = await t.http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/paper-ballots`, {
      token: committee,
      json: { unitId, choice: 'agree', method: 'paper', signedOn: today(), scanAttachmentId: await scan(committee) },
    });
    expect(receipt.status).toBe(201);
    expect(receipt.body.method).toBe('paper');
    await closeByClock(t, vote.id);
    const tally = await t.http<OwnerVoteTallyView>('GET', `/api/owner-votes/${vote.id}/tally`, { token: owner });
    expect(tally.body.agreed.headcount).toBe(1);
    const records = await t.http<BallotRecordView[]>('GET', `/api/owner-votes/${vote.id}/ballots`, {
      token: committee,
    });
    expect(records.body).toEqual([
      expect.objectContaining({
        method: 'paper',
        enteredBy: '周委员',
        units: ['3栋 502'],
        counted: true,
        choice: null,
      }),
    ]);
  });

  test('a proxy needs the proxy’s name and the signed authorisation; the record shows who authorised whom', async () => {
    const vote = await openVote(4, false);
    const unitId = await unitOf('5栋', '1201');
    const base = {
      unitId,
      choice: 'disagree',
      method: 'proxy',
      signedOn: today(),
      scanAttachmentId: await scan(committee),
    };
    expectError(
      await t.http('POST', `/api/owner-votes/${vote.id}/paper-ballots`, { token: committee, json: base }),
      400,
      'VALIDATION_FAILED',
    );
    const ok = await t.http('POST', `/api/owner-votes/${vote.id}/paper-ballots`, {
      token: committee,
      json: { ...base, proxyName: '王小明（业主之子）', proxyDocumentId: await scan(committee) },
    });
    expect(ok.status).toBe(201);
    const [sealed] = (
      await t.http<BallotRecordView[]>('GET', `/api/owner-votes/${vote.id}/ballots`, { token: committee })
    ).body;
    expect(sealed.choice).toBeNull(); // nobody reads a choice before the vote closes
    await closeByClock(t, vote.id);
    const [record] = (
      await t.http<BallotRecordView[]>('GET', `/api/owner-votes/${vote.id}/ballots`, { token: committee })
    ).body;
    expect(record).toMatchObject({
      method: 'proxy',
      proxyName: '王小明（业主之子）',
      choice: 'disagree',
      units: ['5栋 1201'],
    });
    expect(record.proxyDocumentId).toEqual(expect.any(Number));
  });

  test('one rule between online and paper: the ballot made last counts, a paper form at the end of the day it was signed', async () => {
    const vote = await openVote();
    const online = await t.http<BallotReceipt>('POST', `/api/owner-votes/${vote.id}/ballots`, {
      token: owner,
      json: { choice: 'agree' },
    });
    const unitId = await unitOf('1栋', '102'); // demo-owner's second unit: the same owner key
    await t.http('POST', `/api/owner-votes/${vote.id}/paper-ballots`, {
      token: committee,
      json: { unitId, choice: 'disagree', method: 'paper', signedOn: today(), scanAttachmentId: await scan(committee) },
    });
    await closeByClock(t, vote.id);
    const tally = await t.http<OwnerVoteTallyView>('GET', `/api/owner-votes/${vote.id}/tally`, { token: owner });
    expect(tally.body.disagreed.headcount).toBe(1);
    expect(tally.body.agreed.headcount).toBe(0);
    expect(
      (
        await t.http<ReceiptCheck>('GET', `/api/owner-votes/${vote.id}/receipts/${online.body.receiptCode}`, {
          token: owner,
        })
      ).body.counted,
    ).toBe(false);
  });

  test('refused: signed before the vote opened, a unit outside the roll, and anyone but the organisers', async () => {
    const vote = await openVote();
    const unitId = await unitOf('2栋', '301');
    const scanId = await scan(committee);
    expectError(
      await t.http('POST', `/api/owner-votes/${vote.id}/paper-ballots`, {
        token: committee,
        json: { unitId, choice: 'agree', method: 'paper', signedOn: '2020-01-01', scanAttachmentId: scanId },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await t.http('POST', `/api/owner-votes/${vote.id}/paper-ballots`, {
        token: committee,
        json: { unitId: 999999, choice: 'agree', method: 'paper', signedOn: today(), scanAttachmentId: scanId },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await t.http('POST', `/api/owner-votes/${vote.id}/paper-ballots`, {
        token: owner,
        json: { unitId, choice: 'agree', method: 'paper', signedOn: today(), scanAttachmentId: scanId },
      }),
      403,
      'FORBIDDEN',
    );
    expectError(await t.http('GET', `/api/owner-votes/${vote.id}/ballots`, { token: owner }), 403, 'FORBIDDEN');
  });
});

describe('results: turnout per building and, in open votes, each unit’s choice', () => {
  test('turnout per building adds up to the tally; choices are public only in an open vote', async () => {
    const open = await openVote(4, false);
    await t.http('POST', `/api/owner-votes/${open.id}/ballots`, { token: owner, json: { choice: 'agree' } });
    const turnout = await t.http<VoteTurnoutView>('GET', `/api/owner-votes/${open.id}/turnout`, {
      token: await t.login('demo-resident'),
    });
    const buildings = turnout.body.buildings;
    expect(buildings).toHaveLength(10);
    expect(buildings.reduce((s, b) => s + b.votedAreaCentiM2, 0)).toBe(turnout.body.participated.areaCentiM2);
    expect(turnout.body.participated.headcount).toBe(1);
    expect(buildings.reduce((s, b) => s + b.units, 0)).toBe(1200);
    expect(buildings.find((b) => b.building === '1栋')?.votedUnits).toBe(2);
    expectError(await t.http('GET', `/api/owner-votes/${open.id}/choices`, { token: owner }), 409, 'VOTE_COUNT_SEALED');
    await closeByClock(t, open.id);
    const tally = (await t.http<OwnerVoteTallyView>('GET', `/api/owner-votes/${open.id}/tally`, { token: owner })).body;
    expect(tally.participated).toEqual(turnout.body.participated);
    const choices = await t.http<UnitChoiceView[]>('GET', `/api/owner-votes/${open.id}/choices`, { token: owner });
    expect(choices.body).toEqual([
      { unit: '1栋 101', choice: 'agree', option: null },
      { unit: '1栋 102', choice: 'agree', option: null },
    ]);
    expectError(
      await t.http('GET', `/api/owner-votes/${open.id}/choices`, { token: await t.login('demo-resident') }),
      403,
      'FORBIDDEN',
    );

    const secret = await openVote(4, true);
    await t.http('POST', `/api/owner-votes/${secret.id}/ballots`, { token: owner, json: { choice: 'agree' } });
    await closeByClock(t, secret.id);
    expectError(await t.http('GET', `/api/owner-votes/${secret.id}/choices`, { token: owner }), 403, 'FORBIDDEN');
  });
});

describe('the published result', () => {
  test('closing publishes the result on the compound’s chain; a ballot changed afterwards breaks verification', async () => {
    const vote = await openVote(4);
    await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, { token: owner, json: { choice: 'agree' } });
    const open = await t.http<OwnerVoteResultView>('GET', `/api/owner-votes/${vote.id}/result`, { token: owner });
    expect(open.body.publication).toBeNull();
    await closeByClock(t, vote.id);
    const result = await t.http<OwnerVoteResultView>('GET', `/api/owner-votes/${vote.id}/result`, {
      token: await t.login('demo-resident'),
    });
    expect(result.body.publication).toMatchObject({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(result.body.explanation.at(-1)).toBe('结论：表决未通过'); // one owner of ~1,150 is far from 2/3
    expect(result.body.explanation[1]).toContain('需三分之二以上：未达到');
    const verify = async () =>
      (await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify`, { token: owner })).body;
    expect((await verify()).ok).toBe(true);
    await t.dataSource.query("UPDATE ballot SET choice = 'disagree' WHERE voteId = ?", [vote.id]);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: { kind: 'vote_result', subjectId: vote.id } });
    await t.dataSource.query("UPDATE ballot SET choice = 'agree' WHERE voteId = ?", [vote.id]);
    expect((await verify()).ok).toBe(true);
  });
});

describe('the four-party timeline', () => {
  test('raised → supported → positions and minutes → vote → result → progress → evaluation, all on the timeline', async () => {
    const resident = await t.login('demo-resident');
    const raised = await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
      token: resident,
      json: { title: '增设非机动车充电桩', body: '3栋楼道电动车充电有火灾隐患。' },
    });
    const id = raised.body.id;
    await t.http('POST', `/api/proposals/${id}/support`, { token: owner });
    const twice = await t.http<ProposalTimelineView>('POST', `/api/proposals/${id}/support`, { token: owner });
    expect(twice.body).toMatchObject({ supportCount: 1, supportedByMe: true });

    await t.http('PUT', `/api/proposals/${id}/positions/owners_committee`, {
      token: committee,
      json: { text: '支持，建议纳入公共收益支出。' },
    });
    const property = await t.login('demo-property');
    expectError(
      await t.http('PUT', `/api/proposals/${id}/positions/owners_committee`, {
        token: property,
        json: { text: '代业委会表态' },
      }),
      403,
      'FORBIDDEN',
    );
    await t.http('PUT', `/api/proposals/${id}/positions/property_company`, {
      token: property,
      json: { text: '可负责安装与日常维护。' },
    });
    expectError(
      await t.http('PUT', `/api/proposals/${id}/positions/residents_committee`, {
        token: property,
        json: { text: '代居委会表态' },
      }),
      403,
      'FORBIDDEN',
    );
    // The committee, organising the consultation, records what the social organisation said there.
    const recorded = await t.http<ProposalTimelineView>('PUT', `/api/proposals/${id}/positions/social_organisation`, {
      token: committee,
      json: { text: '社工站协助征集居民意见。' },
    });
    expect(recorded.status).toBe(200);
    const admin = await t.login('demo-community-admin');
    expectError(
      await t.http('PUT', `/api/proposals/${id}/positions/nobody`, { token: admin, json: { text: 'x' } }),
      404,
      'NOT_FOUND',
    );
    await t.http('POST', `/api/proposals/${id}/meetings`, {
      token: admin,
      json: {
        minutes: '四方议事会议：同意提交业主表决。',
        attendees: ['居委会 杨社区', '业委会 周委员', '物业 刘物业'],
        attachmentIds: [],
      },
    });
    expectError(
      await t.http('POST', `/api/proposals/${id}/updates`, {
        token: property,
        json: { text: '开工', progress: 10, attachmentIds: [] },
      }),
      409,
      'CONFLICT',
    );

    const vote = await t.http<OwnerVoteView>('POST', `/api/proposals/${id}/owner-vote`, {
      token: committee,
      json: {
        matterNo: 8,
        closesAt: inTwoWeeks(),
        secret: true,
        noticePostedAt: new Date(Date.now() - 16 * 86400_000).toISOString(),
        noticeAttachmentId: await upload(t, jinxiu, committee),
      },
    });
    await closeByClock(t, vote.body.id);
    // Implementation follows a final result: the objection period ends with nothing to answer.
    await runSchedulerAfter(t, 8);
    // A record that publishes files names only the caller's own: not a file another person uploaded.
    const othersForm = new FormData();
    othersForm.append('file', new Blob([PNG]), 'committee-only.png');
    const othersFile = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/attachments`, {
      token: committee,
      body: othersForm,
    });
    expectError(
      await t.http('POST', `/api/proposals/${id}/updates`, {
        token: property,
        json: { text: '已订购充电桩', progress: 10, attachmentIds: [othersFile.body.id] },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await t.http('GET', `/api/attachments/${othersFile.body.id}`, { token: owner })).status).toBe(404);
    await t.http('POST', `/api/proposals/${id}/updates`, {
      token: property,
      json: { text: '充电棚已完成基础施工。', progress: 60, attachmentIds: [] },
    });
    expectError(
      await t.http('PUT', `/api/proposals/${id}/evaluation`, { token: resident, json: { score: 6, comment: '' } }),
      400,
      'VALIDATION_FAILED',
    );
    await t.http('PUT', `/api/proposals/${id}/evaluation`, { token: resident, json: { score: 3, comment: '进度慢' } });
    const timeline = await t.http<ProposalTimelineView>('PUT', `/api/proposals/${id}/evaluation`, {
      token: resident,
      json: { score: 4, comment: '已经可以用了' },
    });
    expect(timeline.body.evaluation).toEqual({ count: 1, scoreSum: 4, mine: 4 });
    expect(timeline.body.positions.map((p) => p.party).sort()).toEqual([
      'owners_committee',
      'property_company',
      'social_organisation',
    ]);
    expect(timeline.body.events.map((e) => e.kind)).toEqual([
      'raised',
      'supported',
      'position',
      'position',
      'position',
      'meeting',
      'vote_opened',
      'vote_closed',
      'result_final',
      'update',
      'evaluated',
      'evaluated',
    ]);
    expect(timeline.body.events[0].actorRole).toBe('居民');
    expect(JSON.stringify(timeline.body)).not.toMatch(/张小梅|personId|actorId/);
    expect((await t.http<ProposalView>('GET', `/api/proposals/${id}`, { token: resident })).body.stage).toBe(
      'implementing',
    );
    expectError(
      await t.http('GET', `/api/proposals/${id}/timeline`, { token: await t.login('demo-owner-2') }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('resident polls', () => {
  test('one vote per resident, a simple majority of those voting, and never an owner decision', async () => {
    const resident = await t.login('demo-resident');
    const proposal = await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
      token: resident,
      json: { title: '周末广场舞时间', body: '建议调整到 19:00–20:30。' },
    });
    const poll = await t.http<ResidentPollView>('POST', `/api/proposals/${proposal.body.id}/resident-poll`, {
      token: committee,
      json: { closesAt: inTwoWeeks() },
    });
    expect(poll.status).toBe(201);
    expect(poll.body.notice).toBe('居民意见征询结果仅供参考，不是业主共同决定');
    const withPoll = await t.http<ProposalView>('GET', `/api/proposals/${proposal.body.id}`, { token: owner });
    expect(withPoll.body).toMatchObject({ pollId: poll.body.id, vote: null });
    expectError(
      await t.http('POST', `/api/proposals/${proposal.body.id}/owner-vote`, {
        token: committee,
        json: {
          matterNo: 4,
          closesAt: inTwoWeeks(),
          secret: true,
          noticePostedAt: new Date(Date.now() - 16 * 86400_000).toISOString(),
          noticeAttachmentId: await upload(t, jinxiu, committee),
        },
      }),
      409,
      'VOTE_ALREADY_OPEN',
    );
    await t.http('POST', `/api/resident-polls/${poll.body.id}/votes`, {
      token: resident,
      json: { choice: 'disagree' },
    });
    const changed = await t.http<ResidentPollView>('POST', `/api/resident-polls/${poll.body.id}/votes`, {
      token: resident,
      json: { choice: 'agree' },
    });
    expect(changed.body).toMatchObject({ agree: 1, disagree: 0, myChoice: 'agree', majorityAgrees: true });
    const byOwner = await t.http<ResidentPollView>('POST', `/api/resident-polls/${poll.body.id}/votes`, {
      token: owner,
      json: { choice: 'abstain' },
    });
    expect(byOwner.body).toMatchObject({ agree: 1, abstain: 1, majorityAgrees: false }); // 1 of 2 is not more than half
    expectError(
      await t.http('POST', `/api/resident-polls/${poll.body.id}/votes`, {
        token: await t.login('demo-property'), // staff, not a resident (demo-committee is also an owner)
        json: { choice: 'agree' },
      }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await t.http('POST', `/api/resident-polls/${poll.body.id}/votes`, {
        token: await t.login('demo-owner-2'),
        json: { choice: 'agree' },
      }),
      403,
      'FORBIDDEN',
    );
    const closed = await t.http<ResidentPollView>('POST', `/api/resident-polls/${poll.body.id}/close`, {
      token: committee,
    });
    expect(closed.body.status).toBe('closed');
    expectError(
      await t.http('POST', `/api/resident-polls/${poll.body.id}/votes`, { token: resident, json: { choice: 'agree' } }),
      409,
      'VOTE_CLOSED',
    );
    const stored = await t.dataSource.query('SELECT COUNT(*) AS n FROM owner_vote WHERE proposalId = ?', [
      proposal.body.id,
    ]);
    expect(Number(stored[0].n)).toBe(0);
  });
});

describe('the 15-day notice (物业管理条例 art. 14)', () => {
  const newProposal = async () =>
    (
      await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
        token: committee,
        json: { title: '调整停车收费', body: '提请业主共同决定。' },
      })
    ).body.id;

  test('a vote noticed less than 15 days ago, or noticed in the future, does not open and nothing is created', async () => {
    const id = await newProposal();
    const open = (noticePostedAt?: string) =>
      t.http<OwnerVoteView & { code: string; message: string }>('POST', `/api/proposals/${id}/owner-vote`, {
        token: committee,
        json: { matterNo: 4, closesAt: inTwoWeeks(), secret: true, ...(noticePostedAt ? { noticePostedAt } : {}) },
      });
    const short = await open(new Date(Date.now() - 14 * 86400_000).toISOString());
    expect(short.status).toBe(400);
    expect(short.body.code).toBe('VOTE_NOTICE_TOO_SHORT');
    expect(short.body.message).toContain('15 日');
    expect((await open(new Date(Date.now() + 86400_000).toISOString())).status).toBe(400);
    expect((await open()).status).toBe(400);
    const proposal = await t.http<ProposalView>('GET', `/api/proposals/${id}`, { token: owner });
    expect(proposal.body).toMatchObject({ stage: 'raised', vote: null });

    const form = new FormData();
    form.append('file', new Blob([PNG]), 'notice.png');
    const photo = await t.http<{ id: number }>('POST', `/api/compounds/${jinxiu}/attachments`, {
      token: committee,
      body: form,
    });
    expect((await t.http('GET', `/api/attachments/${photo.body.id}`, { token: owner })).status).toBe(404);
    const ok = await t.http<OwnerVoteView>('POST', `/api/proposals/${id}/owner-vote`, {
      token: committee,
      json: {
        matterNo: 4,
        closesAt: inTwoWeeks(),
        secret: true,
        noticePostedAt: new Date(Date.now() - 15 * 86400_000 - 5000).toISOString(),
        noticeAttachmentId: photo.body.id,
      },
    });
    expect(ok.status).toBe(201);
    // The photo of the posted notice is every owner's to see once the vote opens.
    expect((await t.http('GET', `/api/attachments/${photo.body.id}`, { token: owner })).status).toBe(200);
    expect(ok.body).toMatchObject({ channel: 'here', externalRef: null });
    expect(Date.parse(ok.body.noticePostedAt!)).toBeLessThanOrEqual(Date.now() - 15 * 86400_000);
    const timeline = await t.http<ProposalTimelineView>('GET', `/api/proposals/${id}/timeline`, { token: owner });
    expect(timeline.body.events.find((e) => e.kind === 'vote_opened')?.text).toMatch(
      /公告已于 \d{4}年\d{1,2}月\d{1,2}日 张贴于小区公告栏/,
    );
  });
});

describe('a decision held on the official e-voting system, its result imported', () => {
  test('is evaluated by the same rules, published on the chain, and takes no ballots', async () => {
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
    const body = {
      matterNo: 6,
      externalRef: 'SC-2026-000123',
      closedAt: new Date(Date.now() - 86400_000).toISOString(),
      total: { areaCentiM2: 12_000_000, headcount: 1000 },
      // 3/4 of the participating exactly: 6,000,000 of 8,000,000 m²·100 and 600 of 800 people.
      agreed: { areaCentiM2: 6_000_000, headcount: 600 },
      disagreed: { areaCentiM2: 1_500_000, headcount: 150 },
      abstained: { areaCentiM2: 500_000, headcount: 50 },
      attachmentIds: [doc.body.id],
    };
    const bad = await t.http<{ code: string }>('POST', `/api/proposals/${proposal.body.id}/official-result`, {
      token: committee,
      json: { ...body, agreed: { areaCentiM2: 12_000_000, headcount: 600 } },
    });
    expect(bad.status).toBe(400);
    // A week date passes the ISO validator but is no time: a 400, not a vote stored with an invalid date.
    expectError(
      await t.http('POST', `/api/proposals/${proposal.body.id}/official-result`, {
        token: committee,
        json: { ...body, closedAt: '2026-W05' },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(
      (await t.http('POST', `/api/proposals/${proposal.body.id}/official-result`, { token: owner, json: body })).status,
    ).toBe(403);

    const imported = await t.http<OwnerVoteView>('POST', `/api/proposals/${proposal.body.id}/official-result`, {
      token: committee,
      json: body,
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      channel: 'official',
      externalRef: 'SC-2026-000123',
      status: 'closed',
      documents: [{ id: doc.body.id, mime: 'application/pdf' }],
    });
    // The result document is public in the compound once imported.
    expect((await t.http('GET', `/api/attachments/${doc.body.id}`, { token: owner })).status).toBe(200);
    const result = await t.http<OwnerVoteResultView>('GET', `/api/owner-votes/${imported.body.id}/result`, {
      token: owner,
    });
    expect(result.body.tally).toMatchObject({
      rule: 'three-quarters',
      participated: { areaCentiM2: 8_000_000, headcount: 800 },
      participationMet: true,
      approvalMet: true,
      approved: true,
    });
    expect(result.body.publication?.hash).toMatch(/^[0-9a-f]{64}$/);
    const cast = await t.http<{ code: string }>('POST', `/api/owner-votes/${imported.body.id}/ballots`, {
      token: owner,
      json: { choice: 'agree' },
    });
    expect(cast.status).toBe(409);
    const again = await t.http('POST', `/api/proposals/${proposal.body.id}/official-result`, {
      token: committee,
      json: body,
    });
    expect(again.status).toBe(409);
    const verify = await t.http<VerifyResult>('GET', `/api/compounds/${jinxiu}/disclosures/verify`, { token: owner });
    expect(verify.body.ok).toBe(true);
  });
});

describe('a vote announced here opens by itself 15 days later', () => {
  test('owners are told at once; it takes no ballot before it opens; at its time the roll freezes and it opens', async () => {
    const day = 86400_000;
    const proposal = await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
      token: committee,
      json: { title: '选举新一届业委会', body: '换届选举，提请业主共同决定。' },
    });
    const id = proposal.body.id;
    const announce = (opensInDays: number) =>
      t.http<OwnerVoteView & { code: string }>('POST', `/api/proposals/${id}/owner-vote`, {
        token: committee,
        json: {
          matterNo: 3,
          opensAt: new Date(Date.now() + opensInDays * day).toISOString(),
          closesAt: new Date(Date.now() + (opensInDays + 7) * day).toISOString(),
          secret: true,
        },
      });
    expectError(await announce(10), 400, 'VOTE_NOTICE_TOO_SHORT');
    const announced = await announce(15.5);
    expect(announced.status).toBe(201);
    expect(announced.body).toMatchObject({ status: 'announced', roll: { units: 0 } });
    const opensAt = Date.parse(announced.body.openedAt);
    expect(Date.parse(announced.body.noticePostedAt!)).toBeLessThanOrEqual(opensAt - 15 * day);

    expectError(
      await t.http('POST', `/api/owner-votes/${announced.body.id}/ballots`, {
        token: owner,
        json: { choice: 'agree' },
      }),
      409,
      'VOTE_NOT_OPEN',
    );
    const reminders = t.app.get(VoteReminders);
    await reminders.run(Date.now());
    await reminders.run(Date.now());
    const told = await t.dataSource
      .getRepository(Notification)
      .find({ where: { topic: 'vote_announced', subjectId: announced.body.id } });
    expect(told).toHaveLength(2); // demo-owner and demo-committee, the verified owners of 锦绣花园 in the demo

    // A roster change during the notice period is in the roll: it is frozen when the vote opens.
    const unit = await t.dataSource.getRepository(Unit).findOneByOrFail({ compoundId: jinxiu, developerUnsold: false });
    await t.dataSource.getRepository(Unit).update({ id: unit.id }, { areaCentiM2: unit.areaCentiM2 + 100 });
    const area = (await t.dataSource.getRepository(Unit).findBy({ compoundId: jinxiu })).reduce(
      (sum, u) => sum + u.areaCentiM2,
      0,
    );
    await reminders.run(opensAt - 1000);
    expect((await t.http<OwnerVoteView>('GET', `/api/proposals/${id}`, { token: owner })).body).toMatchObject({
      stage: 'raised',
    });
    await reminders.run(opensAt + 1000);
    await reminders.run(opensAt + 2000); // opens nothing twice
    const opened = await t.http<ProposalView>('GET', `/api/proposals/${id}`, { token: owner });
    expect(opened.body).toMatchObject({
      stage: 'voting',
      vote: { status: 'open', roll: { units: 1200, areaCentiM2: area } },
    });
    const timeline = await t.http<ProposalTimelineView>('GET', `/api/proposals/${id}/timeline`, { token: owner });
    const kinds = timeline.body.events.map((e) => [e.kind, e.actorRole]);
    expect(kinds).toContainEqual(['vote_announced', '业委会成员']);
    expect(kinds.filter(([k]) => k === 'vote_opened')).toEqual([['vote_opened', '系统']]);
    const cast = await t.http('POST', `/api/owner-votes/${announced.body.id}/ballots`, {
      token: owner,
      json: { choice: 'agree' },
    });
    expect(cast.status).toBe(201);
  });
});
