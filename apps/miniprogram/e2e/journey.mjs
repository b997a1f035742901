// Browser journey on the h5 build served by the API: a resident claims a unit, the community admin approves it,
// the resident then sees it under 我的. Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/journey.mjs
// Needs a freshly seeded demo (`npm start`): the claim is refused once the resident already owns the unit.
/* global document -- the waitForFunction callbacks run in the page */
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');
const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shots');
const TIMEOUT = 15_000;
const CLAIM = { compound: '锦绣花园', building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' };

fs.mkdirSync(SHOTS, { recursive: true });
// launch() gives Chromium a fresh temporary --user-data-dir of its own (it refuses one in args), and each persona
// below gets a new browser context: no token or persona carries over.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let passed = 0;
let failed = 0;
function check(ok, message) {
  console.log(`${ok ? 'ok' : 'FAIL'} - ${message}`);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

/** The page on screen: Taro's h5 router keeps earlier pages in the DOM, hidden. */
function current(page) {
  return page.locator('.taro_page').filter({ visible: true }).last();
}

/** Waits until the page on screen shows `text`, and its slide-in transition has finished. */
async function showing(page, text) {
  await current(page).getByText(text, { exact: false }).first().waitFor({ timeout: TIMEOUT });
  await page.waitForFunction(
    () => {
      const pages = [...document.querySelectorAll('.taro_page')].filter((el) => el.offsetParent !== null);
      const el = pages[pages.length - 1];
      return !!el && Math.round(el.getBoundingClientRect().x) === 0;
    },
    null,
    { timeout: 5000 },
  );
}

let shotNo = 0;
async function shot(page, name) {
  shotNo += 1;
  await page.waitForTimeout(300); // toasts and tags settle
  await page.screenshot({ path: path.join(SHOTS, `${String(shotNo).padStart(2, '0')}-${name}.png`) });
}

/** A fresh browser context (no token, no persona) logged in as one of the demo personas. */
async function loginAs(label) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`# [pageerror] ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('Failed to load resource')) console.log(`# [browser] ${m.text()}`);
  });
  await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
  await showing(page, '选择演示身份');
  await current(page).locator('.nut-cell', { hasText: label }).first().click();
  await page.waitForURL(/pages\/home\/index/, { timeout: TIMEOUT });
  return { context, page };
}

/** A NutUI button (its inner text does not take clicks: the button does). */
function button(scope, text) {
  return scope.locator('.nut-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) });
}

async function tab(page, text) {
  await page.locator('.weui-tabbar__item', { hasText: text }).click();
}

async function fill(page, name, value) {
  const input = current(page).locator(`input[name="${name}"]`);
  await input.fill(value);
}

async function step(name, fn) {
  try {
    await fn();
  } catch (error) {
    check(false, `${name}: ${String(error?.message || error).split('\n')[0]}`);
    throw error;
  }
}

try {
  // 1. The resident claims 3栋 502.
  await step('resident claims a unit', async () => {
    const { context, page } = await loginAs('居民');
    await showing(page, CLAIM.compound);
    check(await current(page).getByText('芳华社区').first().isVisible(), 'home shows the compound and its community');
    await shot(page, 'resident-home');

    await tab(page, '我的');
    await showing(page, '房屋认证申请');
    check(await current(page).getByText('居民').first().isVisible(), '我的 shows the resident role');
    await shot(page, 'resident-mine');

    await button(current(page), '认证房屋').click();
    await showing(page, '1. 小区');
    await fill(page, 'compoundQuery', CLAIM.compound);
    await button(current(page), '搜索').click();
    await current(page).locator('.xq-claim-form__option', { hasText: CLAIM.compound }).click();
    await current(page)
      .locator('.xq-claim-form__chip', { hasText: new RegExp(`^${CLAIM.building}$`) })
      .click();
    await fill(page, 'room', CLAIM.room);
    await fill(page, 'ownerName', CLAIM.ownerName);
    await fill(page, 'phoneLast4', CLAIM.phoneLast4);
    await shot(page, 'resident-claim-form');
    await button(current(page), '提交认证').click();
    const refusal = current(page).locator('.xq-claim-form__error');
    await Promise.race([
      current(page).getByText('认证申请已提交').waitFor({ timeout: TIMEOUT }),
      refusal.first().waitFor({ timeout: TIMEOUT }),
    ]);
    if (await refusal.count()) throw new Error(`the claim was refused: ${await refusal.first().innerText()}`);
    await showing(page, '认证申请已提交');
    const done = current(page).locator('.xq-claim-done');
    check(
      await done.getByText(`${CLAIM.building} `, { exact: false }).first().isVisible(),
      'claim result names the unit',
    );
    check(await done.getByText('审核中', { exact: true }).isVisible(), 'claim is 审核中 after submitting');
    await shot(page, 'resident-claim-pending');

    await button(current(page), '返回我的').click();
    await showing(page, '房屋认证申请');
    const claim = current(page).locator('.xq-claims__item', { hasText: `${CLAIM.building}` });
    await claim.first().waitFor({ timeout: TIMEOUT });
    check(await claim.first().getByText('审核中').isVisible(), '我的 lists the claim as 审核中');
    await shot(page, 'resident-mine-pending');
    await context.close();
  });

  // 2. The community admin approves it.
  await step('community admin approves the claim', async () => {
    const { context, page } = await loginAs('社区管理员');
    await tab(page, '我的');
    await showing(page, '社区管理');
    await current(page).locator('.nut-cell', { hasText: '审核房屋认证' }).click();
    await page.waitForURL(/admin\/pages\/claims/, { timeout: TIMEOUT });
    await showing(page, '待审核');
    const card = current(page)
      .locator('.xq-admin-claims__card')
      .filter({ hasText: `${CLAIM.compound} ${CLAIM.building}` })
      .filter({ hasText: ` ${CLAIM.room}` });
    check((await card.count()) === 1, 'the pending claim is listed for the admin');
    await shot(page, 'admin-pending');
    await button(card, '通过').click();
    await card.waitFor({ state: 'detached', timeout: TIMEOUT });
    check(true, 'the admin approved the claim and it left the pending list');
    await shot(page, 'admin-approved');
    await context.close();
  });

  // 3. The resident now owns 3栋 502.
  await step('resident sees the unit', async () => {
    const { context, page } = await loginAs('居民');
    await tab(page, '我的');
    await showing(page, '我的房屋');
    const unit = current(page)
      .locator('.xq-mine__unit')
      .filter({ hasText: `${CLAIM.compound} ${CLAIM.building}` })
      .filter({ hasText: ` ${CLAIM.room}` });
    await unit.first().waitFor({ timeout: TIMEOUT });
    check(
      await unit.first().getByText('m²').isVisible(),
      `我的 lists ${CLAIM.building} ${CLAIM.room} under 我的房屋 with its area`,
    );
    const claim = current(page).locator('.xq-claims__item', { hasText: CLAIM.building });
    check(await claim.first().getByText('已通过').isVisible(), 'the claim now says 已通过');
    await shot(page, 'resident-owner');
    await context.close();
  });
} catch {
  // already reported by step()
}

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
