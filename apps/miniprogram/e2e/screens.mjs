// Screenshots of pages as each persona sees them, at 390×844 and with text at 150%, for a person to look at after a
// change (not a journey: it checks only that each page showed what it is named by). Shots go to shots/screens/.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/screens.mjs [persona-filter]
/* global document, window -- the evaluate callbacks run in the page */
import { BASE_URL, startJourney } from './harness.mjs';

const { check, current, showing, snap, loginAs, step, finish } = await startJourney('screens');

/** persona label on the demo login page → pages: [label, hash path, text the page shows or null]. */
const SCREENS = {
  物业: [
    ['staff-periods', '/staff/pages/periods/index', '待答复质询'],
    ['staff-service', '/staff/pages/service/index', '服务'],
    ['staff-fund', '/staff/pages/fund/index', null],
  ],
  街道管理员: [['admin-ranking', '/admin/pages/ranking/index', null]],
  社区管理员: [
    ['admin-claims', '/admin/pages/claims/index', '待审核'],
    ['admin-audit', '/admin/pages/audit/index', null],
    ['admin-roster', '/admin/pages/roster/index', null],
  ],
  居民: [
    ['resident-claim', '/pages/claim/index', null],
    ['resident-complaints', '/pages/complaint/index', null],
    ['resident-deliberation', '/pages/deliberation/index', null],
    ['resident-mine', '/pages/mine/index', '个人信息'],
  ],
};

const only = process.argv[2];
let error;
try {
  for (const [persona, pages] of Object.entries(SCREENS)) {
    if (only && !persona.includes(only)) continue;
    const { context, page } = await loginAs(persona);
    for (const [label, where, text] of pages) {
      await step(`${persona}: ${label}`, async () => {
        await page.goto(`${BASE_URL}/#${where}`, { waitUntil: 'load' });
        if (text) await showing(page, text);
        await page.waitForTimeout(800); // the page's own requests answer
        check(await current(page).isVisible(), `${persona} sees ${label}`);
        await snap(page, label);
        // The bottom of a long page too.
        await page.evaluate(() => {
          window.scrollTo(0, 1e6);
          for (const el of document.querySelectorAll('*'))
            if (el.scrollHeight > el.clientHeight + 10) el.scrollTop = 1e6;
        });
        await snap(page, `${label}-end`);
      });
    }
    await context.close();
  }
} catch (e) {
  error = e;
}
await finish(error);
