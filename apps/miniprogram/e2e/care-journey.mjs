// 关怀模式 (issue 12 §2), measured: with the mode switched on under 我的 and the text at a further 150%, on the
// disclosure list, a period page, the ballot, the complaint form and the grid worker's inbox no element overflows
// its box and every tap target is at least 44 × 44 px; the body text is at least 18 px and the tab labels 14 px.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/care-journey.mjs
/* global document, getComputedStyle, window -- the evaluate callbacks run in the page */
import { BASE_URL, startJourney, textScale } from './harness.mjs';

const { check, current, showing, snap, loginAs, tab, step, finish } = await startJourney('care');

const MIN_TARGET = 44;

/** Switches 关怀模式 on under 我的 (the switch is remembered on this phone). */
async function careOn(page) {
  await tab(page, '我的');
  await showing(page, '关怀模式');
  const cell = current(page).locator('.xq-care-cell');
  await cell.locator('.nut-switch').click();
  await page.waitForFunction(() => document.documentElement.classList.contains('xq-care'), null, { timeout: 5000 });
}

/**
 * What is wrong on the page on screen, measured in the browser: text sticking out of its box or the screen, text
 * clipped by its box, tap targets smaller than `min` px. Each finding names the element by its class and text.
 */
async function measure(page, min) {
  return page.evaluate((minSize) => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((el) => el.offsetParent !== null);
    const root = pages[pages.length - 1];
    const width = window.innerWidth;
    const name = (el) =>
      `${el.tagName.toLowerCase()}.${String(el.className).split(' ').filter(Boolean).slice(0, 2).join('.')} «${(
        el.innerText ||
        el.getAttribute('aria-label') ||
        ''
      )
        .trim()
        .slice(0, 24)}»`;
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
    };
    const overflow = [];
    const small = [];
    // Text: a text node's own box (Range) inside its element's box and the screen.
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const el = node.parentElement;
      if (!el || !visible(el)) continue;
      // Cut short on purpose (an ellipsis on one line): the text is whole elsewhere (its sheet or detail page).
      let truncated = false;
      for (let a = el; a && a !== root && !truncated; a = a.parentElement) {
        const cs = getComputedStyle(a);
        truncated = cs.textOverflow === 'ellipsis' && cs.overflowX === 'hidden';
      }
      if (truncated) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.left < -1 || r.right > width + 1)
          overflow.push(`${name(el)} leaves the screen (${Math.round(r.right)}px)`);
      }
      // Clipped: an ancestor that hides overflow and is narrower or shorter than its content.
      for (let a = el; a && a !== root; a = a.parentElement) {
        const cs = getComputedStyle(a);
        const hidesX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
        const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
        if ((hidesX && a.scrollWidth > a.clientWidth + 1) || (hidesY && a.scrollHeight > a.clientHeight + 1)) {
          if (a.dataset.xqScroll !== undefined) break;
          overflow.push(
            `${name(a)} clips its text (${a.scrollWidth}×${a.scrollHeight} in ${a.clientWidth}×${a.clientHeight})`,
          );
          break;
        }
      }
    }
    // Tap targets: what a finger presses.
    const targets = root.querySelectorAll(
      'button, input, textarea, a[href], [role="button"], .nut-button, .nut-switch, .nut-checkbox, .nut-radio, ' +
        '.nut-cell-clickable, .nut-popup-title-right, .xq-chip, .taro-picker, picker',
    );
    // …and whatever has a click handler: Taro's components keep theirs in `__events`, React's DOM in its props.
    // (NutUI's Tag always listens, pressed or not: a tag is a label, not a target.)
    const handled = [...root.querySelectorAll('*')].filter((el) => {
      if (el.classList.contains('nut-tag')) return false;
      if (el.__events?.click?.length > 0) return true;
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
      return key !== undefined && typeof el[key]?.onClick === 'function';
    });
    for (const el of new Set([...targets, ...handled])) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < minSize - 0.5 || r.height < minSize - 0.5)
        small.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    // Body text: the size most characters on the page are set in.
    const chars = new Map();
    const texts = document.createTreeWalker(root, 4);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const n = node.textContent.trim().length;
      if (n === 0 || !node.parentElement || !visible(node.parentElement)) continue;
      const size = Math.round(parseFloat(getComputedStyle(node.parentElement).fontSize) * 10) / 10;
      chars.set(size, (chars.get(size) ?? 0) + n);
    }
    const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const tabs = [...document.querySelectorAll('.weui-tabbar__label')]
      .filter(visible)
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return { overflow: [...new Set(overflow)], small: [...new Set(small)], body, tabs };
  }, min);
}

/** The page on screen in 关怀模式, and with its text at a further 150%: shot, measured, the findings counted. */
async function inspect(page, label) {
  await snap(page, label);
  const plain = await measure(page, MIN_TARGET);
  await textScale(page, 1.5);
  const large = await measure(page, MIN_TARGET);
  await textScale(page, 1);
  const overflow = [...new Set([...plain.overflow, ...large.overflow])];
  const small = [...new Set([...plain.small, ...large.small.map((s) => `${s} at 150%`)])];
  for (const line of [...overflow, ...small].slice(0, 12)) console.log(`#   ${label}: ${line}`);
  check(overflow.length === 0, `${label}: no text leaves or is clipped by its box (${overflow.length})`);
  check(small.length === 0, `${label}: every tap target is at least ${MIN_TARGET}×${MIN_TARGET} (${small.length})`);
  check(plain.body >= 18, `${label}: body text ${plain.body.toFixed(1)} px ≥ 18 px`);
  if (plain.tabs.length > 0)
    check(Math.min(...plain.tabs) >= 14, `${label}: tab labels ${Math.min(...plain.tabs).toFixed(1)} px ≥ 14 px`);
}

let error;
try {
  const { context, page } = await loginAs('业主');
  await step('owner: 关怀模式 on, the disclosure list and a period page', async () => {
    await careOn(page);
    await tab(page, '公开');
    await showing(page, '晒收支');
    await page.waitForTimeout(600);
    await inspect(page, 'disclosure-list');

    await current(page).locator('.xq-period-card').first().click();
    await showing(page, '支出构成');
    await page.waitForTimeout(600);
    await inspect(page, 'period');
    // Back with the h5 title bar's own button (44 × 44).
    const back = page.locator('.taro-navigation-bar-back').filter({ visible: true });
    const box = await back.boundingBox();
    check(box !== null && box.width >= 44 && box.height >= 44, `the title bar's back button is 44×44 or larger`);
    await back.click();
    await showing(page, '晒收支');
  });

  await step('owner: the complaint form', async () => {
    await tab(page, '诉求');
    await page.waitForTimeout(600);
    const fileTab = current(page).getByText('我要反映', { exact: true }).first();
    if (await fileTab.isVisible()) await fileTab.click();
    await showing(page, '提交');
    await inspect(page, 'complaint-form');
  });

  await step('grid worker: the inbox', async () => {
    const grid = await loginAs('网格员');
    await careOn(grid.page);
    await grid.page.goto(`${BASE_URL}/#/staff/pages/complaints/index`, { waitUntil: 'load' });
    await showing(grid.page, '待办');
    await grid.page.waitForTimeout(600);
    await inspect(grid.page, 'inbox');
    await grid.context.close();
  });

  await step('owner: the ballot of an open vote', async () => {
    await tab(page, '议事');
    await showing(page, '四方议事');
    await current(page).locator('.xq-delib__card', { hasText: '表决中' }).first().click();
    await showing(page, '我的表决');
    await current(page).locator('.xq-ballot-buttons').first().scrollIntoViewIfNeeded();
    await inspect(page, 'ballot');
  });
  await context.close();
} catch (e) {
  error = e;
}
await finish(error);
