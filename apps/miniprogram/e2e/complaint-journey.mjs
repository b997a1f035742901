// Browser journey of 诉求 on the h5 build served by the API: demo-resident files a complaint about 3栋 with a photo (the
// draft survives a reload of the page); it is routed to 3栋's micro-grid, whose worker (demo-grid) finds it in the
// inbox, accepts it and resolves it with a photo of the fix, and escalates a second one with a reason. A complaint
// about the property company (投诉物业服务) is routed to the grid worker, says it is not sent to the company, names
// the handler (陈网格 · 3栋微网格员, with 拨打电话 for the work number the grid worker set on 待办诉求 just before),
// and the property persona finds it in none of its lists while the grid worker has it in the inbox. The resident
// sees the fix photo on the timeline, confirms and rates it, urges another complaint once and withdraws a third; demo-community-admin sees the escalated one and the
// counts per grid; demo-street-admin sees the month's problem-compound ranking with 锦绣花园 marked, and opens its
// 一院一案.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/complaint-journey.mjs
/* global localStorage -- the evaluate callback runs in the page */
import { BASE_URL, TIMEOUT, startJourney } from './harness.mjs';

// Unique per run, so that the journey can run again on the same demo.
const RUN = Date.now().toString(36);
const TEXT = `3栋2单元楼道的灯坏了一周，晚上上下楼看不见（${RUN}）`;
const PLACE = '2单元楼道';
const FIX_NOTE = '已更换 2 单元 1 至 6 楼的声控灯。';
const COMMENT = '第二天就修好了，谢谢网格员。';
const COMPOUND = '锦绣花园';
const ESCALATED_TEXT = `3栋外墙瓷砖松动，随时可能掉落（${RUN}）`;
const ESCALATION_REASON = '需要搭脚手架，网格处理不了，请社区协调。';
const URGED_TEXT = `3栋电梯按钮失灵三天了（${RUN}）`;
const WITHDRAWN_TEXT = `3栋门口有人乱停车（${RUN}），已经挪走了`;
const ABOUT_PROPERTY_TEXT = `物业报修后一周没人上门，打客服电话也没人管（${RUN}）`;
// The grid worker's work number, new on every run, so that the filer's page must show this one.
const WORK_PHONE = `028-6${String(Date.now()).slice(-7)}`;
// 1×1 PNGs: photos the API accepts by their content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const DRAFT_KEY = 'xiaoqu.complaintDraft';

const { check, current, showing, shot, loginAs, button, tab, step, finish } = await startJourney('complaint');

/** The API's HTTP status for a persona's GET (for what must be refused). */
async function apiStatus(openid, path) {
  const login = await (
    await fetch(`${BASE_URL}/api/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid }),
    })
  ).json();
  return (await fetch(`${BASE_URL}${path}`, { headers: { authorization: `Bearer ${login.token}` } })).status;
}

/** A chip of a ChoiceChips group (`data-name`) by its label. */
function chip(scope, group, label) {
  return scope.locator(`[data-name="${group}"] [role="radio"]`, { hasText: new RegExp(`^\\s*(✓ )?${label}\\s*$`) });
}

/** Chooses photos through the h5 file input that the picker's button opens. */
async function addPhoto(page, scope, buttonText, name) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: TIMEOUT }),
    scope.locator('.nut-button', { hasText: buttonText }).first().click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'image/png', buffer: PNG });
  await scope.getByText(`✓ ${name}`, { exact: false }).first().waitFor({ timeout: TIMEOUT });
}

/** The visible NutUI dialog. */
const dialog = (page) => page.locator('.nut-dialog').filter({ visible: true });

/** Taps an action on the detail page, then its dialog's confirm button: two taps. */
async function act(page, action, confirmText, fillDialog = async () => {}) {
  await button(current(page), action).click();
  const d = dialog(page);
  await d.waitFor({ timeout: TIMEOUT });
  await fillDialog(d);
  await button(d, confirmText).click();
}

/** Photos on the detail page that actually loaded (bytes fetched with the token). */
async function loadedImages(scope) {
  const imgs = scope.locator('img');
  await imgs
    .first()
    .waitFor({ timeout: TIMEOUT })
    .catch(() => {});
  return scope.evaluate((el) => [...el.querySelectorAll('img')].filter((i) => i.complete && i.naturalWidth > 0).length);
}

const statusOf = async (page) =>
  (await current(page).locator('.xq-complaint-detail__head .xq-complaint-status').first().innerText()).trim();

/** The API as a persona, directly: what the pages must agree with. */
async function api(openid, path, body) {
  const login = await (
    await fetch(`${BASE_URL}/api/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid }),
    })
  ).json();
  const res = await fetch(`${BASE_URL}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${login.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/** Another complaint for 3栋, filed over HTTP by the resident (the one the grid worker escalates, and others). */
async function fileComplaintAbout3(text, category = 'safety') {
  const me = await api('demo-resident', '/api/me');
  const compound = me.roles.find((r) => r.place.level === 'compound').place;
  const building = (await api('demo-resident', `/api/compounds/${compound.id}/buildings`)).find(
    (b) => b.name === '3栋',
  );
  return api('demo-resident', `/api/compounds/${compound.id}/complaints`, {
    category,
    text,
    photoIds: [],
    buildingId: building.id,
  });
}
const fileSecondComplaint = () => fileComplaintAbout3(ESCALATED_TEXT);

try {
  // 1. The resident files a complaint with a photo, about 3栋; the draft survives reloading the page.
  await step('demo-resident files a complaint with a photo', async () => {
    const { context, page } = await loginAs('居民');
    await tab(page, '诉求');
    await showing(page, '我要反映');
    await current(page).locator('[role="tab"]', { hasText: '我要反映' }).click();
    await showing(page, '反映什么问题');
    const categories = await current(page).locator('[data-name="category"] [role="radio"]').allInnerTexts();
    check(
      categories.length === 9 && categories.includes('设施报修') && categories.includes('邻里纠纷'),
      `the form offers the fixed list of 9 categories: ${categories.join('、')}`,
    );
    const visibleText = await current(page).locator('.xq-complaint__visible-sub').first().innerText();
    check(visibleText.includes('未公开'), `a complaint is private by default: “${visibleText}”`);

    // A dark stairwell is a hazard for the grid worker (a repair, 设施报修, would go to the property company).
    await chip(current(page), 'category', '安全隐患').click();
    await current(page).locator('textarea').first().fill(TEXT);
    await addPhoto(page, current(page), '添加照片', 'corridor.png');
    await chip(current(page), 'building', '3栋').click();
    await current(page).locator('input[name="placeText"]').fill(PLACE);
    await page.waitForTimeout(300);
    await shot(page, 'resident-form');

    // Leaving the page loses nothing: a reload builds the form again from the stored draft.
    await page.reload({ waitUntil: 'load' });
    await showing(page, '反映什么问题');
    const restored = {
      text: await current(page).locator('textarea').first().inputValue(),
      photo: await current(page).getByText('✓ corridor.png', { exact: false }).count(),
      category: await chip(current(page), 'category', '安全隐患').getAttribute('aria-checked'),
      building: await chip(current(page), 'building', '3栋').getAttribute('aria-checked'),
      place: await current(page).locator('input[name="placeText"]').inputValue(),
    };
    check(
      restored.text === TEXT &&
        restored.photo === 1 &&
        restored.category === 'true' &&
        restored.building === 'true' &&
        restored.place === PLACE,
      `the draft survives reloading the page: ${JSON.stringify(restored)}`,
    );

    await button(current(page), '提交诉求').click();
    await page.waitForURL(/complaint\/pages\/detail/, { timeout: TIMEOUT });
    await showing(page, '办理记录');
    const detail = await current(page).innerText();
    check(
      (await statusOf(page)) === '待受理',
      `the complaint is filed and waits to be accepted (${await statusOf(page)})`,
    );
    check(
      detail.includes('微网格员') && detail.includes('3栋微网格'),
      `it is routed to 3栋's micro-grid worker, with the reason: ${detail.match(/所在楼栋[^\n]*/)?.[0] ?? '(no reason shown)'}`,
    );
    check(
      /受理期限 剩余/.test(detail),
      `the deadline to accept it is shown in words: ${detail.match(/受理期限[^\n（]*/)?.[0]}`,
    );
    check((await loadedImages(current(page).locator('.xq-complaint-detail__card').first())) === 1, 'its photo shows');
    const draft = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
    check(draft === null, 'the draft is cleared after filing');
    await shot(page, 'resident-filed');
    await context.close();
  });

  // 1a. The grid worker sets the work number residents may call on the complaints they handle (on 待办诉求).
  await step('demo-grid sets a work number', async () => {
    const { context, page } = await loginAs('网格员');
    await tab(page, '我的');
    await showing(page, '诉求办理');
    await current(page).locator('.nut-cell', { hasText: '待办诉求' }).click();
    await page.waitForURL(/staff\/pages\/complaints/, { timeout: TIMEOUT });
    const card = current(page).locator('[data-testid="work-phone"]');
    await card.getByText('我的工作电话').waitFor({ timeout: TIMEOUT });
    const note = await card.locator('.xq-work-phone__note').innerText();
    check(note.includes('个人手机号不会显示给居民'), `the card says the personal phone is never shown: “${note}”`);
    await button(card, '(修改|设置)').click();
    const input = card.locator('input[name="workPhone"]');
    await input.fill('请打我电话');
    await button(card, '保存').click();
    await card.getByText('请填写正确的工作电话（座机或手机号）').waitFor({ timeout: TIMEOUT });
    check(true, 'a number that is not one is refused on the page: 请填写正确的工作电话（座机或手机号）');
    await input.fill(WORK_PHONE);
    await button(card, '保存').click();
    await card.locator('.xq-work-phone__value', { hasText: WORK_PHONE }).waitFor({ timeout: TIMEOUT });
    const stored = await api('demo-grid', '/api/complaints/handler-phone');
    check(stored.workPhone === WORK_PHONE, `the card shows the stored work number ${stored.workPhone}`);
    await shot(page, 'grid-work-phone');
    await context.close();
  });

  // 1b. A complaint about the property company goes to the grid worker, never to the company, and says so.
  await step('a complaint about the property company is routed away from it', async () => {
    const resident = await loginAs('居民');
    let page = resident.page;
    await tab(page, '诉求');
    await showing(page, '我要反映');
    await current(page).locator('[role="tab"]', { hasText: '我要反映' }).click();
    await showing(page, '反映什么问题');
    await chip(current(page), 'category', '投诉物业服务').click();
    const hint = await current(page).locator('.xq-complaint__route-hint').innerText();
    check(hint.includes('不会转给被投诉的物业'), `the form says where it goes before filing: “${hint}”`);
    await current(page).locator('textarea').first().fill(ABOUT_PROPERTY_TEXT);
    await chip(current(page), 'building', '3栋').click();
    // Public (so that the company's staff could have seen it in the public list), and call me back.
    const switches = current(page).locator('.xq-complaint__visible');
    await switches.nth(0).locator('.nut-switch').click();
    await switches.nth(1).locator('.nut-switch').click();
    const subs = await current(page).locator('.xq-complaint__visible-sub').allInnerTexts();
    check(
      subs[0]?.includes('已公开') && subs[1]?.includes('能看到您登记的手机号'),
      `it is public and asks to be called back: ${subs.join(' / ')}`,
    );
    await shot(page, 'resident-about-property-form');
    await button(current(page), '提交诉求').click();
    await page.waitForURL(/complaint\/pages\/detail/, { timeout: TIMEOUT });
    await showing(page, '办理记录');
    const id = Number(new URL(page.url().replace('/#/', '/')).searchParams.get('id'));
    const route = (await current(page).locator('.xq-complaint-detail__route').innerText()).trim();
    const reason = await current(page).locator('.xq-complaint-detail__reason').innerText();
    check(
      route === '微网格员' && reason.includes('不转被投诉的物业服务企业') && reason.includes('3栋微网格'),
      `the filer sees it routed to the grid worker, not the company: 现由 ${route}; ${reason}`,
    );
    const handler = current(page).locator('[data-testid="complaint-handler"]');
    await handler.first().waitFor({ timeout: TIMEOUT });
    const handlerText = await handler.first().innerText();
    check(handlerText.includes('陈网格 · 3栋微网格员'), `the filer sees who handles it: ${handlerText.split('\n')[0]}`);
    const seen = await api('demo-resident', `/api/complaints/${id}`);
    const phone = seen.handlers[0]?.phone ?? null;
    const calls = await button(handler.first(), '拨打电话').count();
    check(
      phone === WORK_PHONE && calls === 1 && handlerText.includes(WORK_PHONE),
      `a 拨打电话 button for the work number the grid worker set (${WORK_PHONE}; the API sends ${phone})`,
    );
    check(!JSON.stringify(seen).includes('13800002222'), "the grid worker's own number is never sent to the filer");
    await shot(page, 'resident-about-property-routed');
    await resident.context.close();

    // The grid worker has it, with the filer masked and their phone (they asked to be called back).
    const gridInbox = await api('demo-grid', '/api/complaints/inbox?category=property_service');
    check(
      gridInbox.items.some((c) => c.id === id),
      'it is in the grid worker’s inbox',
    );
    const forGrid = await api('demo-grid', `/api/complaints/${id}`);
    check(
      forGrid.filer?.name === '张**' && !!forGrid.filer?.phone,
      `the grid worker sees the filer masked (${forGrid.filer?.name}) with a phone to call back`,
    );

    // The property company finds it nowhere: not in its inbox, not in the public list, not by its address.
    const me = await api('demo-property', '/api/me');
    const compound = me.roles.find((r) => r.role === 'property_staff').place;
    const propertyInbox = await api('demo-property', '/api/complaints/inbox');
    const propertyPublic = await api('demo-property', `/api/compounds/${compound.id}/complaints?q=${RUN}`);
    const ownerPublic = await api('demo-owner', `/api/compounds/${compound.id}/complaints?q=${RUN}`);
    check(
      !propertyInbox.items.some((c) => c.id === id) &&
        !propertyPublic.items.some((c) => c.id === id) &&
        ownerPublic.items.some((c) => c.id === id),
      'the API keeps it out of the property staff’s inbox and public list (other residents do see it)',
    );
    check((await apiStatus('demo-property', `/api/complaints/${id}`)) === 404, 'its page is a 404 for the company');

    const property = await loginAs('物业');
    page = property.page;
    await page.goto(`${BASE_URL}/#/staff/pages/complaints/index`, { waitUntil: 'load' });
    await showing(page, '筛选');
    await page.waitForTimeout(500);
    check(
      (await current(page).locator('.xq-complaint-card', { hasText: ABOUT_PROPERTY_TEXT }).count()) === 0,
      'the property persona’s inbox page does not show it',
    );
    await shot(page, 'property-inbox');
    // The inbox is a subpage (no tab bar): open the 诉求 tab by its address.
    await page.goto(`${BASE_URL}/#/pages/complaint/index`, { waitUntil: 'load' });
    await showing(page, '小区公开');
    await current(page).locator('[role="tab"]', { hasText: '小区公开' }).click();
    await current(page).locator('input[name="complaintQuery"]').fill(RUN);
    await button(current(page), '搜索').click();
    await showing(page, '没有符合条件的诉求');
    check(
      (await current(page).locator('.xq-complaint-card', { hasText: ABOUT_PROPERTY_TEXT }).count()) === 0,
      'searching the public list for it, the property persona finds nothing',
    );
    await shot(page, 'property-public');
    await property.context.close();
  });

  // 2. The grid worker of 3栋 finds it in the inbox, accepts it and resolves it with a photo.
  await step('demo-grid accepts and resolves it with a photo', async () => {
    const { context, page } = await loginAs('网格员');
    await tab(page, '我的');
    await showing(page, '诉求办理');
    await current(page).locator('.nut-cell', { hasText: '待办诉求' }).click();
    await page.waitForURL(/staff\/pages\/complaints/, { timeout: TIMEOUT });
    await showing(page, '筛选');
    await current(page).locator('.xq-inbox__count').waitFor({ timeout: TIMEOUT });
    const card = current(page).locator('.xq-complaint-card', { hasText: TEXT });
    check((await card.count()) === 1, 'the new complaint is in the grid worker’s inbox');
    const dues = await current(page).locator('.xq-complaint-card__due').allInnerTexts();
    check(dues.length > 0 && dues.every((d) => /期限/.test(d)), `each open item shows its deadline: ${dues[0]}`);
    // Filter: only overdue items — the new one is not overdue, so it must go away, and come back when cleared.
    await current(page).getByText('筛选', { exact: false }).first().click();
    await chip(current(page), 'overdue', '只看超期').click();
    await card.waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => {});
    check((await card.count()) === 0, 'filtering to overdue items leaves the new (not overdue) complaint out');
    await chip(current(page), 'overdue', '全部').click();
    await card.waitFor({ timeout: TIMEOUT });
    await shot(page, 'grid-inbox');

    await card.click();
    await page.waitForURL(/complaint\/pages\/detail/, { timeout: TIMEOUT });
    await showing(page, '办理记录');
    check(
      (await button(current(page), '受理').count()) === 1 && (await button(current(page), '确认并评价').count()) === 0,
      'the grid worker is offered 受理 (and not the resident’s confirmation)',
    );
    await act(page, '受理', '确认受理');
    await current(page).locator('.xq-complaint-status', { hasText: '已受理' }).first().waitFor({ timeout: TIMEOUT });
    check((await statusOf(page)) === '已受理', 'two taps accept it');
    const afterAccept = await current(page).innerText();
    check(
      /办结期限 剩余/.test(afterAccept),
      `now the deadline to resolve it applies: ${afterAccept.match(/办结期限[^\n（]*/)?.[0]}`,
    );

    await act(page, '办结', '确认办结', async (d) => {
      await d.locator('textarea').fill(FIX_NOTE);
      await addPhoto(page, d, '添加处理照片', 'fixed.png');
    });
    await current(page)
      .locator('.xq-complaint-status', { hasText: '已办结待确认' })
      .first()
      .waitFor({ timeout: TIMEOUT });
    check((await statusOf(page)) === '已办结待确认', 'it is resolved, waiting for the resident');
    const resolved = current(page).locator('.xq-complaint-timeline__event', { hasText: '办结（' });
    check(
      (await resolved.innerText()).includes(FIX_NOTE) && (await loadedImages(resolved)) === 1,
      'the timeline shows the resolution with its note and fix photo',
    );
    await shot(page, 'grid-resolved');

    // A second one is beyond the grid: escalated with a reason (two taps), it goes up to the community.
    const second = await fileSecondComplaint();
    check(second.route === 'micro_grid', `a second complaint for 3栋 is filed (#${second.id}, ${second.routeReason})`);
    // Back to the inbox, which loads again when shown.
    await page.goBack();
    await showing(page, '筛选');
    const secondCard = current(page).locator('.xq-complaint-card', { hasText: ESCALATED_TEXT });
    await secondCard.waitFor({ timeout: TIMEOUT });
    await secondCard.click();
    await page.waitForURL(/complaint\/pages\/detail/, { timeout: TIMEOUT });
    await showing(page, '办理记录');
    await button(current(page), '升级').click();
    await dialog(page).waitFor({ timeout: TIMEOUT });
    await button(dialog(page), '确认升级').click();
    await dialog(page).getByText('请写明升级的原因').waitFor({ timeout: TIMEOUT });
    check(true, 'escalating without a reason is refused on the page: 请写明升级的原因');
    await dialog(page).locator('textarea').fill(ESCALATION_REASON);
    await button(dialog(page), '确认升级').click();
    await current(page)
      .locator('.xq-complaint-detail__level', { hasText: '疑难（社区攻坚）' })
      .waitFor({ timeout: TIMEOUT });
    const escalation = current(page).locator('.xq-complaint-timeline__event', { hasText: ESCALATION_REASON });
    check(
      (await escalation.count()) === 1 && (await escalation.innerText()).startsWith('升级'),
      'it is escalated to 疑难（社区攻坚）, with the reason on the timeline',
    );
    await shot(page, 'grid-escalated');
    await context.close();
  });

  // 3. The resident sees the fix, confirms and rates it.
  await step('the resident confirms and rates it', async () => {
    const { context, page } = await loginAs('居民');
    await tab(page, '诉求');
    await showing(page, '我的诉求');
    await current(page).locator('[role="tab"]', { hasText: '我的诉求' }).click();
    const card = current(page).locator('.xq-complaint-card', { hasText: TEXT });
    await card.waitFor({ timeout: TIMEOUT });
    check((await card.innerText()).includes('已办结待确认'), 'my complaints list shows it resolved');
    await card.click();
    await page.waitForURL(/complaint\/pages\/detail/, { timeout: TIMEOUT });
    await showing(page, '办理记录');
    const events = await current(page).locator('.xq-complaint-timeline__what').allInnerTexts();
    check(
      ['提交诉求', '受理', '办结'].every((k) => events.some((e) => e.startsWith(k))),
      `the timeline has every step: ${events.join(' / ')}`,
    );
    const actors = await current(page).locator('.xq-complaint-timeline__who').allInnerTexts();
    check(
      actors.some((a) => a.includes('网格员')) && !actors.some((a) => a.includes('陈网格')),
      'the timeline says who acted by role, not by name',
    );
    const fix = current(page).locator('.xq-complaint-timeline__event', { hasText: '办结（' });
    check((await loadedImages(fix)) === 1, 'the resident sees the fix photo');
    check((await button(current(page), '退回重办').count()) === 1, 'the resident may also reopen it');

    // Without a rating the dialog says what is missing and sends nothing.
    await button(current(page), '确认并评价').click();
    await dialog(page).waitFor({ timeout: TIMEOUT });
    await button(dialog(page), '提交评价').click();
    await dialog(page).getByText('请选择 1 到 5 星的评分').waitFor({ timeout: TIMEOUT });
    check(true, 'confirming without a rating is refused on the page: 请选择 1 到 5 星的评分');
    await chip(dialog(page), 'rating', '5 星').click();
    await dialog(page).locator('textarea').fill(COMMENT);
    await shot(page, 'resident-rating');
    await button(dialog(page), '提交评价').click();
    await current(page).locator('.xq-complaint-status', { hasText: '已关闭' }).first().waitFor({ timeout: TIMEOUT });
    const closed = await current(page).innerText();
    check(
      (await statusOf(page)) === '已关闭' && closed.includes('★★★★★') && closed.includes(COMMENT),
      'the complaint is closed with 5 stars and the comment',
    );
    await shot(page, 'resident-closed');
    await context.close();
  });

  // 3b. The resident urges one open complaint (once at its level) and withdraws another before it is accepted.
  await step('the resident urges one complaint and withdraws another', async () => {
    const urged = await fileComplaintAbout3(URGED_TEXT, 'safety');
    const withdrawn = await fileComplaintAbout3(WITHDRAWN_TEXT, 'parking');
    const { context, page } = await loginAs('居民');
    await page.goto(`${BASE_URL}/#/complaint/pages/detail/index?id=${urged.id}`, { waitUntil: 'load' });
    await showing(page, '办理记录');
    await button(current(page), '催办').click();
    await dialog(page).waitFor({ timeout: TIMEOUT });
    check(
      (await dialog(page).innerText()).includes('每个处理级别只能催办一次'),
      'the urge dialog says the handlers are told and it is once per level',
    );
    await button(dialog(page), '确认催办').click();
    await current(page).getByText('催办，处理人已收到提醒').first().waitFor({ timeout: TIMEOUT });
    const events = await current(page).locator('.xq-complaint-timeline__what').allInnerTexts();
    check(
      events.some((e) => e.startsWith('居民催办')),
      `the urge is on the timeline: ${events.join(' / ')}`,
    );
    check((await button(current(page), '催办').count()) === 0, 'it cannot be urged twice at the same level');
    await shot(page, 'resident-urged');

    await page.goto(`${BASE_URL}/#/complaint/pages/detail/index?id=${withdrawn.id}`, { waitUntil: 'load' });
    await showing(page, '办理记录');
    await button(current(page), '撤回').click();
    await dialog(page).waitFor({ timeout: TIMEOUT });
    check((await dialog(page).innerText()).includes('不能恢复'), 'the withdraw dialog says it cannot be undone');
    await button(dialog(page), '确认撤回').click();
    await current(page).locator('.xq-complaint-status', { hasText: '已撤回' }).first().waitFor({ timeout: TIMEOUT });
    check((await statusOf(page)) === '已撤回', 'the complaint is withdrawn');
    const parking = await api('demo-grid', '/api/complaints/inbox?category=parking');
    const safety = await api('demo-grid', '/api/complaints/inbox?category=safety');
    check(
      !parking.items.some((c) => c.id === withdrawn.id) && safety.items.some((c) => c.id === urged.id),
      "the withdrawn complaint has left the grid worker's inbox; the urged one is still there",
    );
    await shot(page, 'resident-withdrawn');
    await context.close();
  });

  // 4. The community admin sees it counted for 3栋微网格 this month.
  await step('demo-community-admin sees the count per grid', async () => {
    const { context, page } = await loginAs('社区管理员');
    await tab(page, '我的');
    await showing(page, '诉求办理');
    await current(page).locator('.nut-cell', { hasText: '升级诉求' }).click();
    await page.waitForURL(/admin\/pages\/complaints/, { timeout: TIMEOUT });
    await showing(page, '各网格诉求');
    const escalatedCard = current(page).locator('.xq-complaint-card', { hasText: ESCALATED_TEXT });
    check(
      (await escalatedCard.count()) === 1 && (await escalatedCard.innerText()).includes('疑难（社区攻坚）'),
      'the community admin sees the escalated complaint among the escalated items',
    );
    const me = await api('demo-community-admin', '/api/me');
    const community = me.roles.find((r) => r.role === 'community_admin').place;
    const counts = await api('demo-community-admin', `/api/places/${community.id}/complaint-grid-counts`);
    const expected = counts.find((g) => g.gridName === '3栋微网格' && g.compoundName === COMPOUND);
    const row = current(page).locator('.xq-grid-counts__row', { hasText: '3栋微网格' }).filter({ hasText: COMPOUND });
    const n = Number((await row.locator('.xq-grid-counts__num').first().innerText()).trim());
    check(
      n >= 1 && n === expected?.count,
      `3栋微网格 of ${COMPOUND} counts ${n} complaint(s) this month, as the API says (${expected?.count})`,
    );
    await shot(page, 'community-grids');
    await context.close();
  });

  // 5. The street admin sees the month's ranking with 锦绣花园 marked.
  await step('demo-street-admin sees the ranking', async () => {
    const { context, page } = await loginAs('街道管理员');
    await tab(page, '我的');
    await showing(page, '诉求办理');
    await current(page).locator('.nut-cell', { hasText: '问题小区排名' }).click();
    await page.waitForURL(/admin\/pages\/ranking/, { timeout: TIMEOUT });
    await showing(page, '诉求排名');
    const me = await api('demo-street-admin', '/api/me');
    const street = me.roles.find((r) => r.role === 'street_admin').place;
    const ranking = await api('demo-street-admin', `/api/places/${street.id}/complaint-ranking`);
    const expected = ranking.compounds.find((c) => c.compoundName === COMPOUND);
    const row = current(page).locator('.xq-rank', { hasText: COMPOUND });
    const text = await row.innerText();
    check(
      !!expected?.marked && text.includes('问题小区'),
      `${COMPOUND} is marked as a problem compound on the page (API: count ${expected?.count}, marked ${expected?.marked})`,
    );
    check(
      text.includes(`诉求 ${expected?.count} 条`) && text.includes(`每百户 ${expected?.per100Households} 条`),
      `its count and rate per 100 households are the API's: ${text.match(/诉求[^\n]*/)?.[0]}`,
    );
    const names = await current(page).locator('.xq-rank__name').allInnerTexts();
    // Ranked by the rate per 100 households (the API's count over its households), highest first.
    const byRate = [...ranking.compounds].sort(
      (a, b) => b.count * a.households - a.count * b.households || b.count - a.count,
    );
    check(
      names.join() === byRate.map((c) => c.compoundName).join(),
      `compounds by their rate per 100 households: ${names.join('、')}`,
    );
    const bars = await row.locator('.xq-trend__col').count();
    check(bars === 6, `a trend of 6 months drawn as bars (${bars})`);
    const unmarked = ranking.compounds.filter((c) => !c.marked).map((c) => c.compoundName);
    let unmarkedShown = 0;
    for (const name of unmarked)
      unmarkedShown += await current(page).locator('.xq-rank', { hasText: name }).locator('.xq-rank__mark').count();
    check(unmarked.length > 0 && unmarkedShown === 0, `the others are not marked: ${unmarked.join('、')}`);
    await shot(page, 'street-ranking');

    // 一院一案 for the marked compound: create it (or, on a demo that has one, open it) and record progress.
    await row.locator('.nut-button', { hasText: /制定一院一案|查看和记录进展/ }).click();
    const plan = row.locator('.xq-plan');
    await plan.waitFor({ timeout: TIMEOUT });
    if (await button(plan, '建立一院一案').count()) {
      const areas = plan.locator('textarea');
      await areas.nth(0).fill('老旧楼道照明和设施维护不到位');
      await areas.nth(1).fill('物业每月巡查楼道照明，网格员每周走访');
      await plan.locator('input[name="planResponsible"]').fill('芳华社区、锦城物业');
      await button(plan, '建立一院一案').click();
    }
    await plan.getByText('整改中', { exact: false }).first().waitFor({ timeout: TIMEOUT });
    await plan.locator('textarea').first().fill(`已完成 3栋楼道照明排查（${RUN}）`);
    await plan.locator('input[name="planProgress"]').fill('30');
    await button(plan, '记录进展').click();
    await plan.getByText(`完成 30%：已完成 3栋楼道照明排查（${RUN}）`).waitFor({ timeout: TIMEOUT });
    check(true, `${COMPOUND}'s 一院一案 is open and shows the progress just recorded`);
    await shot(page, 'street-plan');
    await context.close();
  });
  await finish();
} catch (error) {
  await finish(error);
}
