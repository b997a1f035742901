import type {
  MaintenanceFundView,
  MeResponse,
  OwnerVoteResultView,
  ProposalTimelineView,
  ProposalView,
  VoteTurnoutView,
} from '@xiaoqu/shared';
import { Ballot } from '../src/deliberation/deliberation.entities.js';
import { Attachment } from '../src/files/attachment.entity.js';
import { DEMO_COMMITTEE_UNIT, DEMO_FUND_DECISION } from '../src/demo/demo-data.js';
import { seedDemo } from '../src/demo/seed.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let jinxiu: number;
let proposals: ProposalView[];
const token: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp({ proposals: true, disclosures: true });
  jinxiu = t.demo!.compoundIds.jinxiu;
  for (const who of ['demo-owner', 'demo-committee', 'demo-resident', 'demo-owner-2']) token[who] = await t.login(who);
  proposals = (
    await t.http<ProposalView[]>('GET', `/api/compounds/${jinxiu}/proposals`, { token: token['demo-owner'] })
  ).body;
});
afterAll(() => t.close());

const byTitle = (part: string) => {
  const found = proposals.find((p) => p.title.includes(part));
  if (!found) throw new Error(`no demo proposal “${part}”`);
  return found;
};
const timeline = async (id: number) =>
  (await t.http<ProposalTimelineView>('GET', `/api/proposals/${id}/timeline`, { token: token['demo-owner'] })).body;

test('锦绣花园 has a proposal in every stage', async () => {
  expect(proposals.map((p) => [p.stage, p.vote?.status ?? null, p.vote?.resultStage ?? null])).toEqual([
    ['raised', null, null],
    ['consultation', null, null],
    ['raised', 'announced', null],
    ['voting', 'open', null],
    ['published', 'closed', 'preliminary'],
    ['implementing', 'closed', 'final'],
  ]);
  const raised = await timeline(byTitle('临时停车位').id);
  expect(raised.supportCount).toBe(2);
  const consultation = await timeline(byTitle('充电桩').id);
  expect(consultation.positions.map((p) => p.party).sort()).toEqual(
    ['owners_committee', 'property_company', 'residents_committee', 'social_organisation'].sort(),
  );
  expect(consultation.events.some((e) => e.kind === 'meeting')).toBe(true);
});

test('the announced vote opens no sooner than 15 days after its notice here; the open one runs for weeks', () => {
  const announced = byTitle('公共收益').vote!;
  expect(Date.parse(announced.openedAt) - Date.now()).toBeGreaterThan(15 * 24 * 3600_000);
  expect(announced.notice?.method).toBe('platform');
  const open = byTitle('养犬').vote!;
  expect(Date.parse(open.closesAt) - Date.now()).toBeGreaterThan(14 * 24 * 3600_000);
  expect(open.notice?.method).toBe('posted');
});

test('demo-owner has not cast the open vote; demo-committee, an owner of 6栋 803, has', async () => {
  const vote = byTitle('养犬').vote!;
  const ballots = t.dataSource.getRepository(Ballot);
  expect(await ballots.count({ where: { voteId: vote.id, enteredBy: t.demo!.personIds['demo-owner'] } })).toBe(0);
  expect(await ballots.count({ where: { voteId: vote.id, enteredBy: t.demo!.personIds['demo-committee'] } })).toBe(3);
  const turnout = await t.http<VoteTurnoutView>('GET', `/api/owner-votes/${vote.id}/turnout`, {
    token: token['demo-owner'],
  });
  expect(turnout.body.participated.headcount).toBe(3);
  const me = (await t.http<MeResponse>('GET', '/api/me', { token: token['demo-committee'] })).body;
  expect(me.units).toEqual([expect.objectContaining({ building: DEMO_COMMITTEE_UNIT.building, room: '803' })]);
});

test('the closed vote is in its objection period, with its preliminary result explained', async () => {
  const vote = byTitle('充电棚').vote!;
  expect(vote.channel).toBe('here');
  expect(Date.parse(vote.objectionEndsAt!)).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
  const result = await t.http<OwnerVoteResultView>('GET', `/api/owner-votes/${vote.id}/result`, {
    token: token['demo-resident'],
  });
  expect(result.body.tally?.participated.headcount).toBe(6);
  expect(result.body.explanation.length).toBeGreaterThan(0);
});

test('the maintenance fund’s use cites the final decision, whose works are done and evaluated', async () => {
  const decision = byTitle(DEMO_FUND_DECISION.title);
  expect(decision.vote).toMatchObject({ channel: 'official', matterNo: 5, resultStage: 'final' });
  const events = await timeline(decision.id);
  expect(events.events.filter((e) => e.kind === 'update').map((e) => e.progress)).toEqual([40, 100]);
  expect(events.evaluation.count).toBe(2);
  const fund = await t.http<MaintenanceFundView>('GET', `/api/compounds/${jinxiu}/maintenance-fund`, {
    token: token['demo-resident'],
  });
  expect(fund.body.entries.find((e) => e.kind === 'use')?.decisionRef).toBe(DEMO_FUND_DECISION.reference);
});

test('the demo’s files are named in Chinese and their text is drawn, not Latin words', async () => {
  const names = (await t.dataSource.getRepository(Attachment).find({ select: { fileName: true } })).map(
    (a) => a.fileName,
  );
  expect(names.length).toBeGreaterThan(100);
  for (const name of names) expect(name.replace(/\.(pdf|png)$/, '')).not.toMatch(/[A-Za-z]/);
});

test('another compound’s owner reads none of it', async () => {
  const answer = await t.http('GET', `/api/compounds/${jinxiu}/proposals`, { token: token['demo-owner-2'] });
  expect(answer.status).toBe(403);
});

test('seeding again writes nothing', async () => {
  expect(await seedDemo(t.app)).toBeNull();
});
