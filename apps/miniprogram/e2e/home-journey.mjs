// Browser journey of 首页 by role on the h5 build served by the API: each demo persona logs in and finds on 首页 the
// counts of its pending work (votes not cast, open complaints, the inbox and what is overdue, drafts, questions,
// reviews, complaints routed to the company, claims, escalated complaints, problem compounds), each equal to what
// GET /api/me/home answers with the same token; then 消息 lists the notices the person received.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/home-journey.mjs
/* global localStorage -- the evaluate callback runs in the page */
import { BASE_URL, TIMEOUT, startJourney } from './harness.mjs';

const { check, current, showing, snap, loginAs, step, finish } = await startJourney('home');

const PERSONAS = ['居民', '业主', '网格员', '物业', '业委会', '监察人', '社区管理员', '街道管理员', '区级管理员'];

/** The session token the page keeps (Taro's h5 storage wraps values as `{ data }`). */
async function tokenOf(page) {
  const raw = await page.evaluate(() => localStorage.getItem('xiaoqu.session'));
  const parsed = raw ? JSON.parse(raw) : null;
  return parsed?.data?.token ?? parsed?.token ?? null;
}

async function api(token, path) {
  const res = await fetch(`${BASE_URL}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/** The counts 首页 must show for one section, by the `data-home-count` keys its components give them. */
function expectedCounts(section) {
  const key = `${section.kind}:${section.place.id}`;
  const counts = {};
  const put = (name, value) => {
    if (value !== null && value !== undefined) counts[`${key}:${name}`] = value;
  };
  switch (section.kind) {
    case 'resident':
      put('complaints', section.openComplaints.length);
      if (section.roles.includes('owner')) put('unvoted', section.unvotedVotes.length);
      break;
    case 'grid_worker':
      put('inbox', section.inbox);
      put('overdue', section.overdue);
      break;
    case 'compound_staff':
      put('drafts', section.draftsToPublish);
      put('questions', section.questionsWaiting?.count);
      put('reviews', section.reviewsToGive);
      put('complaints', section.complaintsRouted?.count);
      break;
    case 'admin':
      put('claims', section.pendingClaims);
      put('escalated', section.escalatedComplaints.count);
      put('problems', section.problemCompounds);
      break;
  }
  return counts;
}

try {
  for (const label of PERSONAS) {
    await step(`${label}: 首页 shows the pending work the API counts`, async () => {
      const { context, page } = await loginAs(label);
      await showing(page, '消息');
      const token = await tokenOf(page);
      check(Boolean(token), `${label}: the page holds a session token`);
      const home = await api(token, '/api/me/home');
      check(
        home.sections.length > 0,
        `${label}: 首页 has ${home.sections.length} section(s), not the claim invitation`,
      );
      const view = current(page);
      check(
        (await view.getByText('还没有关联的小区').count()) === 0,
        `${label}: no 还没有关联的小区 for a person with a role`,
      );
      for (const section of home.sections) {
        await view.locator(`[data-home-section="${section.kind}:${section.place.id}"]`).first().waitFor({
          timeout: TIMEOUT,
        });
        for (const [key, want] of Object.entries(expectedCounts(section))) {
          const el = view.locator(`[data-home-count="${key}"]`).first();
          const shown = (await el.count()) > 0 ? (await el.innerText()).trim() : '(missing)';
          check(shown === String(want), `${label}: ${key} shows ${shown}, the API counts ${want}`);
        }
      }
      const text = await view.innerText();
      check(!/\b[a-z]+_[a-z_]+\b/.test(text), `${label}: no raw codes on 首页`);
      await snap(page, `home-${label}`);

      // 消息: the notices the person received, newest first.
      await view.locator('.xq-home__messages').first().click();
      await page.waitForURL(/messages\/pages\/index\/index/, { timeout: TIMEOUT });
      const notices = await api(token, '/api/me/notifications');
      if (notices.items.length === 0) {
        await showing(page, '还没有消息');
        check(true, `${label}: 消息 says there is none yet`);
      } else {
        await showing(page, notices.items[0].title);
        const rows = await current(page).locator('[data-message-id]').count();
        check(rows === notices.items.length, `${label}: 消息 lists ${rows} notices, the API ${notices.items.length}`);
      }
      await snap(page, `messages-${label}`);
      await context.close();
    });
  }
  await finish();
} catch (error) {
  await finish(error);
}
