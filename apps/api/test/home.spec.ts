import type {
  AdminHomeSection,
  ClaimView,
  ComplaintDetailView,
  ComplaintRankingView,
  ComplaintView,
  CompoundStaffHomeSection,
  GridWorkerHomeSection,
  HomeResponse,
  OpenQuestionView,
  Page,
  ResidentHomeSection,
} from '@xiaoqu/shared';
import { pendingWorkOf } from '@xiaoqu/shared';
import { Complaint } from '../src/complaint/complaint.entities.js';
import { startTestApp, type TestApp } from './test-app.js';
import { openVote } from './vote-helpers.js';

// Issue 12 §1: 首页 by role. Every count equals what the list it taps through to shows, and only the places of the
// person's grants count.

let t: TestApp;
const tokens: Record<string, string> = {};
let jinxiu: number;
let cuiliu: number;

const PERSONAS = [
  'demo-resident',
  'demo-owner',
  'demo-grid',
  'demo-property',
  'demo-committee',
  'demo-supervisor',
  'demo-community-admin',
  'demo-street-admin',
  'demo-district-admin',
  'demo-owner-2',
];

beforeAll(async () => {
  t = await startTestApp({ disclosures: true, complaints: true });
  jinxiu = t.demo!.compoundIds.jinxiu;
  cuiliu = t.demo!.compoundIds.cuiliu;
  for (const who of PERSONAS) tokens[who] = await t.login(who);
}, 60_000);
afterAll(() => t.close());

async function home(who: string): Promise<HomeResponse> {
  const answer = await t.http<HomeResponse>('GET', '/api/me/home', { token: tokens[who] });
  expect(answer.status).toBe(200);
  return answer.body;
}

function section<K extends HomeResponse['sections'][number]['kind']>(h: HomeResponse, kind: K, placeId?: number) {
  const found = h.sections.filter((s) => s.kind === kind && (placeId === undefined || s.place.id === placeId));
  expect(found).toHaveLength(1);
  return found[0] as Extract<HomeResponse['sections'][number], { kind: K }>;
}

async function fileComplaint(who: string, compoundId: number, over: Record<string, unknown> = {}): Promise<number> {
  const answer = await t.http<ComplaintDetailView>('POST', `/api/compounds/${compoundId}/complaints`, {
    token: tokens[who],
    json: { category: 'noise', text: '楼下夜间施工，噪音很大', photoIds: [], ...over },
  });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

test('needs a login', async () => {
  expect((await t.http('GET', '/api/me/home')).status).toBe(401);
});

test('a resident sees their compound, and their open complaints with where each stands', async () => {
  const id = await fileComplaint('demo-resident', jinxiu);
  const h = await home('demo-resident');
  expect(h.sections.map((s) => s.kind)).toEqual(['resident']);
  const mine = section(h, 'resident', jinxiu) as ResidentHomeSection;
  expect(mine.place.name).toBe('锦绣花园');
  expect(mine.unvotedVotes).toEqual([]); // residents do not vote
  // The demo's published accounts are news of the compound, each opening its page.
  const published = mine.notices.filter((n) => n.kind === 'disclosure');
  expect(published.length).toBeGreaterThan(0);
  expect(published.every((n) => n.page.startsWith('disclosure/pages/'))).toBe(true);
  expect(mine.openComplaints.find((c) => c.id === id)).toMatchObject({ status: 'submitted', category: 'noise' });
  const list = await t.http<Page<ComplaintView>>('GET', '/api/me/complaints', { token: tokens['demo-resident'] });
  const open = list.body.items.filter((c) => c.status !== 'closed' && c.status !== 'withdrawn');
  expect(mine.openComplaints.map((c) => c.id)).toEqual(open.map((c) => c.id));
  expect(h.badges.pendingWork).toBe(0);
});

test('an owner is told of an open vote they have not cast, with its countdown, until they cast it', async () => {
  const vote = await openVote(t, jinxiu, tokens['demo-committee']);
  let h = await home('demo-owner');
  let owner = section(h, 'resident', jinxiu) as ResidentHomeSection;
  expect(owner.roles.sort()).toEqual(['owner', 'resident']);
  expect(owner.unvotedVotes.map((v) => v.voteId)).toContain(vote.id);
  expect(h.badges.unvotedVotes).toBe(owner.unvotedVotes.length);
  const notice = owner.notices.find((n) => n.kind === 'vote_open' && n.page.endsWith(`id=${vote.proposalId}`));
  expect(notice?.countdownTo).toBe(vote.closesAt);
  // The resident of the same compound sees the news but has no vote to cast.
  const resident = section(await home('demo-resident'), 'resident', jinxiu) as ResidentHomeSection;
  expect(resident.notices.some((n) => n.kind === 'vote_open')).toBe(true);
  expect(resident.unvotedVotes).toEqual([]);
  // The owner of another compound never sees it.
  const other = await home('demo-owner-2');
  expect(other.sections.map((s) => s.place.id)).toEqual([cuiliu]);
  expect((other.sections[0] as ResidentHomeSection).unvotedVotes.map((v) => v.voteId)).not.toContain(vote.id);
  expect(JSON.stringify(other)).not.toContain(`id=${vote.proposalId}`);

  const cast = await t.http('POST', `/api/owner-votes/${vote.id}/ballots`, {
    token: tokens['demo-owner'],
    json: { choice: 'agree' },
  });
  expect(cast.status).toBe(201);
  h = await home('demo-owner');
  owner = section(h, 'resident', jinxiu) as ResidentHomeSection;
  expect(owner.unvotedVotes.map((v) => v.voteId)).not.toContain(vote.id);
});

test("the grid worker's inbox and overdue counts equal the inbox list's", async () => {
  await fileComplaint('demo-resident', jinxiu, { buildingId: await building3() });
  const h = await home('demo-grid');
  const grid = section(h, 'grid_worker', jinxiu) as GridWorkerHomeSection;
  const inbox = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens['demo-grid'] });
  const overdue = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox?overdue=1', {
    token: tokens['demo-grid'],
  });
  expect(grid.inbox).toBeGreaterThan(0);
  expect(grid.inbox).toBe(inbox.body.items.length);
  expect(grid.overdue).toBe(overdue.body.items.length);
  expect(grid.nextDeadlines.map((d) => d.complaintId)).toEqual(inbox.body.items.slice(0, 3).map((c) => c.id));
  expect(grid.grids).toEqual(['3栋微网格']);
  expect(h.badges.pendingWork).toBe(grid.inbox);
});

async function building3(): Promise<number> {
  const buildings = await t.http<{ id: number; name: string }[]>('GET', `/api/compounds/${jinxiu}/buildings`, {
    token: tokens['demo-resident'],
  });
  return buildings.body.find((b) => b.name === '3栋')!.id;
}

test('property staff: drafts, questions waiting and complaints routed to the company, as their lists count them', async () => {
  await fileComplaint('demo-resident', jinxiu, { category: 'facilities', text: '3栋电梯坏了，一直没人修' });
  const h = await home('demo-property');
  const staff = section(h, 'compound_staff', jinxiu) as CompoundStaffHomeSection;
  expect(staff.roles).toEqual(['property_staff']);
  expect(staff.reviewsToGive).toBeNull();
  const questions = await t.http<OpenQuestionView[]>('GET', `/api/compounds/${jinxiu}/questions?unanswered=1`, {
    token: tokens['demo-property'],
  });
  expect(staff.questionsWaiting?.count).toBe(questions.body.length);
  if (questions.body.length > 0)
    expect(staff.questionsWaiting?.oldestAskedAt).toBe(questions.body.map((q) => q.askedAt).sort()[0]);
  const inbox = await t.http<Page<ComplaintView>>('GET', '/api/complaints/inbox', { token: tokens['demo-property'] });
  expect(staff.complaintsRouted?.count).toBe(inbox.body.items.filter((c) => c.route === 'property').length);
  const periods = await t.http<{ status: string }[]>(
    'GET',
    `/api/compounds/${jinxiu}/account-disclosures?include=drafts`,
    { token: tokens['demo-property'] },
  );
  const service = await t.http<{ status: string } | null>('GET', `/api/compounds/${jinxiu}/service-disclosure/draft`, {
    token: tokens['demo-property'],
  });
  expect(staff.draftsToPublish).toBe(
    periods.body.filter((p) => p.status === 'draft').length + (service.status === 200 ? 1 : 0),
  );
  expect(h.badges.pendingWork).toBe(pendingWorkOf(staff));
});

test('a supervisor has reviews to give, and no property work', async () => {
  const staff = section(await home('demo-supervisor'), 'compound_staff', jinxiu) as CompoundStaffHomeSection;
  expect(staff.roles).toEqual(['supervisor']);
  expect(staff.reviewsToGive).not.toBeNull();
  expect(staff.draftsToPublish).toBeNull();
  expect(staff.questionsWaiting).toBeNull();
  expect(staff.complaintsRouted).toBeNull();
});

test('admins: pending claims, escalated complaints and problem compounds of their own place only', async () => {
  const admin = section(await home('demo-community-admin'), 'admin') as AdminHomeSection;
  expect(admin.role).toBe('community_admin');
  expect(admin.place.name).toBe('芳华社区');
  expect(admin.problemCompounds).toBeNull();
  const claims = await t.http<ClaimView[]>('GET', '/api/admin/claims?status=pending', {
    token: tokens['demo-community-admin'],
  });
  expect(admin.pendingClaims).toBe(claims.body.length);

  // An escalated complaint in 翠柳 (another community) counts for the street, not for 芳华.
  const before = section(await home('demo-street-admin'), 'admin') as AdminHomeSection;
  const id = await fileComplaint('demo-owner-2', cuiliu);
  await t.dataSource.getRepository(Complaint).update({ id }, { level: 'difficult' });
  const street = section(await home('demo-street-admin'), 'admin') as AdminHomeSection;
  expect(street.escalatedComplaints.count).toBe(before.escalatedComplaints.count + 1);
  const community = section(await home('demo-community-admin'), 'admin') as AdminHomeSection;
  expect(community.escalatedComplaints.count).toBe(admin.escalatedComplaints.count);
  const escalated = await t.http<Page<ComplaintView>>('GET', `/api/places/${street.place.id}/complaints/escalated`, {
    token: tokens['demo-street-admin'],
  });
  expect(street.escalatedComplaints.count).toBe(escalated.body.items.length);

  const ranking = await t.http<ComplaintRankingView>(
    'GET',
    `/api/places/${street.place.id}/complaint-ranking?period=${street.period}`,
    { token: tokens['demo-street-admin'] },
  );
  expect(street.problemCompounds).toBe(ranking.body.compounds.filter((c) => c.marked).length);
  const district = section(await home('demo-district-admin'), 'admin') as AdminHomeSection;
  expect(district.pendingClaims).toBeNull();
  expect(district.placePath).toEqual([]);
});

test('a person with no role gets no sections and no badges', async () => {
  const token = await t.login('home-nobody');
  const answer = await t.http<HomeResponse>('GET', '/api/me/home', { token });
  expect(answer.status).toBe(200);
  expect(answer.body.sections).toEqual([]);
  expect(answer.body.badges).toEqual({ pendingWork: 0, unvotedVotes: 0, unreadComplaintUpdates: 0, unreadMessages: 0 });
});
