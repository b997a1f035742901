// Browser journey of an owner vote (业主共同决定) on the h5 build served by the API: demo-committee raises a proposal
// on hiring a property company and opens an owner vote on it (Civil Code art. 278, matter 4); demo-owner votes,
// keeps the receipt code and checks it; demo-committee enters a paper ballot with its scan and closes the vote;
// demo-resident reads the result and the turnout.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/vote-journey.mjs
import { TIMEOUT, startJourney } from './harness.mjs';

// Unique per run, so that the journey can run again on the same demo.
const TITLE = `选聘新的物业服务企业（${Date.now().toString(36)}）`;
const BODY = '现物业服务合同年底到期，业委会建议公开招标选聘新的物业服务企业，请全体业主表决。';
// A 1×1 PNG: the scan of the signed paper ballot.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const { check, current, showing, shot, loginAs, button, tab, confirmModal, step, finish } = await startJourney('vote');

/** 议事 → the proposal's card. */
async function openProposal(page) {
  await tab(page, '议事');
  await showing(page, '四方议事');
  await current(page).locator('.xq-delib__card', { hasText: TITLE }).first().click();
  await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
  await showing(page, TITLE);
}

try {
  await step('demo-committee raises the proposal and opens the owner vote', async () => {
    const { context, page } = await loginAs('业委会');
    await tab(page, '议事');
    await showing(page, '四方议事');
    await button(current(page), '提出议题').click();
    const form = current(page).locator('.xq-delib__form');
    await form.locator('input').first().fill(TITLE);
    await form.locator('textarea').fill(BODY);
    await shot(page, 'committee-new-proposal');
    await button(form, '提交议题').click();
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    await showing(page, '发起业主表决');
    check(true, 'the proposal is raised and its page opens');
    await current(page).locator('.xq-proposal__matter', { hasText: '选聘和解聘物业服务企业' }).click();
    await shot(page, 'committee-open-vote');
    await button(current(page), '发起表决').click();
    await confirmModal(page);
    await showing(page, '目前参与情况');
    const text = await current(page).innerText();
    check(text.includes('第4项：选聘和解聘物业服务企业或者其他管理人'), 'the vote names matter 4 of art. 278');
    check(
      text.includes('需参与表决的业主专有面积和人数均达到三分之二以上，且同意的面积和人数均超过参与表决的一半'),
      'the threshold is said in plain words (majority rule)',
    );
    check(
      /\d[\d,]* 户 · [\d,]+ 位业主 · 专有面积/.test(text),
      'the frozen roll says how many units and owners it covers',
    );
    await shot(page, 'committee-vote-open');
    await context.close();
  });

  let receiptCode = '';
  await step('demo-owner votes and checks the receipt', async () => {
    const { context, page } = await loginAs('业主');
    await openProposal(page);
    await showing(page, '我的表决');
    await button(current(page).locator('.xq-ballot-buttons'), '同意').click();
    await confirmModal(page);
    await showing(page, '复制回执码');
    receiptCode = (await current(page).locator('.xq-proposal__receipt-code').innerText()).trim();
    check(receiptCode.length >= 6, `the receipt code is shown large (${receiptCode})`);
    check(
      (await current(page).getByText('可用回执码核验是否计入', { exact: false }).count()) > 0,
      'the owner is told the code checks the ballot was counted',
    );
    await shot(page, 'owner-receipt');
    await current(page).locator('input[name="receiptCode"]').fill(receiptCode);
    await button(current(page), '核验').click();
    await showing(page, '已计入');
    check(true, 'the receipt checks as 已计入');
    await shot(page, 'owner-receipt-checked');
    await context.close();
  });

  await step('demo-committee enters a paper ballot and closes the vote', async () => {
    const { context, page } = await loginAs('业委会');
    await openProposal(page);
    await button(current(page), '录入纸质票 / 委托票 · 选票记录').click();
    await page.waitForURL(/deliberation\/pages\/ballots/, { timeout: TIMEOUT });
    await showing(page, '录入纸质票 / 委托票');
    await showing(page, '以最后作出的一次表决为准');
    check(
      (await current(page).locator('.xq-ballots__rule').innerText()).includes(
        '纸质票和委托票以签署当天（北京时间）24 点计',
      ),
      'the rule between online and paper ballots is shown where paper ballots are entered',
    );
    // The second building, so that the paper ballot is another owner's than demo-owner's (1栋 101).
    const chips = current(page).locator('.xq-ballots__chips');
    await chips.first().locator('.nut-button').nth(1).click();
    await chips.nth(1).locator('.nut-button').first().waitFor({ timeout: TIMEOUT });
    await chips.nth(1).locator('.nut-button').first().click();
    await showing(page, '重选');
    await button(current(page), '不同意').click();
    await current(page).locator('input[name="ballotScan"]').setInputFiles({
      name: 'ballot-scan.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await showing(page, 'ballot-scan.png');
    await shot(page, 'committee-paper-ballot');
    await button(current(page), '录入这张票').click();
    await current(page).locator('.xq-ballots__record', { hasText: '纸质票' }).first().waitFor({ timeout: TIMEOUT });
    const records = await current(page).locator('.xq-ballots__record').allInnerTexts();
    check(
      records.some((r) => r.includes('纸质票') && r.includes('录入')) && records.some((r) => r.includes('线上投票')),
      `the ballot record lists the paper ballot and the online one, each with who entered it (${records.length})`,
    );
    await shot(page, 'committee-ballot-records');
    await page.goBack();
    await showing(page, '结束表决');
    await button(current(page), '结束表决').click();
    await confirmModal(page);
    await showing(page, '最终参与情况');
    check(true, 'the vote is closed');
    await context.close();
  });

  await step('demo-resident reads the result and the turnout', async () => {
    const { context, page } = await loginAs('居民');
    await openProposal(page);
    await showing(page, '最终参与情况');
    const text = await current(page).innerText();
    check(/表决(未)?通过/.test(text), `the result is said: ${/表决未通过/.test(text) ? '表决未通过' : '表决通过'}`);
    check(
      /参与人数\s*[12] \/ [\d,]+ 人 · [\d.]+%/.test(text),
      'the turnout reads 2 / N 人 (or 1 if both units share an owner) with its percentage',
    );
    check(/参与面积\s*[\d,.]+ m² \/ [\d,.]+ m²/.test(text), 'the turnout by area is in m²');
    check(text.includes('要求两项均达到三分之二以上，尚未达到'), 'why: participation below two thirds');
    check((await current(page).locator('.xq-ballot-buttons').count()) === 0, 'nobody can vote any more');
    await shot(page, 'resident-result');
    await context.close();
  });
} catch (error) {
  await finish(error);
}
await finish();
