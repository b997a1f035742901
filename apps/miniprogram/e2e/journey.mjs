// Browser journey on the h5 build served by the API: a resident claims a unit, the community admin approves it,
// the resident then sees it under 我的. Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/journey.mjs
// Needs a freshly seeded demo (`npm start`): the claim is refused once the resident already owns the unit.
import { TIMEOUT, startJourney } from './harness.mjs';

const CLAIM = { compound: '锦绣花园', building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' };
// A 1×1 PNG: the photo of the deed (the demo roster has no deed numbers, so a photo is what the office checks).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const { check, current, showing, shot, loginAs, button, tab, fill, confirmModal, step, finish } =
  await startJourney('');

try {
  // 1. The resident claims 3栋 502.
  await step('resident claims a unit', async () => {
    const { context, page } = await loginAs('居民');
    await showing(page, CLAIM.compound);
    const section = current(page).locator('[data-home-section^="resident:"]').first();
    await section.waitFor({ timeout: TIMEOUT }).catch(() => {});
    check(await section.isVisible(), 'home shows the compound as a resident sees it');
    await shot(page, 'resident-home');

    await tab(page, '我的');
    await showing(page, '房屋认证申请');
    check(await current(page).getByText('居民').first().isVisible(), '我的 shows the resident role');
    await shot(page, 'resident-mine');

    await button(current(page), '认证房屋').click();
    await showing(page, '1. 小区');
    // demo-resident lives in 锦绣花园: the form starts with it chosen, and says why.
    const chosen = current(page).locator('.xq-claim-form__chosen', { hasText: CLAIM.compound });
    await chosen.waitFor({ timeout: TIMEOUT });
    check(
      await current(page)
        .getByText(/已按您(所在|最近查看)的小区选好/)
        .isVisible(),
      'the claim form starts with the compound the app knows, saying why',
    );
    await current(page)
      .locator('.xq-claim-form__chip', { hasText: new RegExp(`^${CLAIM.building}$`) })
      .click();
    await fill(page, 'room', CLAIM.room);
    await fill(page, 'ownerName', CLAIM.ownerName);
    await fill(page, 'phoneLast4', CLAIM.phoneLast4);
    await current(page)
      .locator('input[name="deedPhoto"]')
      .setInputFiles({ name: 'deed.png', mimeType: 'image/png', buffer: PNG });
    await showing(page, '已选照片');
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
    check(
      await card.getByText('已附照片（点击查看）').isVisible(),
      'the card shows the roster match field by field, with the deed photo attached',
    );
    await shot(page, 'admin-pending');
    await button(card, '通过').click();
    const dialog = await page.locator('.taro-modal__content').filter({ visible: true }).innerText({ timeout: TIMEOUT });
    check(dialog.includes('业主姓名：一致'), 'approving asks for a confirm that repeats the match');
    await confirmModal(page);
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
} catch (error) {
  await finish(error);
}
await finish();
