// What every browser journey on the h5 build needs: Debian's Chromium, a fresh context per persona, the page on
// screen, screenshots, checks counted into the final `N passed, N failed` line that CI reads.
/* global document, getComputedStyle -- the waitForFunction and evaluate callbacks run in the page */
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');
export const TIMEOUT = 15_000;

/** Each element's font size (and a line height in px) at `scale` times the stylesheet's, or back to it (scale 1). */
export async function textScale(page, scale) {
  await page.evaluate((s) => {
    const els = [...document.body.querySelectorAll('*')];
    if (s === 1) {
      for (const el of els) {
        if (el.dataset.xqTextScale === undefined) continue;
        const [fs, lh] = el.dataset.xqTextScale.split('|');
        el.style.removeProperty('font-size');
        el.style.removeProperty('line-height');
        if (fs) el.style.setProperty('font-size', fs);
        if (lh) el.style.setProperty('line-height', lh);
        delete el.dataset.xqTextScale;
      }
      return;
    }
    // Read every size first: once a parent is scaled, a child inheriting its size would read the scaled one.
    const sizes = els.map((el) => {
      const cs = getComputedStyle(el);
      return [parseFloat(cs.fontSize), cs.lineHeight];
    });
    els.forEach((el, i) => {
      const [fs, lh] = sizes[i];
      el.dataset.xqTextScale = `${el.style.getPropertyValue('font-size')}|${el.style.getPropertyValue('line-height')}`;
      el.style.setProperty('font-size', `${fs * s}px`, 'important');
      if (lh.endsWith('px')) el.style.setProperty('line-height', `${parseFloat(lh) * s}px`, 'important');
    });
  }, scale);
}

/** Starts a journey whose screenshots go to `shots/<name>` (or `shots` when name is empty). */
export async function startJourney(name = '') {
  const shots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shots', name);
  fs.mkdirSync(shots, { recursive: true });
  // launch() gives Chromium a fresh temporary --user-data-dir of its own (it refuses one in args), and each persona
  // gets a new browser context: no token or persona carries over.
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
  async function shot(page, label) {
    shotNo += 1;
    await page.waitForTimeout(300); // toasts and tags settle
    await page.screenshot({ path: path.join(shots, `${String(shotNo).padStart(2, '0')}-${label}.png`) });
  }

  /** Screenshots of the page at 390×844, then with text at 150%; `target` (a locator) scrolled into view first. */
  async function snap(page, label, target) {
    // A toast ("表决已开启") has said what happened; let it go before the page is shot, so it covers nothing.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('.taro__toast')].every(
            (el) => getComputedStyle(el).display === 'none' || el.style.opacity === '0',
          ),
        null,
        { timeout: 5000 },
      )
      .catch(() => {});
    if (target) await target.first().scrollIntoViewIfNeeded();
    await shot(page, label);
    await textScale(page, 1.5);
    if (target) await target.first().scrollIntoViewIfNeeded();
    await shot(page, `${label}-150`);
    await textScale(page, 1);
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
    await current(page)
      .locator('.nut-cell', { hasText: new RegExp(`^\\s*${label}`) })
      .first()
      .click();
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

  async function fill(page, inputName, value) {
    await current(page).locator(`input[name="${inputName}"]`).fill(value);
  }

  /** Taro.showModal on h5: its confirm button. */
  async function confirmModal(page) {
    await page.locator('.taro-model__confirm').filter({ visible: true }).click();
  }

  /** Runs one step; a failure is counted with the step's name and stops the journey. */
  async function step(stepName, fn) {
    try {
      await fn();
    } catch (error) {
      check(false, `${stepName}: ${String(error?.message || error).split('\n')[0]}`);
      throw error;
    }
  }

  /** Ends the journey: an error no step counted is counted, the browser closes, the last line is for CI. */
  async function finish(error) {
    if (error && passed + failed === 0) check(false, String(error?.message || error).split('\n')[0]);
    await browser.close();
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
  }

  return { check, current, showing, shot, snap, loginAs, button, tab, fill, confirmModal, step, finish };
}

/* global window -- pickDate's callbacks run in the page */

/** The open date picker's column `column` (0 year, 1 month, 2 day) as the screen shows it, measured in the page. */
function pickerColumn(column) {
  const picker = [...document.querySelectorAll('.weui-picker')].find((el) => el.getClientRects().length > 0);
  if (!picker) return null;
  const group = picker.querySelectorAll('taro-picker-group')[column];
  const box = group.getBoundingClientRect();
  const indicator = group.querySelector('.weui-picker__indicator').getBoundingClientRect();
  const body = picker.querySelector('.weui-picker__bd').getBoundingClientRect();
  const items = [...group.querySelectorAll('.weui-picker__item')].map((el) => {
    const r = el.getBoundingClientRect();
    return { text: el.textContent.trim(), y: r.top + r.height / 2, height: r.height };
  });
  return {
    x: box.left + box.width / 2,
    middle: indicator.top + indicator.height / 2,
    top: body.top,
    bottom: body.bottom,
    items,
  };
}

/**
 * Chooses `day` (`YYYY-MM-DD`) in the date field `name` (components/DateField, `data-name`) of the page on screen the
 * way a person does on h5: taps the field, then in Taro's picker taps rows of the year, month and day columns until
 * the wanted one sits in the middle band (a tapped row moves there; a day further away is reached three rows at a
 * time), then 确定. Throws when the picker does not offer the day (outside the field's bounds: the picker is closed
 * with 取消 first, the field unchanged) or when the field does not show the day afterwards.
 */
export async function pickDate(page, name, day) {
  const [y, m, d] = day.split('-');
  const wanted = [`${y}年`, `${m}月`, `${d}日`];
  const field = page
    .locator('.taro_page')
    .filter({ visible: true })
    .last()
    .locator(`.xq-date-field[data-name="${name}"]`);
  await field.click();
  const picker = page.locator('.weui-picker').filter({ visible: true });
  await picker.waitFor({ timeout: TIMEOUT });
  // It slides up from the bottom of the window (0.3 s); Taro reads a tap by its height above that bottom.
  await page.waitForFunction(
    () => {
      const el = [...document.querySelectorAll('.weui-picker')].find((p) => p.getClientRects().length > 0);
      return !!el && Math.abs(el.getBoundingClientRect().bottom - window.innerHeight) < 1;
    },
    null,
    { timeout: 5000 },
  );
  // A tap on the year in the middle first: after a 取消 Taro's picker keeps the months and days of the year it was
  // left on while it shows the chosen one again; the tap makes them match what is shown.
  const years = await page.evaluate(pickerColumn, 0);
  await page.mouse.click(years.x, years.middle);
  await page.waitForTimeout(400);
  for (let column = 0; column < 3; column += 1) {
    for (let taps = 0; ; taps += 1) {
      if (taps > 60) throw new Error(`pickDate ${name}: ${wanted[column]} not reached in 60 taps`);
      const col = await page.evaluate(pickerColumn, column);
      if (!col) throw new Error(`pickDate ${name}: the picker closed`);
      const target = col.items.findIndex((item) => item.text === wanted[column]);
      if (target < 0) {
        const offered = `${col.items[0]?.text}…${col.items[col.items.length - 1]?.text}`;
        // Closed with 取消, so that a journey checking what is not offered goes on with the page as it was.
        await picker.locator('.weui-picker__action', { hasText: '取消' }).click();
        await picker.waitFor({ state: 'hidden', timeout: 5000 });
        throw new Error(`pickDate ${name}: the picker offers no ${wanted[column]} (${offered})`);
      }
      const distances = col.items.map((item) => Math.abs(item.y - col.middle));
      const centred = distances.indexOf(Math.min(...distances));
      if (distances[centred] > 1) {
        await page.waitForTimeout(100); // still rolling
        continue;
      }
      if (centred === target) break;
      const row = col.items[target];
      const inView = row.y - row.height / 2 >= col.top && row.y + row.height / 2 <= col.bottom;
      const tapY = inView ? row.y : col.middle + Math.sign(target - centred) * 3 * row.height;
      await page.mouse.click(col.x, tapY);
      await page.waitForTimeout(400); // the column rolls for 0.3 s
    }
  }
  await picker.locator('.weui-picker__action', { hasText: '确定' }).click();
  await picker.waitFor({ state: 'hidden', timeout: 5000 });
  const shown = `${Number(y)}年${Number(m)}月${Number(d)}日`;
  const text = await field.innerText();
  if (!text.includes(shown)) throw new Error(`pickDate ${name}: the field shows ${text.trim()}, not ${shown}`);
}
