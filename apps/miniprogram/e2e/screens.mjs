// Screenshots of pages as each persona sees them, at 390×844 and with text at 150%, for a person to look at after a
// change (not a journey: it checks only that each page showed what it is named by). Shots go to shots/screens/.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/screens.mjs [persona-filter]
import { BASE_URL, startJourney } from './harness.mjs';

const { check, current, showing, snap, loginAs, tab, step, finish } = await startJourney('screens');

/** persona label on the demo login page → pages: [label, hash path (or a tab name), text the page shows]. */
const SCREENS = {
  物业: [
    ['staff-periods', '/staff/pages/periods/index', '收支草稿'],
    ['staff-service', '/staff/pages/service/index', '服务'],
  ],
  社区管理员: [
    ['admin-claims', '/admin/pages/claims/index', '认证'],
    ['admin-audit', '/admin/pages/audit/index', '操作记录'],
  ],
  居民: [
    ['resident-claim', '/pages/claim/index', '认证'],
    ['resident-complaints', { tab: '诉求' }, '诉求'],
    ['resident-mine', { tab: '我的' }, '个人信息'],
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
        if (typeof where === 'string') await page.goto(`${BASE_URL}/#${where}`, { waitUntil: 'load' });
        else await tab(page, where.tab);
        await showing(page, text);
        await page.waitForTimeout(800); // the page's own requests answer
        check(await current(page).isVisible(), `${persona} sees ${label}`);
        await snap(page, label);
        // The bottom of a long page too.
        await current(page).evaluate((el) => el.scrollTo?.(0, el.scrollHeight));
        await page.mouse.wheel(0, 20_000);
        await snap(page, `${label}-end`);
      });
    }
    await context.close();
  }
} catch (e) {
  error = e;
}
await finish(error);
