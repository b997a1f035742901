// Browser journey of 四方议事 and an owner vote (业主共同决定) on the h5 build served by the API: demo-committee raises a
// proposal on hiring a property company, records the four parties' positions as stated at the consultation and the
// meeting minutes, and opens an owner vote (Civil Code art. 278, matter 4) with the photo of the notice posted on the
// boards; demo-owner votes, keeps the receipt code and checks it; demo-committee enters a paper ballot with its scan;
// nobody can end the vote early: the demo's test clock (POST /api/dev/compounds/:id/vote-scheduler) runs the scheduler
// just after the closing time and the vote closes by itself, its preliminary result published; demo-resident reads the
// result with its chart, the turnout per building and the timeline; the clock past the objection period (no objection)
// makes the result final. Then the follow-up: demo-committee posts implementation progress with a photo and
// demo-resident evaluates it; on a second proposal demo-committee opens a resident poll
// (居民意见征询), which demo-resident answers from the shared link, and closes it. On a third proposal demo-committee
// imports the result of a decision held on Sichuan's official e-voting system; demo-community-admin, whose grant is on
// the community, picks 锦绣花园 on the 议事 tab and reads its proposals. On a fourth proposal demo-committee announces
// a vote here that opens by itself 16 days later; demo-owner reads the announcement, with nothing to vote on yet.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/vote-journey.mjs
/* global document -- the waitForFunction callback runs in the page */
import { BASE_URL, TIMEOUT, pickDate, startJourney } from './harness.mjs';

// Unique per run, so that the journey can run again on the same demo.
const TITLE = `选聘新的物业服务企业（${Date.now().toString(36)}）`;
const BODY = '现物业服务合同年底到期，业委会建议公开招标选聘新的物业服务企业，请全体业主表决。';
// A 1×1 PNG: the scan of the signed paper ballot.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const POSITIONS = {
  owners_committee: ['业委会', '业委会建议公开招标选聘，合同期三年。'],
  residents_committee: ['居委会', '居委会支持依法选聘，将监督招标过程。'],
  property_company: ['物业', '现物业公司尊重业主的选择，做好交接。'],
  social_organisation: ['社会组织', '社会组织愿意协助组织业主参与表决。'],
};
const DAY_MS = 24 * 3600_000;
/** `2026-11-06`: the day in China `daysAgo` days back. */
const chinaDay = (daysAgo) => new Date(Date.now() + 8 * 3600_000 - daysAgo * DAY_MS).toISOString().slice(0, 10);
/** `2026年11月6日` */
const chinaDayCn = (daysAgo) => {
  const [y, m, d] = chinaDay(daysAgo).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const POLL_TITLE = `是否在小区增设快递柜（${Date.now().toString(36)}）`;
const OFFICIAL_TITLE = `续聘物业服务企业（省系统表决，${Date.now().toString(36)}）`;
const ANNOUNCED_TITLE = `修改管理规约（本平台公告，${Date.now().toString(36)}）`;
const OFFICIAL_REF = `SC-YZTP-${Date.now().toString(36).toUpperCase()}`;
/** The official result: m² and owners for each part (10,000 m² / 100 owners in all; 70 took part, 60 agreed). */
const OFFICIAL_PARTS = {
  total: ['10000.00', '100'],
  agreed: ['6000.50', '60'],
  disagreed: ['1000', '10'],
  abstained: ['0', '0'],
};
const PROGRESS = '已发布招标公告，12月20日开标。';
const MINUTES = '四方协商会议：同意提交业主共同决定，采用公开招标方式。';
const ATTENDEES = '王主任、李主任，张经理 赵老师';

const { check, current, showing, shot, loginAs, button, tab, fill, confirmModal, step, finish } =
  await startJourney('vote');

/** The API as a persona (dev-login), for the test clock: what the journey itself does goes through the pages. */
const tokens = {};
async function api(openid, method, path, body) {
  if (!tokens[openid]) {
    const login = await fetch(`${BASE_URL}/api/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid }),
    });
    tokens[openid] = (await login.json()).token;
  }
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[openid]}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** The proposal's vote as the API gives it. */
async function voteOf(proposalPath) {
  const id = /id=(\d+)/.exec(proposalPath)[1];
  return (await api('demo-committee', 'GET', `/api/proposals/${id}`)).body.vote;
}

/** The test clock: the owner votes' scheduler run as if it were `ms` after the vote's closing time. */
async function clockAfterClosing(proposalPath, ms) {
  const vote = await voteOf(proposalPath);
  const compound = (await api('demo-committee', 'GET', `/api/proposals/${vote.proposalId}`)).body.compoundId;
  const at = new Date(new Date(vote.closesAt).getTime() + ms).toISOString();
  return api('demo-committee', 'POST', `/api/dev/compounds/${compound}/vote-scheduler`, { at });
}

/** 议事 → the proposal's card. */
async function openProposal(page, title = TITLE) {
  await tab(page, '议事');
  await showing(page, '四方议事');
  await current(page).locator('.xq-delib__card', { hasText: title }).first().click();
  await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
  await showing(page, title);
}

/** What an announced vote must not show yet: ballots, counts, receipts, the closing of the vote. */
async function notYetOpen(page) {
  return {
    ballotButtons: await current(page).locator('.xq-ballot-buttons').count(),
    myVote: await current(page).getByText('我的表决').count(),
    tally: await current(page).getByText('参与情况', { exact: false }).count(),
    turnout: await current(page).locator('.xq-turnout').count(),
    receipts: await current(page).getByText('核验回执码').count(),
    close: await button(current(page), '结束表决').count(),
  };
}

/** The proposal page → the record page (positions, minutes, progress). */
async function openRecord(page, label = '记录四方意见 · 会议纪要') {
  await button(current(page), label).click();
  await page.waitForURL(/deliberation\/pages\/record/, { timeout: TIMEOUT });
  // The forms come all at once with the page's data.
  await current(page).locator('.xq-record__party').first().waitFor({ timeout: TIMEOUT });
  await showing(page, '协商会议纪要');
}

/** On the record page: one party's position, saved and shown back as its current position. */
async function recordPosition(page, party) {
  const [label, text] = POSITIONS[party];
  const form = current(page).locator(`.xq-record__party--${party}`);
  await form.locator('textarea').fill(text);
  await button(form, `记录${label}的意见`).click();
  await form.getByText(`目前的意见：${text}`).waitFor({ timeout: TIMEOUT });
  return (await form.locator('textarea').inputValue()) === '';
}

let proposalPath = '';

try {
  await step('demo-committee raises the proposal, records the four positions and the minutes', async () => {
    const { context, page } = await loginAs('业委会');
    await tab(page, '议事');
    await showing(page, '四方议事');
    await button(current(page), '提出议题').click();
    const form = current(page).locator('.xq-delib__form');
    await form.locator('input').first().fill(TITLE);
    await form.locator('textarea').fill(BODY);
    await shot(page, 'committee-new-proposal');
    await button(form, '提交议题').click();
    await page.waitForURL(/deliberation\/pages\/proposal\/index\?id=\d+/, { timeout: TIMEOUT });
    await showing(page, '议题进程');
    proposalPath = new URL(page.url()).hash;
    let text = await current(page).innerText();
    check(
      text.includes(TITLE) && /id=\d+/.test(proposalPath),
      `the proposal is raised and its page opens (${proposalPath})`,
    );
    check(
      /提出议题\s*业委会成员 · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/.test(text),
      'the timeline starts with the raising, by role and with the time',
    );
    check(text.includes('四方意见（0 / 4 方已表态）'), 'no party has given a position yet');

    await openRecord(page);
    const parties = await current(page).locator('.xq-record__party').count();
    check(parties === 4, `the committee, organising the consultation, records any of the four (${parties} forms)`);
    check(
      await recordPosition(page, 'owners_committee'),
      "the owners' committee's position is saved, shown back and the form emptied",
    );
    for (const party of ['residents_committee', 'property_company', 'social_organisation'])
      await recordPosition(page, party);
    const meeting = current(page).locator('.xq-record__meeting');
    await meeting.locator('textarea').fill(MINUTES);
    await fill(page, 'attendees', ATTENDEES);
    await shot(page, 'committee-record');
    await button(meeting, '保存会议纪要').click();
    // The form empties once the minutes are saved.
    await page.waitForFunction(
      () => [...document.querySelectorAll('input[name="attendees"]')].every((i) => i.value === ''),
      null,
      { timeout: TIMEOUT },
    );
    await page.goBack();
    await showing(page, '四方意见（4 / 4 方已表态）');
    text = await current(page).innerText();
    check(
      Object.values(POSITIONS).every(([, t]) => text.includes(t)),
      'the proposal shows all four positions',
    );
    check(
      (await current(page).locator('.xq-timeline__item--position').count()) === 4,
      'four positions on the timeline',
    );
    check(
      text.includes(MINUTES) && text.includes('参会（4 人）：王主任、李主任、张经理、赵老师'),
      'the timeline shows the minutes and the four attendees',
    );
    check(/四方协商/.test(await current(page).locator('.xq-stage').first().innerText()), 'the stage moves to 四方协商');
    await context.close();
  });

  await step('demo-committee reads the four positions and opens the owner vote', async () => {
    const { context, page } = await loginAs('业委会');
    await openProposal(page);
    await showing(page, '发起业主表决');
    const positions = await current(page).locator('.xq-positions__party').allInnerTexts();
    check(
      positions.length === 4 &&
        ['居委会', '业委会', '物业', '社会组织'].every(
          (l, i) => positions[i]?.startsWith(l) && !positions[i].includes('尚未表态'),
        ),
      `each of 居委会, 业委会, 物业, 社会组织 has a position (${positions.length})`,
    );
    await shot(page, 'committee-positions');
    await current(page).locator('.xq-proposal__matter', { hasText: '选聘和解聘物业服务企业' }).click();
    // Owners are told at least 15 days ahead: a notice posted today is refused with the latest day it should have been.
    await pickDate(page, 'noticePostedOn', chinaDay(0));
    await button(current(page), '发起表决').click();
    const refused = await current(page).locator('.xq-proposal__error').innerText({ timeout: TIMEOUT });
    check(
      refused.includes(`至少 15 日`) && refused.includes(chinaDay(15)),
      `a notice posted today is refused before anything is sent (${refused.trim()})`,
    );
    await pickDate(page, 'noticePostedOn', chinaDay(20));
    // A notice posted on the boards is quoted with its photo: without one nothing is sent.
    await button(current(page), '发起表决').click();
    const noPhoto = await current(page).locator('.xq-proposal__error').innerText({ timeout: TIMEOUT });
    check(noPhoto.includes('照片'), `a posted notice without its photo is refused (${noPhoto.trim()})`);
    await current(page).locator('input[name="noticeScan"]').setInputFiles({
      name: 'notice-photo.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await showing(page, 'notice-photo.png');
    await shot(page, 'committee-open-vote');
    await button(current(page), '发起表决').click();
    await confirmModal(page);
    await showing(page, '目前参与情况');
    const text = await current(page).innerText();
    const [, nm, nd] = chinaDay(20).split('-').map(Number);
    check(
      new RegExp(`表决公告\\s*${nm}月${nd}日张贴于小区公告栏\\s*查看照片（1 张）`).test(text),
      `the vote says the day its notice was posted on the boards, with the photo (${nm}月${nd}日)`,
    );
    check(
      text.includes('表决结束前不公布票数，截止后自动公布初步结果') &&
        (await current(page).locator('.xq-tally, .xq-chart').count()) === 0,
      'while open the count is sealed: turnout only, no tally or chart',
    );
    check(text.includes('第4项：选聘和解聘物业服务企业或者其他管理人'), 'the vote names matter 4 of art. 278');
    check(
      text.includes('需参与表决的业主专有面积和人数均达到三分之二以上，且同意的面积和人数均超过参与表决的一半'),
      'the threshold is said in plain words (majority rule)',
    );
    check(
      /\d[\d,]* 户 · [\d,]+ 位业主 · 专有面积/.test(text),
      'the frozen roll says how many units and owners it covers',
    );
    const buildings = await current(page).locator('.xq-turnout__row').allInnerTexts();
    check(
      buildings.length >= 2 && buildings.every((b) => /0 \/ [1-9][\d,]* 户/.test(b)),
      `live turnout per building starts at 0 in each of ${buildings.length} buildings`,
    );
    check(
      (await current(page).locator('.xq-timeline__item--vote_opened').count()) === 1,
      'the opening of the vote is on the timeline',
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
    await current(page).locator('.xq-proposal__card', { hasText: '核验回执码' }).getByText('已计入').first().waitFor({
      timeout: TIMEOUT,
    });
    const building = await current(page).locator('.xq-turnout__row').first().innerText();
    check(
      /[1-9][\d,]* \/ [\d,]+ 户/.test(building),
      `the owner's building turnout counts the ballot at once (${building.split('\n').join(' ')})`,
    );
    await shot(page, 'owner-receipt-checked');
    await context.close();
  });

  await step('demo-committee enters a paper ballot; nobody can end the vote early', async () => {
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
    await showing(page, '中止表决');
    check(
      (await button(current(page), '结束表决').count()) === 0 &&
        (await current(page).getByText('任何人都不能提前结束').count()) === 1,
      'there is no 结束表决: the vote closes by itself at its closing time, only 中止表决 (void) remains',
    );
    await context.close();
  });

  await step('the test clock passes the closing time: the vote closes by itself and is published', async () => {
    const res = await clockAfterClosing(proposalPath, 60_000);
    const vote = await voteOf(proposalPath);
    check(
      res.status === 200 && vote.status === 'closed' && vote.resultStage === 'preliminary',
      `a minute after its closing time the scheduler has closed it (${vote.status}, ${vote.resultStage})`,
    );
    const { context, page } = await loginAs('业委会');
    await openProposal(page);
    await showing(page, '初步结果 · 询异公示中');
    const text = await current(page).innerText();
    check(
      /初步结果：\d{4}年\d{1,2}月\d{1,2}日公示 · 第 \d+ 号公示 · 发布后不能改动/.test(text),
      'the preliminary result is published with its place on the compound chain',
    );
    check(
      (await current(page).locator('.xq-timeline__item--vote_closed').count()) === 1,
      'the closing of the vote is on the timeline',
    );
    await shot(page, 'committee-vote-closed');
    await context.close();
  });

  await step('demo-resident reads the result and the turnout', async () => {
    const { context, page } = await loginAs('居民');
    await tab(page, '议事');
    await showing(page, '四方议事');
    await current(page).locator('.xq-delib__stage', { hasText: '询异公示中' }).click();
    const cards = await current(page).locator('.xq-delib__card').allInnerTexts();
    check(
      cards.length > 0 && cards.some((c) => c.includes(TITLE)) && cards.every((c) => c.includes('结果询异公示中（至')),
      `the 询异公示中 stage lists the proposal and only proposals of that stage (${cards.length})`,
    );
    await shot(page, 'resident-stages');
    await current(page).locator('.xq-delib__card', { hasText: TITLE }).first().click();
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    await showing(page, '截止时的票数');
    const text = await current(page).innerText();
    check(
      /表决(未)?通过（初步结果）/.test(text),
      `the preliminary result is said: ${/表决未通过/.test(text) ? '表决未通过' : '表决通过'}`,
    );
    check(
      /参与人数\s*[12] \/ [\d,]+ 人 · [\d.]+%/.test(text),
      'the turnout reads 2 / N 人 (or 1 if both units share an owner) with its percentage',
    );
    check(/参与面积\s*[\d,.]+ m² \/ [\d,.]+ m²/.test(text), 'the turnout by area is in m²');
    check(text.includes('要求两项均达到三分之二以上，未达到'), 'why: participation below two thirds');
    check((await current(page).locator('.xq-ballot-buttons').count()) === 0, 'nobody can vote any more');
    const voted = (await current(page).locator('.xq-turnout__row').allInnerTexts()).filter((b) =>
      /[1-9][\d,]* \/ [\d,]+ 户/.test(b),
    );
    check(voted.length === 2, `the turnout per building shows the two buildings that voted (${voted.length})`);
    check(text.includes('以下为截止时各楼栋的参与情况'), 'the turnout is as of the closing time');
    const bars = await current(page).locator('.xq-chart__bar--agreed, .xq-chart__bar--disagreed').count();
    check(bars === 4, `the result chart draws agree and disagree by headcount and by area (${bars} bars)`);
    check(/同意\s*1 人 · 50\.0%/.test(text), 'the chart labels its bars with numbers (1 人 · 50.0% agreed)');
    await shot(page, 'resident-result');
    await current(page).locator('.xq-chart').scrollIntoViewIfNeeded();
    await shot(page, 'resident-chart');
    await current(page).locator('.xq-turnout').scrollIntoViewIfNeeded();
    await shot(page, 'resident-turnout');
    await current(page).locator('.xq-timeline').scrollIntoViewIfNeeded();
    const steps = await current(page).locator('.xq-timeline__step').allInnerTexts();
    check(
      [
        '提出议题',
        '业委会的意见',
        '协商会议',
        '居委会的意见',
        '物业的意见',
        '社会组织的意见',
        '开始表决',
        '表决结束',
      ].every((t) => steps.includes(t)),
      `the resident reads every step on the timeline (${steps.length})`,
    );
    await shot(page, 'resident-timeline');
    await context.close();
  });

  await step('the test clock passes the objection period: with no objection the result becomes final', async () => {
    const res = await clockAfterClosing(proposalPath, 8 * DAY_MS);
    const vote = await voteOf(proposalPath);
    check(res.status === 200 && vote.resultStage === 'final', `the result is final (${vote.resultStage})`);
    const { context, page } = await loginAs('居民');
    await tab(page, '议事');
    await showing(page, '四方议事');
    const card = await current(page).locator('.xq-delib__card', { hasText: TITLE }).first().innerText();
    check(card.includes('结果已生效'), `the 议事 tab's card reads 结果已生效 (${card.split('\n').join(' ')})`);
    await openProposal(page);
    await showing(page, '询异期内没有业主提出异议');
    check(
      (await current(page).locator('.xq-proposal__published .xq-proposal__card-title').innerText()).trim() ===
        '结果已生效',
      'the result card reads 结果已生效',
    );
    await shot(page, 'resident-result-final');
    await context.close();
  });

  await step('demo-committee posts implementation progress with a photo', async () => {
    const { context, page } = await loginAs('业委会');
    await openProposal(page);
    await openRecord(page, '登记落实进展 · 四方意见');
    const form = current(page).locator('.xq-record__update');
    await form.locator('textarea').fill(PROGRESS);
    await button(form, '50%').click();
    await current(page).locator('input[name="updatePhotos"]').setInputFiles({
      name: 'progress-photo.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await form.getByText('progress-photo.png', { exact: false }).waitFor({ timeout: TIMEOUT });
    await shot(page, 'committee-progress');
    await button(form, '发布进展').click();
    await form.getByText('progress-photo.png', { exact: false }).waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.goBack();
    await showing(page, '落实进展 · 50%');
    const update = await current(page).locator('.xq-timeline__item--update').innerText();
    check(
      update.includes(PROGRESS) && update.includes('查看照片（1 张）') && /\d{4}年\d{1,2}月\d{1,2}日/.test(update),
      'the progress is on the timeline with its date and photo',
    );
    check(/落实中/.test(await current(page).locator('.xq-stage').first().innerText()), 'the stage moves to 落实中');
    await context.close();
  });

  await step('demo-resident evaluates the outcome', async () => {
    const { context, page } = await loginAs('居民');
    await openProposal(page);
    await showing(page, '这件事落实得怎么样');
    const card = current(page).locator('.xq-evaluation');
    await card.locator('.xq-evaluation__score', { hasText: '4 分' }).click();
    await card.locator('textarea').fill('招标过程公开，希望按时交接。');
    await button(card, '提交评价').click();
    await card.getByText('平均 4.0 分 · 1 人评价').waitFor({ timeout: TIMEOUT });
    check(
      (await card.innerText()).includes('您评了 4 分'),
      'the evaluation is saved: the average reads 4.0 分 · 1 人评价 and mine 4 分',
    );
    check(
      (await current(page).locator('.xq-timeline__item--evaluated').innerText()).includes('招标过程公开'),
      'the evaluation is on the timeline',
    );
    await shot(page, 'resident-evaluated');
    await context.close();
  });

  let pollPath = '';
  await step('demo-committee opens a resident poll on another proposal', async () => {
    const { context, page } = await loginAs('业委会');
    await tab(page, '议事');
    await showing(page, '四方议事');
    await button(current(page), '提出议题').click();
    const form = current(page).locator('.xq-delib__form');
    await form.locator('input').first().fill(POLL_TITLE);
    await form.locator('textarea').fill('不少居民希望在3栋旁增设快递柜，先征询大家的意见。');
    await button(form, '提交议题').click();
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    await showing(page, '议题进程');
    await openRecord(page);
    await button(current(page).locator('.xq-record__poll'), '发起居民意见征询').click();
    await confirmModal(page);
    await page.waitForURL(/deliberation\/pages\/proposal\/index\?id=\d+&pollId=\d+/, { timeout: TIMEOUT });
    await showing(page, '居民意见征询 · ');
    pollPath = new URL(page.url()).hash;
    const text = await current(page).innerText();
    check(
      text.includes('居民意见征询结果仅供参考，不是业主共同决定') && !text.includes('业主共同决定 · '),
      'the poll is labelled as opinion only, never as an owner decision',
    );
    check(!text.includes('发起业主表决'), 'a proposal with a poll offers no owner vote');
    const stage = await current(page).locator('.xq-stage').first().innerText();
    check(
      stage.includes('征询中') && !stage.includes('表决中'),
      `a proposal in its poll reads 征询中 (${stage.trim()})`,
    );
    await shot(page, 'committee-poll-open');
    await context.close();
  });

  await step('demo-resident answers the poll from the shared link', async () => {
    const { context, page } = await loginAs('居民');
    await page.goto(`${BASE_URL}/${pollPath}`);
    await showing(page, '居民意见征询 · ');
    const poll = current(page).locator('.xq-poll');
    await button(poll, '同意').click();
    await poll.getByText('我的意见：同意', { exact: false }).waitFor({ timeout: TIMEOUT });
    const text = await poll.innerText();
    check(
      text.includes('同意 1 · 不同意 0 · 弃权 0（共 1 人）') && text.includes('目前过半数同意'),
      'one resident, one vote: the simple majority is counted',
    );
    await shot(page, 'resident-poll');
    await context.close();
  });

  await step('demo-committee closes the poll', async () => {
    const { context, page } = await loginAs('业委会');
    await page.goto(`${BASE_URL}/${pollPath}`);
    await showing(page, '居民意见征询 · ');
    await button(current(page), '结束居民意见征询').click();
    await confirmModal(page);
    await showing(page, '征询结果：过半数居民同意');
    const text = await current(page).locator('.xq-poll').innerText();
    check(
      text.includes('居民意见征询 · 已结束') && text.includes('不是业主共同决定'),
      'the closed poll gives its simple-majority result, still labelled as opinion only',
    );
    await shot(page, 'committee-poll-closed');
    await context.close();
  });

  await step('demo-committee imports the result of a decision held on the official e-voting system', async () => {
    const { context, page } = await loginAs('业委会');
    await tab(page, '议事');
    await showing(page, '四方议事');
    await button(current(page), '提出议题').click();
    const form = current(page).locator('.xq-delib__form');
    await form.locator('input').first().fill(OFFICIAL_TITLE);
    await form
      .locator('textarea')
      .fill('业主大会已在四川省业主电子投票系统表决续聘现物业服务企业，现导入官方结果并公示。');
    await button(form, '提交议题').click();
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    await showing(page, '导入官方表决结果');
    await button(current(page), '导入官方表决结果').click();
    await page.waitForURL(/deliberation\/pages\/official/, { timeout: TIMEOUT });
    await showing(page, '官方系统表决编号');
    await current(page).locator('.xq-proposal__matter', { hasText: '选聘和解聘物业服务企业' }).click();
    await fill(page, 'externalRef', OFFICIAL_REF);
    await pickDate(page, 'closedOn', chinaDay(1));
    for (const [part, [area, headcount]] of Object.entries(OFFICIAL_PARTS)) {
      await fill(page, `${part}Area`, area);
      await fill(page, `${part}Headcount`, headcount);
    }
    await current(page).locator('input[name="resultDocument"]').setInputFiles({
      name: 'official-result.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await showing(page, 'official-result.png');
    // 41 against would make 101 of 100 owners: refused before anything is sent.
    await fill(page, 'disagreedHeadcount', '41');
    await button(current(page), '导入并公示结果').click();
    const refused = await current(page).locator('.xq-proposal__error').innerText({ timeout: TIMEOUT });
    check(
      refused.includes('人数之和超过了全体业主的总人数'),
      `parts adding up to more owners than in all are refused (${refused.trim()})`,
    );
    await fill(page, 'disagreedHeadcount', '10');
    await shot(page, 'committee-official-form');
    await button(current(page), '导入并公示结果').click();
    await confirmModal(page);
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    await showing(page, '截止时的票数');
    const text = await current(page).innerText();
    check(
      new RegExp(`表决渠道\\s*四川省业主电子投票系统表决（结果导入），编号 ${OFFICIAL_REF}`).test(text),
      'the result says it was held on 四川省业主电子投票系统, with the official reference',
    );
    check(text.includes('✓ 表决通过') && !text.includes('表决未通过'), 'the imported result reads 表决通过');
    check(
      /参与人数\s*70 \/ 100 人 · 70\.0%/.test(text) && /参与面积\s*7,000\.5 m² \/ 10,000 m²/.test(text),
      'the turnout is the official count, the area exact to the hundredth (7,000.5 of 10,000 m²)',
    );
    check(
      /同意\s*60 \/ 70 人 · [\d.]+%；6,000\.5 m² \/ 7,000\.5 m²/.test(text),
      'the agreed part reads 60 / 70 人 and 6,000.5 m²',
    );
    check(
      text.includes('全体业主 100 人 · 专有面积 10,000 m²（按官方系统的统计）') && !text.includes('校验码'),
      'the scope is the official totals, not an empty roll here',
    );
    check(
      /官方结果文件\s*official-result\.png · \d+ KB/.test(text),
      'the official result document is listed with the result',
    );
    check(
      /结果公示：\d{4}年\d{1,2}月\d{1,2}日公示 · 第 \d+ 号公示 · 发布后不能改动/.test(text) &&
        !text.includes('初步结果'),
      'the imported result is published on the compound chain, as the result (not a preliminary one)',
    );
    const hidden = {
      turnout: await current(page).locator('.xq-turnout').count(),
      receipts: await current(page).getByText('核验回执码').count(),
      ballots: await current(page).getByText('选票记录', { exact: false }).count(),
      importAgain: await current(page).getByText('导入官方表决结果').count(),
    };
    check(
      Object.values(hidden).every((n) => n === 0),
      `no turnout per building, receipt checker, ballot list or second import (${JSON.stringify(hidden)})`,
    );
    await shot(page, 'committee-official-result');
    await page.goBack();
    await showing(page, '四方议事');
    const card = await current(page).locator('.xq-delib__card', { hasText: OFFICIAL_TITLE }).first().innerText();
    check(
      card.includes('结果已生效') && card.includes('四川省业主电子投票系统'),
      `the 议事 tab's card says the result is in effect and where the vote was held (${card.split('\n').join(' ')})`,
    );
    await context.close();
  });

  await step('demo-community-admin picks 锦绣花园 on the 议事 tab and reads its proposals', async () => {
    const { context, page } = await loginAs('社区管理员');
    await tab(page, '议事');
    await showing(page, '选择要查看的小区');
    // The title comes before the search answers: wait for the list itself.
    await current(page).locator('.xq-delib__compound-name').first().waitFor({ timeout: TIMEOUT });
    const compounds = await current(page).locator('.xq-delib__compound-name').allInnerTexts();
    check(
      compounds.includes('锦绣花园') && !compounds.some((c) => c.includes('还没有关联的小区')),
      `the community admin is offered the community's compounds (${compounds.join('、')})`,
    );
    await shot(page, 'community-admin-choose');
    await current(page).locator('.xq-delib__compound', { hasText: '锦绣花园' }).first().click();
    await showing(page, '四方议事 · 议题');
    const name = await current(page).locator('.xq-delib__name').innerText();
    const titles = await current(page).locator('.xq-delib__card-title').allInnerTexts();
    check(
      name.trim() === '锦绣花园' && [TITLE, POLL_TITLE, OFFICIAL_TITLE].every((t) => titles.includes(t)),
      `the admin reads 锦绣花园's proposals, this run's three among them (${titles.length})`,
    );
    await shot(page, 'community-admin-proposals');
    await page.reload();
    await tab(page, '议事');
    await showing(page, '四方议事 · 议题');
    check(
      (await current(page).locator('.xq-delib__name').innerText()).trim() === '锦绣花园',
      'the choice is remembered after a reload',
    );
    await context.close();
  });

  await step('demo-committee announces a vote on a fourth proposal, opening by itself 16 days later', async () => {
    const { context, page } = await loginAs('业委会');
    await tab(page, '议事');
    await showing(page, '四方议事');
    await button(current(page), '提出议题').click();
    const form = current(page).locator('.xq-delib__form');
    await form.locator('input').first().fill(ANNOUNCED_TITLE);
    await form.locator('textarea').fill('业委会提议修改管理规约中停车管理的条款，在本平台公告后由全体业主表决。');
    await button(form, '提交议题').click();
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    await showing(page, '发起业主表决');
    await current(page).locator('.xq-proposal__matter', { hasText: '制定和修改管理规约' }).click();
    await current(page)
      .locator('.xq-proposal__start', { hasText: '在本平台公告并通知认证业主，15 天后自动开始' })
      .click();
    await showing(page, '当天 9 点自动开始');
    check(
      (await current(page).locator('.xq-date-field[data-name="noticePostedOn"]').count()) === 0,
      'announcing here asks for no notice date',
    );
    // The closing picker offers only days after the opening day; a closing day chosen before the opening was moved
    // past it is refused before anything is sent.
    await pickDate(page, 'opensOn', chinaDay(-30));
    await button(current(page), '发布表决公告').click();
    const refused = await current(page).locator('.xq-proposal__error').innerText({ timeout: TIMEOUT });
    check(
      refused.includes(`截止日期须晚于开始日期 ${chinaDayCn(-30)}`),
      `a closing day not after the opening day is refused (${refused.trim()})`,
    );
    await pickDate(page, 'opensOn', chinaDay(-16));
    const sameDay = await pickDate(page, 'closesOn', chinaDay(-16)).then(
      () => null,
      (error) => String(error.message),
    );
    check(sameDay?.includes('offers no') ?? false, `the closing picker does not offer the opening day (${sameDay})`);
    await pickDate(page, 'closesOn', chinaDay(-23));
    await shot(page, 'committee-announce-vote');
    await button(current(page), '发布表决公告').click();
    const dialog = await page.locator('.taro-modal__content').filter({ visible: true }).innerText({ timeout: TIMEOUT });
    check(
      dialog.includes(`${chinaDayCn(-16)} 09:00 自动开始表决`) && dialog.includes('表决名单在开始时确定'),
      'the confirm dialog says the vote opens by itself on the day, its roll fixed then',
    );
    await confirmModal(page);
    await current(page).locator('.xq-proposal__announced').waitFor({ timeout: TIMEOUT });
    const card = await current(page).locator('.xq-proposal__announced').innerText();
    check(
      card.startsWith('表决公告') &&
        card.includes(`${chinaDayCn(-16)} 09:00 开始，${chinaDayCn(-23)} 23:59 截止`) &&
        card.includes('届时自动开始，名单在开始时确定'),
      `the page shows 表决公告 with the opening and closing times (${card.split('\n')[1] ?? ''})`,
    );
    check(
      card.includes('第2项：制定和修改管理规约') && card.includes('同意的面积和人数均超过参与表决的一半'),
      'the announcement names the matter and says the threshold in words',
    );
    const hidden = await notYetOpen(page);
    check(
      Object.values(hidden).every((n) => n === 0),
      `no ballot buttons, tally, turnout, receipt checker or 结束表决 before it opens (${JSON.stringify(hidden)})`,
    );
    check(
      (await current(page).locator('.xq-timeline__item--vote_announced').count()) === 1 &&
        (await current(page).locator('.xq-timeline__item--vote_opened').count()) === 0,
      'the timeline has the announcement and no opening yet',
    );
    await shot(page, 'committee-vote-announced');
    await page.goBack();
    await showing(page, '四方议事');
    const [, m, d] = chinaDay(-16).split('-').map(Number);
    const tabCard = await current(page)
      .locator('.xq-delib__card', { hasText: ANNOUNCED_TITLE })
      .first()
      .innerText({ timeout: TIMEOUT });
    check(
      (
        await current(page)
          .locator('.xq-delib__card', { hasText: ANNOUNCED_TITLE })
          .first()
          .locator('.xq-stage')
          .innerText()
      ).trim() === '表决公告',
      'its stage tag reads 表决公告, not 已提出',
    );
    check(
      tabCard.includes(`表决公告 · ${m}月${d}日开始`),
      `the 议事 tab's card reads 表决公告 · ${m}月${d}日开始 (${tabCard.split('\n').join(' ')})`,
    );
    await context.close();
  });

  await step('demo-owner reads the announcement, with nothing to vote on yet', async () => {
    const { context, page } = await loginAs('业主');
    await openProposal(page, ANNOUNCED_TITLE);
    await current(page).locator('.xq-proposal__announced').waitFor({ timeout: TIMEOUT });
    const card = await current(page).locator('.xq-proposal__announced').innerText();
    check(
      card.startsWith('表决公告') && card.includes(`${chinaDayCn(-16)} 09:00 开始`),
      'the owner sees the announcement with the opening day',
    );
    const hidden = await notYetOpen(page);
    check(
      Object.values(hidden).every((n) => n === 0),
      `the owner has no ballot buttons yet (${JSON.stringify(hidden)})`,
    );
    await shot(page, 'owner-vote-announced');
    await context.close();
  });
} catch (error) {
  await finish(error);
}
await finish();
