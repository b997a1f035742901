// Browser journey of an owner vote's whole life (issue 9) on the h5 build served by the API: demo-committee records
// the compound's basis for voting here and opens a three-option vote (多选一, 实名) on it, the notice posted on the
// boards with its photo; demo-owner votes online and the committee enters a paper ballot for 3栋 502 with the wrong
// option; while the vote is open nobody (owner, resident, committee) sees any count, only turnout. The test clock
// (POST /api/dev/compounds/:id/vote-scheduler) then runs the scheduler just after the closing time: the vote closes by
// itself and its preliminary result is published for the objection period (询异公示). demo-resident, owner of 3栋 502,
// objects to her unit's ballot record; demo-owner reads the objection without her name; the committee answers with a
// correction of the paper ballot (reason and evidence), which re-tallies and is published as a new link; the clock
// past the period makes the result final. The 议事 tab reads each stage in Chinese on the way.
// Every page and state is shot at 390×844 and again with text at 150% (`NN-label-150.png`): each element's font size
// and line height set to 1.5× what the stylesheet gives, as a phone's large-text setting does, the layout unchanged.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/vote-lifecycle-journey.mjs (repeatable on the same
// demo: titles are unique per run; demo-resident is made owner of 3栋 502 through the claim API when she is not yet).
/* global document, FormData, Blob -- the evaluate callbacks run in the page; FormData and Blob are Node 18+ globals */
import { BASE_URL, TIMEOUT, pickDate, startJourney } from './harness.mjs';

const RUN = Date.now().toString(36);
const TITLE = `物业服务企业三选一（${RUN}）`;
const BODY = '现物业服务合同年底到期。业委会经四方协商提出三个方案，请全体业主选择其一。';
const OPTIONS = ['续聘锦程物业', '选聘安居物业', '选聘华宇物业'];
const CLAUSE = `《锦绣花园管理规约》第二十条：业主共同决定事项可以通过“小区共治”平台以电子投票方式表决，与书面表决具有同等效力（${RUN} 核对）。`;
const OBJECTION = '我家 3栋 502 的纸质表决票选的是续聘锦程物业，公示的记录却是选聘华宇物业，请核对签字的表决票。';
const ANSWER = '已核对业主签字的纸质表决票，确属录入时看错了选项，予以更正。';
const REASON = '录入纸质票时看错了行，以业主签字的表决票为准。';
// A 1×1 PNG: the photos and scans.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const png = (name) => ({ name, mimeType: 'image/png', buffer: PNG });
const DAY_MS = 24 * 3600_000;
/** `2026-11-06`: the day in China `daysAgo` days back. */
const chinaDay = (daysAgo) => new Date(Date.now() + 8 * 3600_000 - daysAgo * DAY_MS).toISOString().slice(0, 10);
const CLAIM = { building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' };

const { check, current, showing, snap, loginAs, button, tab, fill, confirmModal, step, finish } =
  await startJourney('vote-lifecycle');

// ---- the API, for what is not the journey's subject: the claim behind the scenes, the test clock, the seal check

async function call(method, path, token, body) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, body: json };
}
const tokens = {};
async function tokenOf(openid) {
  if (!tokens[openid]) {
    const res = await call('POST', '/api/auth/dev-login', null, { openid });
    if (res.status >= 300) throw new Error(`dev-login ${openid}: ${res.status}`);
    tokens[openid] = res.body.token;
  }
  return tokens[openid];
}
async function get(openid, path) {
  return call('GET', path, await tokenOf(openid));
}
/** The test clock: the owner votes' scheduler run as if it were `at`. */
async function runClock(compoundId, at) {
  return call('POST', `/api/dev/compounds/${compoundId}/vote-scheduler`, await tokenOf('demo-committee'), {
    at: at.toISOString(),
  });
}

// ---- the page

/** The visible modal's text (Taro.showModal on h5). */
async function modalText(page) {
  return page.locator('.taro-modal__content').filter({ visible: true }).innerText({ timeout: TIMEOUT });
}

/** 议事 → this run's proposal card: its text. */
async function tabCard(page) {
  await tab(page, '议事');
  await showing(page, '四方议事');
  const card = current(page).locator('.xq-delib__card', { hasText: TITLE }).first();
  await card.waitFor({ timeout: TIMEOUT });
  return { card, text: (await card.innerText()).replace(/\s*\n\s*/g, ' ') };
}

/** 议事 → the proposal's page. */
async function openProposal(page) {
  const { card } = await tabCard(page);
  await card.click();
  await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
  await showing(page, TITLE);
}

/** What of the count a page shows while the vote is open: it must be nothing but turnout. */
async function countShown(page) {
  const scope = current(page);
  const text = await scope.innerText();
  const figures = [
    /(同意|不同意|反对|弃权|得票|选择)\s*[:：]?\s*[\d,]+\s*(人|户|票|%)/,
    /(表决通过|表决未通过|未形成决定|通过「)/,
    ...OPTIONS.map((o) => new RegExp(`${o}」?[^\\n]{0,12}\\d[\\d,.]*\\s*(人|户|票|%|m²)`)),
  ].filter((re) => re.test(text));
  return {
    tallyCards: await scope.locator('.xq-tally, .xq-chart, .xq-choice-result, .xq-unit-choices').count(),
    figures: figures.map(String),
    sealedNote: text.includes('表决结束前不公布票数，截止后自动公布初步结果'),
    turnout: /已参与的业主\s*[\d,]+ \/ [\d,]+ 人/.test(text),
  };
}
const sealed = (c) => c.tallyCards === 0 && c.figures.length === 0 && c.sealedNote && c.turnout;

/** The units of a building in the UnitPicker, loading more until `room` shows; then picks it. */
async function pickUnit(scope, building, room) {
  const chips = scope.locator('.xq-ballots__chips');
  await chips
    .first()
    .locator('.nut-button', { hasText: new RegExp(`^\\s*${building}\\s*$`) })
    .click();
  const unit = chips.nth(1).locator('.nut-button', { hasText: new RegExp(`\\s${room}\\s*$`) });
  for (let i = 0; i < 10 && (await unit.count()) === 0; i++) {
    const more = chips.nth(1).locator('.nut-button', { hasText: '更多房屋' });
    if (await more.count()) await more.click();
    await scope.page().waitForTimeout(400);
  }
  await unit.first().click();
  await scope.getByText('重选').first().waitFor({ timeout: TIMEOUT });
}

let proposalId = 0;
let compoundId = 0;
let voteId = 0;
let closesAt = null;

try {
  await step('demo-resident is a verified owner of 3栋 502 (claimed and approved when not yet)', async () => {
    const owns = async () =>
      ((await get('demo-resident', '/api/me')).body.units ?? []).some(
        (u) => u.building === CLAIM.building && u.room === CLAIM.room,
      );
    if (!(await owns())) {
      const me = (await get('demo-resident', '/api/me')).body;
      compoundId = me.roles.find((r) => r.place.name === '锦绣花园').place.id;
      const claim = await call('POST', '/api/claims', await tokenOf('demo-resident'), { compoundId, ...CLAIM });
      if (claim.status >= 300) throw new Error(`claim refused: ${JSON.stringify(claim.body)}`);
      // The owner showed the deed at the office: the admin attaches a photo of it and confirms.
      const admin = await tokenOf('demo-community-admin');
      const form = new FormData();
      form.append('file', new Blob([PNG], { type: 'image/png' }), 'deed.png');
      const photo = await fetch(`${BASE_URL}/api/claims/deed-photos?compoundId=${compoundId}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      }).then((res) => res.json());
      const approved = await call('POST', `/api/admin/claims/${claim.body.id}/approve`, admin, {
        confirm: true,
        deedPhotoId: photo.id,
      });
      if (approved.status >= 300) throw new Error(`approval refused: ${JSON.stringify(approved.body)}`);
    }
    check(await owns(), 'demo-resident owns 3栋 502, whose owner can object to its ballot record');
  });

  await step('demo-committee raises the proposal and records the basis for voting here', async () => {
    const { context, page } = await loginAs('业委会');
    await tab(page, '议事');
    await showing(page, '四方议事');
    await button(current(page), '提出议题').click();
    const form = current(page).locator('.xq-delib__form');
    await form.locator('input').first().fill(TITLE);
    await form.locator('textarea').fill(BODY);
    await button(form, '提交议题').click();
    await page.waitForURL(/deliberation\/pages\/proposal\/index\?id=\d+/, { timeout: TIMEOUT });
    proposalId = Number(/id=(\d+)/.exec(page.url())[1]);
    await showing(page, '发起业主表决');
    const basisLine = await current(page).locator('.xq-basis-line').first().innerText();
    check(
      /表决依据\s*依据：《锦绣花园管理规约》第二十条/.test(basisLine) && basisLine.includes('询异期 7 天'),
      `the open-vote form shows the basis it rests on (${basisLine.split('\n')[1]?.slice(0, 30)}…)`,
    );
    await current(page).getByText('更新表决依据 ›').click();
    await page.waitForURL(/deliberation\/pages\/basis/, { timeout: TIMEOUT });
    await showing(page, '现行依据');
    const textarea = current(page).locator('textarea');
    await textarea.fill(CLAUSE);
    await current(page).locator('input[name="basisDocument"]').setInputFiles(png('管理规约第二十条.png'));
    await showing(page, '管理规约第二十条.png');
    await fill(page, 'objectionDays', '7');
    await snap(page, 'committee-basis-form', current(page).locator('.nut-button', { hasText: '记录新的依据' }));
    await button(current(page), '记录新的依据').click();
    check(
      (await modalText(page)).includes('询异期 7 天'),
      'the confirm dialog says votes opened after it rest on it, with the 7-day objection period',
    );
    await confirmModal(page);
    await current(page)
      .locator('.xq-basis-line', { hasText: `${RUN} 核对` })
      .first()
      .waitFor({ timeout: TIMEOUT });
    const recorded = await current(page).locator('.xq-proposal__card').first().innerText();
    check(
      recorded.includes(CLAUSE) && /业委会(成员)?记录于 \d{4}年/.test(recorded),
      'the basis page shows the new clause as 现行依据, who recorded it and when',
    );
    await snap(page, 'committee-basis-recorded');
    await context.close();
  });

  await step('demo-committee opens a three-option vote on that basis', async () => {
    const { context, page } = await loginAs('业委会');
    await page.goto(`${BASE_URL}/#/deliberation/pages/proposal/index?id=${proposalId}`);
    await showing(page, '发起业主表决');
    check(
      (await current(page).locator('.xq-basis-line').first().innerText()).includes(CLAUSE),
      'the open-vote form now names the clause just recorded',
    );
    await current(page).locator('.xq-proposal__matter', { hasText: '选聘和解聘物业服务企业' }).click();
    await current(page).locator('.xq-proposal__start', { hasText: '多选一' }).click();
    await showing(page, '得票最多不等于通过');
    await button(current(page), '添加选项（2 / 9）').click();
    for (const [i, label] of OPTIONS.entries()) await fill(page, `option${i + 1}`, label);
    await current(page).locator('.xq-proposal__start', { hasText: '已在小区公告栏张贴公告' }).click();
    await pickDate(page, 'noticePostedOn', chinaDay(20));
    // The notice is quoted with its photo: without one the form refuses before anything is sent.
    await button(current(page), '发起表决').click();
    const refused = await current(page).locator('.xq-proposal__error').innerText({ timeout: TIMEOUT });
    check(/照片/.test(refused), `a posted notice without its photo is refused (${refused.trim()})`);
    await current(page).locator('input[name="noticeScan"]').setInputFiles(png('公告栏张贴照片.png'));
    await showing(page, '公告栏张贴照片.png');
    await button(current(page), '公开表决（实名）').click();
    await snap(page, 'committee-open-vote-basis', current(page).locator('.xq-basis-line'));
    await snap(page, 'committee-open-vote-options', current(page).locator('.xq-options-editor'));
    await snap(page, 'committee-open-vote-notice', current(page).locator('.nut-button', { hasText: '发起表决' }));
    await button(current(page), '发起表决').click();
    const dialog = await modalText(page);
    check(
      OPTIONS.every((o) => dialog.includes(`「${o}」`)) && dialog.includes('多选一'),
      `the confirm dialog names the options (${dialog.replace(/\s+/g, ' ').slice(0, 60)}…)`,
    );
    await snap(page, 'committee-open-vote-confirm');
    await confirmModal(page);
    await showing(page, '目前参与情况');
    const proposal = (await get('demo-committee', `/api/proposals/${proposalId}`)).body;
    const vote = proposal.vote;
    voteId = vote.id;
    compoundId = proposal.compoundId;
    closesAt = new Date(vote.closesAt);
    const text = await current(page).innerText();
    check(
      vote.status === 'open' && vote.kind === 'choice' && vote.options.length === 3 && !vote.secret,
      `the vote is open with three options, 实名 (closes ${vote.closesAt})`,
    );
    const [, nm, nd] = chinaDay(20).split('-').map(Number);
    check(
      new RegExp(`表决公告\\s*${nm}月${nd}日张贴于小区公告栏\\s*查看照片（1 张）`).test(text) &&
        !text.includes('在本平台公告'),
      `the notice reads as posted on the boards on ${nm}月${nd}日 with its photo, not as told here`,
    );
    check(text.includes(CLAUSE), 'the open vote names the basis it rests on');
    const stage = await current(page).locator('.xq-stage').first().innerText();
    check(stage.includes('表决中'), `the stage tag reads 表决中 (${stage.trim()})`);
    const shown = await countShown(page);
    check(sealed(shown), `the committee sees turnout only, no count (${JSON.stringify(shown)})`);
    await snap(page, 'committee-sealed-count', current(page).locator('.xq-sealed'));
    await page.goBack();
    const { text: card } = await tabCard(page);
    const closing = new Date(closesAt.getTime() + 8 * 3600_000);
    const closingDay = `${closing.getUTCMonth() + 1}月${closing.getUTCDate()}日`;
    check(
      card.includes(`表决中 · ${closingDay}截止 · 本平台表决`),
      `the 议事 tab's card reads 表决中 · ${closingDay}截止 · 本平台表决 (${card})`,
    );
    await snap(page, 'committee-tab-voting', current(page).locator('.xq-delib__card', { hasText: TITLE }));
    await context.close();
  });

  await step('demo-owner votes for an option, and sees only turnout', async () => {
    const { context, page } = await loginAs('业主');
    const { text: card } = await tabCard(page);
    check(card.includes('表决中'), `the owner's 议事 tab reads 表决中 (${card})`);
    await openProposal(page);
    await showing(page, '我的表决');
    const buttons = await current(page).locator('.xq-ballot-buttons .nut-button').allInnerTexts();
    check(
      buttons.map((b) => b.trim()).join('|') === [...OPTIONS, '弃权'].join('|'),
      `the ballot offers the three options in order and 弃权 (${buttons.join('、')})`,
    );
    const before = await countShown(page);
    check(sealed(before), `before voting the owner sees turnout only (${JSON.stringify(before)})`);
    await snap(page, 'owner-ballot', current(page).locator('.xq-ballot-buttons'));
    await button(current(page).locator('.xq-ballot-buttons'), OPTIONS[0]).click();
    const dialog = await modalText(page);
    check(dialog.includes(OPTIONS[0]), `the confirm dialog names the option (${dialog.replace(/\s+/g, ' ')})`);
    await snap(page, 'owner-ballot-confirm');
    await confirmModal(page);
    await showing(page, '复制回执码');
    const receipt = await current(page).locator('.xq-proposal__receipt').innerText();
    check(receipt.includes(`已选`) && receipt.includes(OPTIONS[0]), 'the receipt says which option was chosen');
    await page.waitForFunction(
      () =>
        /已参与的业主\s*[1-9]/.test(
          [...document.querySelectorAll('.taro_page')].filter((el) => el.offsetParent !== null).pop()?.innerText ?? '',
        ),
      null,
      { timeout: TIMEOUT },
    );
    const after = await countShown(page);
    check(sealed(after), `after voting the owner still sees turnout only (${JSON.stringify(after)})`);
    await snap(page, 'owner-receipt-sealed', current(page).locator('.xq-sealed'));
    await context.close();
  });

  await step('demo-committee enters a paper ballot for 3栋 502 with the wrong option', async () => {
    const { context, page } = await loginAs('业委会');
    await openProposal(page);
    await button(current(page), '录入纸质票 / 委托票 · 选票记录').click();
    await page.waitForURL(/deliberation\/pages\/ballots/, { timeout: TIMEOUT });
    await showing(page, '以最后作出的一次表决为准');
    await pickUnit(current(page), CLAIM.building, CLAIM.room);
    await button(current(page), `「${OPTIONS[2]}」`).click();
    await current(page).locator('input[name="ballotScan"]').setInputFiles(png('502-表决票.png'));
    await showing(page, '502-表决票.png');
    await snap(page, 'committee-paper-ballot', current(page).locator('.nut-button', { hasText: '录入这张票' }));
    await button(current(page), '录入这张票').click();
    const paper = current(page).locator('.xq-ballots__record', { hasText: '纸质票' }).first();
    await paper.waitFor({ timeout: TIMEOUT });
    const records = await current(page).locator('.xq-ballots__record').allInnerTexts();
    check(
      records.length === 2 && records.every((r) => r.includes('表决结束前不显示意见')),
      `the ballot records hide every choice until closing (${records.length} records)`,
    );
    await snap(page, 'committee-ballot-records', current(page).locator('.xq-ballots__record').first());
    await page.goBack();
    await showing(page, '目前参与情况');
    const shown = await countShown(page);
    check(sealed(shown), `with two ballots in, the committee still sees no count (${JSON.stringify(shown)})`);
    check((await button(current(page), '结束表决').count()) === 0, 'there is no 结束表决: the vote closes by itself');
    await snap(page, 'committee-organiser-card', current(page).locator('.nut-button', { hasText: '中止表决' }));
    await context.close();
  });

  await step('demo-resident sees turnout only; no role can read the count through the API', async () => {
    const { context, page } = await loginAs('居民');
    await openProposal(page);
    await showing(page, '目前参与情况');
    const shown = await countShown(page);
    check(sealed(shown), `the resident sees turnout only (${JSON.stringify(shown)})`);
    await snap(page, 'resident-sealed-count', current(page).locator('.xq-sealed'));
    await context.close();
    const answers = [];
    for (const openid of ['demo-owner', 'demo-resident', 'demo-committee', 'demo-community-admin'])
      for (const what of ['tally', 'result', 'choices']) {
        const res = await get(openid, `/api/owner-votes/${voteId}/${what}`);
        // The result answers with the vote alone before closing: no tally, no explanation, no link.
        const empty =
          what === 'result' &&
          res.status === 200 &&
          res.body.tally === null &&
          res.body.choiceTally === null &&
          res.body.explanation.length === 0;
        answers.push(
          `${openid.replace('demo-', '')} ${what} ${res.status}${res.body?.code ? ` ${res.body.code}` : ''}` +
            (empty ? ' (no count)' : ''),
        );
      }
    check(
      answers.every((a) => / (403|409)( |$)/.test(a) || a.endsWith('(no count)')),
      `tally and choices are refused, the result has no count, for every role while open (${answers.join('; ')})`,
    );
  });

  await step('the clock passes the closing time: the vote closes by itself', async () => {
    const early = await runClock(compoundId, new Date(closesAt.getTime() - 60_000));
    const stillOpen = (await get('demo-committee', `/api/proposals/${proposalId}`)).body.vote;
    check(
      early.status === 200 && stillOpen.status === 'open',
      `a minute before its closing time the scheduler leaves it open (${stillOpen.status})`,
    );
    const res = await runClock(compoundId, new Date(closesAt.getTime() + 60_000));
    const vote = (await get('demo-committee', `/api/proposals/${proposalId}`)).body.vote;
    check(
      res.status === 200 && vote.status === 'closed' && vote.resultStage === 'preliminary',
      `a minute after, it is closed with a preliminary result (${res.status}, ${vote.status}, ${vote.resultStage})`,
    );
  });

  await step('demo-resident reads the preliminary result and objects to her unit’s record', async () => {
    const { context, page } = await loginAs('居民');
    const { text: card } = await tabCard(page);
    check(
      /结果询异公示中（至\d{1,2}月\d{1,2}日） · 本平台表决/.test(card) && card.includes('询异公示中'),
      `the 议事 tab's card reads 结果询异公示中（至…） (${card})`,
    );
    await snap(page, 'resident-tab-objection-period', current(page).locator('.xq-delib__card', { hasText: TITLE }));
    await openProposal(page);
    await showing(page, '初步结果 · 询异公示中');
    const text = await current(page).innerText();
    const verdict = await current(page).locator('.xq-choice-result__verdict').innerText();
    check(
      /^(未形成决定|通过「)/.test(verdict.trim()),
      `the result says what was decided, as computed (${verdict.trim()})`,
    );
    const options = await current(page).locator('.xq-choice-result__option').allInnerTexts();
    check(
      options.length === 4 &&
        OPTIONS.every((o, i) => options[i].includes(`「${o}」`)) &&
        options.every((o) => /人数\s*[\d,]+ \/ [\d,]+ 人/.test(o) && /面积\s*[\d,.]+ m² \/ [\d,.]+ m²/.test(o)),
      `each option (and 弃权) has its bars by headcount and area with their numbers (${options.length})`,
    );
    check(
      /「续聘锦程物业」[^]*?人数\s*1 \/ 2 人/.test(options[0]) && /人数\s*1 \/ 2 人/.test(options[2]),
      'the count as ballots were recorded: one owner each for options 1 and 3',
    );
    const choices = await current(page).locator('.xq-unit-choices__row').allInnerTexts();
    check(
      choices.some((c) => c.includes('502') && c.includes(OPTIONS[2])),
      `the 实名 list shows 3栋 502 recorded as 「${OPTIONS[2]}」 (${choices.length} units)`,
    );
    check(text.includes('询异公示期至') && text.includes('（北京时间）'), 'the objection period and its end are said');
    await snap(page, 'resident-preliminary-result', current(page).locator('.xq-proposal__published'));
    await snap(page, 'resident-option-bars', current(page).locator('.xq-choice-result'));
    await snap(page, 'resident-unit-choices', current(page).locator('.xq-unit-choices'));
    await snap(page, 'resident-objection-period', current(page).locator('.xq-objections'));
    await button(current(page), '提出异议').click();
    await page.waitForURL(/deliberation\/pages\/objection/, { timeout: TIMEOUT });
    await showing(page, '异议的类型');
    await current(page)
      .locator('[data-name="objectionKind"] .xq-chips__chip', { hasText: '我家的表决记录有误' })
      .click();
    await current(page).locator('[data-name="objectionUnit"] .xq-chips__chip', { hasText: CLAIM.room }).click();
    await current(page).locator('textarea').fill(OBJECTION);
    await current(page).locator('input[name="objectionPhotos"]').setInputFiles(png('签字表决票照片.png'));
    await page.waitForTimeout(800);
    await snap(page, 'resident-objection-form', current(page).locator('.nut-button', { hasText: '提交异议' }));
    await button(current(page), '提交异议').click();
    check(
      (await modalText(page)).includes('不显示您的姓名'),
      'the confirm dialog says the objection is published without her name',
    );
    await confirmModal(page);
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    const mine = current(page).locator('.xq-objections__item', { hasText: OBJECTION });
    await mine.waitFor({ timeout: TIMEOUT });
    const item = await mine.innerText();
    check(
      item.includes('我家的表决记录有误') &&
        item.includes('502') &&
        item.includes('我的异议') &&
        item.includes('尚未答复'),
      'her objection is listed as 我的异议, about 502, 尚未答复',
    );
    await snap(page, 'resident-objection-listed', mine);
    await context.close();
  });

  await step('demo-owner reads the objection without the objector’s name', async () => {
    const { context, page } = await loginAs('业主');
    await openProposal(page);
    const item = current(page).locator('.xq-objections__item', { hasText: OBJECTION });
    await item.waitFor({ timeout: TIMEOUT });
    const text = await item.innerText();
    const resident = (await get('demo-resident', '/api/me')).body;
    check(
      !text.includes(resident.name) && !text.includes(resident.phone) && !text.includes('我的异议'),
      `the objection names neither ${resident.name} nor her phone, and is not 我的异议 to another owner`,
    );
    check(!(await current(page).innerText()).includes(resident.name), 'her name appears nowhere on the proposal page');
    await snap(page, 'owner-reads-objection', item);
    await context.close();
  });

  await step('an unanswered objection keeps the result preliminary past the period', async () => {
    const res = await runClock(compoundId, new Date(closesAt.getTime() + 8 * DAY_MS));
    const vote = (await get('demo-committee', `/api/proposals/${proposalId}`)).body.vote;
    check(
      res.status === 200 && vote.resultStage === 'preliminary',
      `eight days on, with one objection unanswered, the result is still preliminary (${vote.resultStage})`,
    );
  });

  let correctionLine = '';
  await step('demo-committee answers the objection with a correction of the paper ballot', async () => {
    const { context, page } = await loginAs('业委会');
    await openProposal(page);
    const item = current(page).locator('.xq-objections__item', { hasText: OBJECTION });
    await item.waitFor({ timeout: TIMEOUT });
    check(
      (await current(page).locator('.xq-objections__todo').innerText()).includes('还有 1 条异议待答复'),
      'the committee is told one objection waits for an answer',
    );
    await snap(page, 'committee-objection-to-answer', item);
    await button(item, '答复').click();
    await page.waitForURL(/deliberation\/pages\/objection/, { timeout: TIMEOUT });
    await showing(page, '答复异议');
    await current(page).locator('textarea').first().fill(ANSWER);
    await button(current(page), '答复并更正结果').click();
    await current(page)
      .locator('[data-name="correctionKind"] .xq-chips__chip', { hasText: '更正录入有误的表决票' })
      .click();
    await pickUnit(current(page).locator('.xq-correction'), CLAIM.building, CLAIM.room);
    const ballot = current(page).locator('.xq-correction__ballot', { hasText: '纸质票' });
    await ballot.first().waitFor({ timeout: TIMEOUT });
    const ballotText = await ballot.first().innerText();
    check(
      ballotText.includes('502') && ballotText.includes(OPTIONS[2]),
      `the ballot to correct is listed with its unit and recorded option (${ballotText.trim()})`,
    );
    await ballot.first().click();
    await button(current(page).locator('.xq-correction'), `「${OPTIONS[0]}」`).click();
    await current(page).locator('.xq-correction textarea').fill(REASON);
    await current(page).locator('input[name="evidence"]').setInputFiles(png('签字表决票扫描.png'));
    await showing(page, '签字表决票扫描.png');
    await snap(page, 'committee-answer-form', current(page).locator('.xq-correction__ballots'));
    await snap(page, 'committee-correction-form', current(page).locator('.nut-button', { hasText: '发布答复和更正' }));
    await button(current(page), '发布答复和更正').click();
    check((await modalText(page)).includes('重新计票'), 'the confirm dialog says the correction re-tallies');
    await confirmModal(page);
    await page.waitForURL(/deliberation\/pages\/proposal/, { timeout: TIMEOUT });
    const answered = current(page).locator('.xq-objections__item', { hasText: OBJECTION });
    await answered.locator('.xq-objections__answer').waitFor({ timeout: TIMEOUT });
    const text = await answered.innerText();
    check(
      text.includes(ANSWER) && text.includes(`已据此更正：选择「${OPTIONS[2]}」 → 选择「${OPTIONS[0]}」`),
      `the answer is published with the correction ${OPTIONS[2]} → ${OPTIONS[0]}`,
    );
    correctionLine = /第 (\d+) 号公示，更正第 (\d+) 号/.exec(text)?.[0] ?? '';
    const [, n, mm] = /第 (\d+) 号公示，更正第 (\d+) 号/.exec(text) ?? [];
    check(
      Number(n) > Number(mm) && Number(mm) > 0,
      `the correction is a new chain link pointing at the one it corrects (${correctionLine})`,
    );
    const correction = await current(page).locator('.xq-objections__correction').first().innerText();
    check(
      correction.includes(REASON) && correction.includes(correctionLine) && correction.includes('502'),
      'the corrections list shows the unit, before → after, reason and link',
    );
    const options = await current(page).locator('.xq-choice-result__option').allInnerTexts();
    check(
      /人数\s*2 \/ 2 人/.test(options[0]) && /人数\s*0 \/ 2 人/.test(options[2]),
      'the re-tally counts 3栋 502 for option 1: 2 / 2 owners, option 3 none',
    );
    check(
      (await current(page).locator('.xq-objections__todo').count()) === 0,
      'no objection waits for an answer any more',
    );
    await snap(page, 'committee-answered-corrected', answered);
    await snap(page, 'committee-corrected-bars', current(page).locator('.xq-choice-result'));
    await context.close();
  });

  await step('the clock passes the objection period: the result becomes final', async () => {
    const res = await runClock(compoundId, new Date(closesAt.getTime() + 8 * DAY_MS));
    const vote = (await get('demo-committee', `/api/proposals/${proposalId}`)).body.vote;
    check(
      res.status === 200 && vote.resultStage === 'final',
      `every objection answered, the period over: the result is final (${vote.resultStage})`,
    );
  });

  await step('demo-resident reads the final result on the 议事 tab and the proposal', async () => {
    const { context, page } = await loginAs('居民');
    const { text: card } = await tabCard(page);
    check(/结果已生效 · 本平台表决/.test(card), `the 议事 tab's card reads 结果已生效 (${card})`);
    await snap(page, 'resident-tab-final', current(page).locator('.xq-delib__card', { hasText: TITLE }));
    await openProposal(page);
    await showing(page, '询异公示期已结束');
    const text = await current(page).innerText();
    const title = await current(page).locator('.xq-proposal__published .xq-proposal__card-title').innerText();
    check(title.trim() === '结果已生效', `the result card reads 结果已生效 (${title.trim()})`);
    check(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 生效/.test(text), 'it says when the result took effect');
    check(
      /结果生效：\d{4}年\d{1,2}月\d{1,2}日公示 · 第 \d+ 号公示 · 发布后不能改动/.test(text),
      'the final result has its own link on the chain',
    );
    check(
      text.includes('询异公示期已结束，异议均已答复'),
      'the period is said to be over with every objection answered',
    );
    check(
      (await current(page).locator('.xq-proposal__published').innerText()).includes(CLAUSE),
      'the result says which basis it rests on (本结果依据)',
    );
    check(
      text.includes(correctionLine) &&
        !/提出异议\s*$/.test(text) &&
        (await button(current(page), '提出异议').count()) === 0,
      'the correction stays listed and no objection can be raised any more',
    );
    const stage = await current(page).locator('.xq-stage').first().innerText();
    check(stage.includes('结果已生效'), `the stage tag reads 结果已生效 (${stage.trim()})`);
    await snap(page, 'resident-final-result', current(page).locator('.xq-proposal__published'));
    await snap(page, 'resident-final-objections', current(page).locator('.xq-objections'));
    const steps = await current(page).locator('.xq-timeline__step').allInnerTexts();
    check(steps.length >= 5, `the timeline records the vote's life (${steps.join('、')})`);
    await snap(page, 'resident-final-timeline', current(page).locator('.xq-timeline'));
    await context.close();
  });
} catch (error) {
  await finish(error);
}
await finish();
