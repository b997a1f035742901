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
