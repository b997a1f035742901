// Browser journey of 双晒 on the h5 build served by the API: demo-property creates a month, fills it from the .xlsx
// template the API serves, attaches vouchers where the trust model asks for them and publishes it; demo-resident
// sees it with its chart and asks about a line; demo-property finds it among the open questions and answers; the
// resident sees the answer, the maintenance fund's balance now (as the API derives it) and the audit reports.
// Usage: BASE_URL=http://127.0.0.1:3000 node apps/miniprogram/e2e/disclosure-journey.mjs
// PERIOD (default 2026-11) must be a month the demo does not have yet, the month after its newest one, and begun.
/* global document -- the waitForFunction and evaluate callbacks run in the page */
import ExcelJS from 'exceljs';
import { BASE_URL, TIMEOUT, startJourney } from './harness.mjs';

const PERIOD = process.env.PERIOD || '2026-11';
const [YEAR, MONTH] = PERIOD.split('-').map(Number);
const PERIOD_LABEL = `${YEAR}年${MONTH}月`;
const DAY = (d) => `${PERIOD}-${String(d).padStart(2, '0')}`;
// The line the resident asks about: an expense large enough to need a voucher in the trust model.
const ASKED = { counterparty: '蓉城电梯维修部', category: '维修' };
const QUESTION = '这笔电梯维修具体换了什么部件？有没有比价？';
const ANSWER = '更换了 2 号梯的曳引钢丝绳，三家比价后选了最低价，报价单已附在凭证里。';
const LINES = [
  {
    category: '物业费',
    amountYuan: 412345.5,
    date: DAY(28),
    counterparty: '全体业主',
    note: '本月物业费',
    billed: 1250,
    paid: 1190,
  },
  { category: '停车费', amountYuan: 38600, date: DAY(28), counterparty: '临停及月租车主', note: '' },
  {
    category: '人员工资',
    amountYuan: 186000,
    date: DAY(10),
    counterparty: '物业服务人员 32 人',
    note: `${MONTH} 月工资`,
  },
  { category: '保洁', amountYuan: 2800, date: DAY(5), counterparty: '洁美保洁用品店', note: '清洁剂、垃圾袋' },
  { category: '维修', amountYuan: 12800, date: DAY(8), counterparty: ASKED.counterparty, note: '2 号梯曳引钢丝绳' },
  {
    category: '公共水电',
    amountYuan: 9650.35,
    date: DAY(20),
    counterparty: '国网成都供电公司',
    note: '公共照明、水泵',
  },
];
// A 1×1 PNG: a voucher the API accepts by its content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const { check, current, showing, shot, loginAs, button, tab, confirmModal, step, finish } =
  await startJourney('disclosure');

/** The API's template, filled with LINES under whatever headers it has (matched by their words). */
async function filledTemplate() {
  const login = await fetch(`${BASE_URL}/api/auth/dev-login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ openid: 'demo-property' }),
  });
  const { token } = await login.json();
  const res = await fetch(`${BASE_URL}/api/disclosures/line-template.xlsx`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`template: HTTP ${res.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()));
  const sheet = workbook.worksheets[0];
  // The header row: the first row naming a category and an amount.
  let headerRow = 0;
  const headers = new Map();
  for (let r = 1; r <= Math.min(sheet.rowCount, 10) && !headerRow; r += 1) {
    const texts = [];
    sheet.getRow(r).eachCell((cell, col) => texts.push([col, String(cell.text ?? '').trim()]));
    if (texts.some(([, t]) => /分类|类别/.test(t)) && texts.some(([, t]) => /金额/.test(t))) {
      headerRow = r;
      for (const [col, t] of texts) headers.set(col, t);
    }
  }
  if (!headerRow) throw new Error('template: no header row with 分类 and 金额');
  const column = (re) => [...headers].find(([, t]) => re.test(t))?.[0];
  const cols = {
    category: column(/分类|类别/),
    amount: column(/金额/),
    date: column(/日期/),
    counterparty: column(/对方|收款|付款|单位/),
    note: column(/说明|备注|摘要/),
    billed: column(/应缴|应收/),
    paid: column(/实缴|实收/),
  };
  const inFen = /分/.test(headers.get(cols.amount) ?? '') && !/元/.test(headers.get(cols.amount) ?? '');
  // Example rows under the header (if any) are replaced.
  for (let r = sheet.rowCount; r > headerRow; r -= 1) sheet.spliceRows(r, 1);
  LINES.forEach((line, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    row.getCell(cols.category).value = line.category;
    // As text, the way the template's own example rows are written.
    row.getCell(cols.amount).value = inFen ? String(Math.round(line.amountYuan * 100)) : line.amountYuan.toFixed(2);
    if (cols.date) row.getCell(cols.date).value = line.date;
    if (cols.counterparty) row.getCell(cols.counterparty).value = line.counterparty;
    if (cols.note) row.getCell(cols.note).value = line.note;
    if (cols.billed && line.billed) row.getCell(cols.billed).value = String(line.billed);
    if (cols.paid && line.paid) row.getCell(cols.paid).value = String(line.paid);
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The resident's period page: 公开 → the period card. */
async function openPeriodAsResident(page) {
  await tab(page, '公开');
  await showing(page, '晒收支');
  await current(page).locator('.xq-period-card', { hasText: PERIOD_LABEL }).first().click();
  await page.waitForURL(/disclosure\/pages\/period/, { timeout: TIMEOUT });
  await showing(page, '支出构成');
}

async function openAskedLine(page) {
  const row = current(page).locator('.xq-line-row', { hasText: ASKED.counterparty }).first();
  await row.scrollIntoViewIfNeeded();
  await row.click();
  await page.locator('.xq-line-sheet').filter({ visible: true }).waitFor({ timeout: TIMEOUT });
  return page.locator('.xq-line-sheet').filter({ visible: true });
}

async function openStaffPeriod(page) {
  await tab(page, '我的');
  await showing(page, '物业与监督');
  await current(page).locator('.nut-cell', { hasText: '收支公示管理' }).click();
  await page.waitForURL(/staff\/pages\/periods/, { timeout: TIMEOUT });
  await showing(page, '已公示');
}

/** What the API says of the resident's compound fund, read directly: the figure the page must show. */
async function expectedFundBalance() {
  const login = await (
    await fetch(`${BASE_URL}/api/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: 'demo-resident' }),
    })
  ).json();
  const auth = { authorization: `Bearer ${login.token}` };
  const me = await (await fetch(`${BASE_URL}/api/me`, { headers: auth })).json();
  const compound = me.roles.map((r) => r.place).find((p) => p.level === 'compound');
  const fund = await (
    await fetch(`${BASE_URL}/api/compounds/${compound.id}/maintenance-fund`, { headers: auth })
  ).json();
  if (!fund.latestStatement) return null;
  const fen = fund.latestStatement.amountFen - fund.usedSinceStatementFen;
  const yuan = `${String(Math.floor(Math.abs(fen) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
  return { text: `${fen < 0 ? '-' : ''}¥${yuan}`, uses: fund.entries.filter((e) => e.kind === 'use') };
}

try {
  const workbook = await filledTemplate();
  check(workbook.length > 0, `filled the API's .xlsx template with ${LINES.length} lines for ${PERIOD_LABEL}`);

  // 1. Property staff: a draft for the month, the lines from the template, vouchers, publish.
  await step('property staff publishes a month from the template', async () => {
    const { context, page } = await loginAs('物业');
    await openStaffPeriod(page);
    const create = button(current(page), `新建${PERIOD_LABEL}收支草稿`);
    // The offer is drawn once the periods have loaded: wait for it rather than count at once.
    await create
      .first()
      .waitFor({ timeout: TIMEOUT })
      .catch(() => {});
    check((await create.count()) === 1, `the staff page offers to create ${PERIOD_LABEL}`);
    await shot(page, 'property-periods');
    await create.click();
    await page.waitForURL(/staff\/pages\/period\//, { timeout: TIMEOUT });
    await showing(page, '导入明细');

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: TIMEOUT }),
      button(current(page), '上传填好的表格').click(),
    ]);
    await chooser.setFiles({
      name: `${PERIOD_LABEL}收支.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    const outcome = current(page).locator('.xq-import-outcome');
    await outcome.first().waitFor({ timeout: TIMEOUT });
    const outcomeText = await outcome.first().innerText();
    check(outcomeText.includes('导入成功'), `the template imports: ${outcomeText.replace(/\s+/g, ' ').slice(0, 120)}`);
    await shot(page, 'property-imported');

    // Publish; in the trust model the API may ask for vouchers first: attach one per named line, then again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await button(current(page), `公示（${LINES.length} 笔明细）`).click();
      await confirmModal(page);
      const missing = current(page).locator('.xq-voucher-missing');
      await Promise.race([
        current(page).getByText('已公示', { exact: true }).first().waitFor({ timeout: TIMEOUT }),
        missing.first().waitFor({ timeout: TIMEOUT }),
      ]);
      if (!(await missing.count())) break;
      if (attempt === 0) {
        check(
          true,
          `publishing asks for vouchers first: ${(await missing.first().innerText()).replace(/\s+/g, ' ').slice(0, 90)}`,
        );
        await shot(page, 'property-voucher-required');
      }
      const attach = missing.first().locator('.nut-button', { hasText: '附凭证' });
      const n = await attach.count();
      for (let i = 0; i < n; i += 1) {
        const [voucher] = await Promise.all([
          page.waitForEvent('filechooser', { timeout: TIMEOUT }),
          missing.first().locator('.nut-button', { hasText: '附凭证' }).first().click(),
        ]);
        await voucher.setFiles({ name: `voucher-${i + 1}.png`, mimeType: 'image/png', buffer: PNG });
        await page.waitForTimeout(800);
      }
      await missing
        .first()
        .waitFor({ state: 'detached', timeout: TIMEOUT })
        .catch(() => {});
    }
    await showing(page, '已公示');
    check(await current(page).getByText('已公示', { exact: true }).first().isVisible(), `${PERIOD_LABEL} is published`);
    await shot(page, 'property-published');
    await context.close();
  });

  // 2. The resident sees it with its chart and asks about the repair.
  await step('resident sees the month and asks about a line', async () => {
    const { context, page } = await loginAs('居民');
    await tab(page, '公开');
    await showing(page, '晒收支');
    const card = current(page).locator('.xq-period-card', { hasText: PERIOD_LABEL }).first();
    await card.waitFor({ timeout: TIMEOUT });
    const cardText = await card.innerText();
    check(/¥[\d,]+\.\d\d/.test(cardText), `公开 lists ${PERIOD_LABEL} with its amounts`);
    check(cardText.includes('收缴率 95.2%'), '公开 shows the collection rate 95.2% (1,190 / 1,250)');
    const badge = await current(page).locator('.xq-verify').first().innerText();
    check(badge.includes('已核验 未被篡改'), `the verification badge holds: ${badge.split('\n')[0]}`);
    await shot(page, 'resident-periods');

    await card.click();
    await page.waitForURL(/disclosure\/pages\/period/, { timeout: TIMEOUT });
    await showing(page, '支出构成');
    await page.waitForTimeout(500);
    const inked = await current(page)
      .locator('canvas')
      .first()
      .evaluate((canvas) => {
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 2] < 200) n += 1;
        return n;
      });
    check(inked > 500, `the expense chart is drawn (${inked} inked pixels)`);
    check(
      await current(page).locator('.xq-period__category', { hasText: ASKED.category }).first().isVisible(),
      `the category table lists ${ASKED.category}`,
    );
    await current(page).locator('.xq-expense-chart').scrollIntoViewIfNeeded();
    await shot(page, 'resident-chart');

    const sheet = await openAskedLine(page);
    await sheet.locator('textarea').fill(QUESTION);
    await button(sheet, '提交质询').click();
    await sheet.getByText(QUESTION, { exact: false }).waitFor({ timeout: TIMEOUT });
    check(
      await sheet.getByText('待答复').first().isVisible(),
      'the question is listed as 待答复 with its waiting time',
    );
    await shot(page, 'resident-asked');
    await context.close();
  });

  // 3a. Property staff see it among the compound's open questions, with the line it is about.
  await step('property staff see the open question', async () => {
    const { context, page } = await loginAs('物业');
    await openStaffPeriod(page);
    await current(page).locator('.nut-cell', { hasText: '待答复质询' }).first().click();
    await page.waitForURL(/staff\/pages\/questions/, { timeout: TIMEOUT });
    await showing(page, '条待答复');
    const card = current(page).locator('.xq-open-question', { hasText: QUESTION }).first();
    await card.waitFor({ timeout: TIMEOUT });
    const text = await card.innerText();
    check(
      text.includes(ASKED.counterparty) && text.includes(PERIOD_LABEL) && text.includes('已等待'),
      '待答复质询 lists the question with its period, its line and how long it has waited',
    );
    await shot(page, 'property-open-questions');
    await context.close();
  });

  // 3. Property staff answer it.
  await step('property staff answer the question', async () => {
    const { context, page } = await loginAs('物业');
    await openStaffPeriod(page);
    await current(page).locator('.xq-period-card', { hasText: PERIOD_LABEL }).first().click();
    await page.waitForURL(/staff\/pages\/period\//, { timeout: TIMEOUT });
    await showing(page, '居民质询');
    const item = current(page).locator('.xq-question', { hasText: QUESTION }).first();
    check(
      await item.getByText('已等待', { exact: false }).isVisible(),
      'staff see the question waiting, with how long',
    );
    await shot(page, 'property-question');
    await button(item, '答复').click();
    const dialog = page.locator('.nut-dialog').filter({ visible: true });
    await dialog.locator('textarea').fill(ANSWER);
    await button(dialog, '发布答复').click();
    await current(page).locator('.xq-question', { hasText: ANSWER }).first().waitFor({ timeout: TIMEOUT });
    check(true, 'the answer is published');
    await shot(page, 'property-answered');
    await context.close();
  });

  // 4. The resident sees the answer.
  await step('resident sees the answer', async () => {
    const { context, page } = await loginAs('居民');
    await openPeriodAsResident(page);
    const sheet = await openAskedLine(page);
    await sheet.getByText(ANSWER, { exact: false }).waitFor({ timeout: TIMEOUT });
    check(
      await sheet.getByText('已答复').first().isVisible(),
      'the resident sees 已答复 and the answer under the line',
    );
    await shot(page, 'resident-answer');
    await context.close();
  });

  // 5. The resident prints the month for the notice board, reads the maintenance fund (balance now = latest
  // statement − uses since) and the audit reports.
  await step('resident prints the month, sees the maintenance fund and the audit reports', async () => {
    const expected = await expectedFundBalance();
    const { context, page } = await loginAs('居民');
    await openPeriodAsResident(page);
    // The notice-board print: the A4 PDF, fetched with the token, opens in a new tab.
    const opened = context.waitForEvent('page', { timeout: TIMEOUT });
    await button(current(page), '打印公示（A4 PDF，贴公示栏用）').click();
    const pdf = await opened;
    await pdf.waitForLoadState();
    const type = await pdf.evaluate(() => document.contentType);
    check(type === 'application/pdf', `打印公示 opens the period's A4 notice PDF (${type})`);
    await pdf.close();
    await page.goBack();
    await showing(page, '晒收支');
    await current(page).locator('.nut-cell', { hasText: '维修资金' }).first().click();
    await page.waitForURL(/disclosure\/pages\/fund/, { timeout: TIMEOUT });
    await showing(page, '目前余额');
    const now = (await current(page).locator('.xq-fund__now').first().innerText()).trim();
    check(expected !== null && now === expected.text, `维修资金 shows the balance now ${now} (API: ${expected?.text})`);
    const decisions = await current(page).locator('.xq-fund__decision').allInnerTexts();
    check(
      expected !== null &&
        decisions.length === expected.uses.length &&
        expected.uses.every((u) => decisions.some((d) => d.includes(u.decisionRef))),
      `each use names the owner decision that approved it (${decisions.length})`,
    );
    await shot(page, 'resident-fund');
    await page.goBack();
    await showing(page, '晒收支');
    await current(page).locator('.nut-cell', { hasText: '审计报告' }).first().click();
    await page.waitForURL(/disclosure\/pages\/audit/, { timeout: TIMEOUT });
    await showing(page, '年度');
    check(
      (await current(page).locator('.xq-audit__report', { hasText: '打开 PDF' }).count()) > 0,
      '审计报告 lists the reports with their PDF',
    );
    await shot(page, 'resident-audit');
    await context.close();
  });
} catch (error) {
  await finish(error);
}
await finish();
