import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CATEGORY_LABELS, formatDateCn, formatFen, periodLabel, type LineInput } from '@xiaoqu/shared';
import { AccessService } from '../identity/access.service.js';
import { FilesService } from '../files/files.service.js';
import { AccountDisclosureService } from '../disclosure/accounts/account-disclosure.service.js';
import { QuestionService } from '../disclosure/questions/question.service.js';
import { ServiceDisclosureService } from '../disclosure/service/service-disclosure.service.js';
import { FundService } from '../disclosure/fund/fund.service.js';
import { CompoundBilling } from '../disclosure/disclosure.entities.js';
import type { Principal } from '../common/auth/principal.js';
import { DEMO_FUND_DECISION, prng } from './demo-data.js';
import { DEMO_PHOTO, demoPdfs } from './demo-files.js';
import type { DemoIds } from './seed.js';

/**
 * The twelve months the demo publishes, oldest first: 2025-11 to 2026-10, so the month a staff member opens next
 * (2026-11) has already begun — a period that has not begun cannot be opened.
 */
export const DEMO_MONTHS = Array.from({ length: 12 }, (_, i) => {
  const month = ((10 + i) % 12) + 1;
  const year = i < 2 ? 2025 : 2026;
  return `${year}-${String(month).padStart(2, '0')}`;
});

/** A one-page PDF with a line of ASCII text: small, valid, different for every text (the tests upload it). */
export function voucherPdf(text: string): Buffer {
  const safe = text.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');
  const stream = `BT /F1 11 Tf 24 110 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 160] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function monthLines(
  seed: number,
  month: string,
  scale: { households: number; feeFen: number; big: boolean },
): LineInput[] {
  const rand = prng(seed);
  const vary = (fen: number, spread = 0.08) => Math.round(fen * (1 - spread + rand() * spread * 2));
  // Clamped to the month's last day: a line of February is never dated the 30th.
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = (d: number) => `${month}-${String(Math.min(d, last)).padStart(2, '0')}`;
  const billed = scale.households;
  const paid = Math.floor(billed * (0.86 + rand() * 0.1));
  const lines: LineInput[] = [
    {
      category: 'property_fee',
      amountFen: paid * scale.feeFen,
      occurredOn: day(28),
      counterparty: '本小区业主',
      note: `${month} 物业费`,
      householdsBilled: billed,
      householdsPaid: paid,
    },
    {
      category: 'parking',
      amountFen: vary(scale.big ? 4_500_000 : 300_000),
      occurredOn: day(28),
      counterparty: '地面及地下车位',
      note: '临停与月租车位',
    },
  ];
  if (scale.big) {
    lines.push({
      category: 'advertising',
      amountFen: vary(600_000, 0),
      occurredOn: day(5),
      counterparty: '成都某传媒公司',
      note: '电梯框架广告',
    });
    lines.push({
      category: 'common_area_other',
      amountFen: vary(120_000, 0),
      occurredOn: day(10),
      counterparty: '某快递柜运营商',
      note: '快递柜场地使用费',
    });
  }
  const expense = (
    category: LineInput['category'],
    fen: number,
    d: number,
    counterparty: string,
    note: string,
    spread?: number,
  ) => lines.push({ category, amountFen: vary(fen, spread), occurredOn: day(d), counterparty, note });
  if (scale.big) {
    expense('wages', 12_000_000, 15, '物业服务人员（26人）', '工资及社保');
    expense('cleaning', 2_800_000, 20, '成都洁美保洁服务公司', '公共区域保洁外包');
    expense('security', 3_500_000, 20, '蓉安保安服务公司', '门岗与巡逻');
    expense('greening', 900_000, 18, '青城园林绿化公司', '绿化养护');
    expense('elevator', 1_260_000, 12, '成都某电梯维保公司', '20部电梯月度维保', 0.02);
    expense('common_utilities', 1_800_000, 25, '国网成都供电公司 / 成都自来水', '公共照明、水泵、电梯用电');
    expense('repairs', 1_000_000, 8, '小区维修班', '公共设施零星维修', 0.6);
    expense('remuneration', 3_000_000, 30, '成都锦城物业服务有限公司', '信托制物业酬金（按合同）', 0);
    expense('other', 200_000, 22, '办公用品供应商', '办公耗材');
  } else {
    expense('wages', 900_000, 15, '院落管理员（2人）', '工资');
    expense('cleaning', 250_000, 20, '院落保洁员', '保洁');
    expense('common_utilities', 120_000, 25, '国网成都供电公司', '楼道照明');
    expense('repairs', 80_000, 8, '院落自管小组', '零星维修', 0.6);
  }
  return lines;
}

/**
 * Twelve published months of accounts for 锦绣花园 (trust model, every expense with its voucher) and 玉林北苑
 * (lump-sum), a service disclosure with work records for each, 锦绣花园's maintenance fund and 2025 audit report,
 * and a few questions, some answered. Written
 * through the same services the API uses, so every publication is hashed and chained as in real use.
 */
export async function seedDemoDisclosures(app: INestApplicationContext, ids: DemoIds): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const accounts = app.get(AccountDisclosureService);
  const services = app.get(ServiceDisclosureService);
  const questions = app.get(QuestionService);
  const files = app.get(FilesService);
  const access = app.get(AccessService);
  const as = async (openid: string): Promise<Principal> => {
    const personId = ids.personIds[openid];
    return { personId, grants: await access.loadGrants(personId) };
  };
  const property = await as('demo-property');
  const pdfOf = demoPdfs(app);
  await dataSource.getRepository(CompoundBilling).insert([
    { compoundId: ids.compoundIds.jinxiu, billingModel: 'trust', voucherRequiredAboveFen: null },
    { compoundId: ids.compoundIds.yulin, billingModel: 'lump_sum', voucherRequiredAboveFen: null },
  ]);

  const compounds = [
    {
      id: ids.compoundIds.jinxiu,
      scale: { households: 1176, feeFen: 28000, big: true },
      company: '成都锦城物业服务有限公司',
      level: '一级',
      feeStandardFenPerM2Month: 250,
    },
    {
      id: ids.compoundIds.yulin,
      scale: { households: 120, feeFen: 5000, big: false },
      company: '玉林街道院落自管小组',
      level: '院落自管',
      feeStandardFenPerM2Month: 80,
    },
  ];
  for (const [c, compound] of compounds.entries()) {
    for (const [m, month] of DEMO_MONTHS.entries()) {
      const draft = await accounts.create(compound.id, month, property.personId);
      await accounts.replaceLines(draft.id, monthLines(1000 * (c + 1) + m, month, compound.scale));
      if (compound.scale.big) {
        const detail = await accounts.detail(property, draft.id);
        for (const line of detail.lines.filter((l) => l.direction === 'expense')) {
          const what = CATEGORY_LABELS[line.category];
          await accounts.attachVoucher(
            line.id,
            {
              fileName: `付款凭证-${periodLabel(month)}-${what}.pdf`,
              buffer: pdfOf({
                title: '付款凭证（演示数据）',
                lines: [
                  `${periodLabel(month)} · ${what}`,
                  `金额：${formatFen(line.amountFen)}`,
                  `收款方：${line.counterparty}`,
                  `付款日期：${formatDateCn(line.occurredOn)}`,
                  ...(line.note ? [`摘要：${line.note}`] : []),
                  '本凭证为演示数据，不是真实票据。',
                ],
              }),
            },
            property.personId,
          );
        }
      }
      await accounts.publish(draft.id, property.personId);
    }
    await services.saveDraft(
      compound.id,
      {
        company: compound.company,
        contractStart: '2025-01-01',
        contractEnd: '2027-12-31',
        serviceLevel: compound.level,
        feeStandardFenPerM2Month: compound.feeStandardFenPerM2Month,
        staffPosts: compound.scale.big
          ? [
              { post: '项目经理', headcount: 1 },
              { post: '客服', headcount: 3 },
              { post: '秩序维护', headcount: 10 },
              { post: '保洁', headcount: 8 },
              { post: '工程维修', headcount: 4 },
            ]
          : [
              { post: '院落管理员', headcount: 1 },
              { post: '保洁', headcount: 1 },
            ],
        items: [
          { name: '公共区域保洁', frequency: '每日两次' },
          { name: '垃圾清运', frequency: '每日' },
          { name: '绿化养护', frequency: '每周' },
          ...(compound.scale.big
            ? [
                { name: '电梯维保', frequency: '每半月' },
                { name: '消防设施巡检', frequency: '每月' },
              ]
            : []),
        ],
      },
      property.personId,
    );
    await services.publishDraft(compound.id, property.personId);
    for (const [i, record] of [
      { kind: 'cleaning' as const, doneOn: '2026-11-20', description: '地下车库全面冲洗' },
      { kind: 'greening' as const, doneOn: '2026-11-18', description: '中庭草坪修剪、银杏树冬季修枝' },
      ...(compound.scale.big
        ? [
            {
              kind: 'elevator' as const,
              doneOn: '2026-11-12',
              description: '3栋、5栋电梯半月保养，更换5栋1号梯门机皮带',
            },
          ]
        : []),
    ].entries()) {
      const photo = await files.store(
        compound.id,
        { fileName: `工作记录照片-${i + 1}.png`, buffer: DEMO_PHOTO },
        property.personId,
        ['png'],
      );
      await services.addWorkRecord(compound.id, { ...record, photoIds: [photo.id] }, property.personId);
    }
  }

  // 锦绣花园's maintenance fund: two statements from the fund centre, one use approved by the owners; a 2025 audit.
  const fund = app.get(FundService);
  const jinxiu = ids.compoundIds.jinxiu;
  const pdf = async (name: string, title: string, lines: string[]) =>
    (
      await files.store(
        jinxiu,
        { fileName: name, buffer: pdfOf({ title, lines: [...lines, '本文件为演示数据。'] }) },
        property.personId,
        ['pdf'],
      )
    ).id;
  await fund.addFundEntry(
    jinxiu,
    {
      kind: 'statement',
      occurredOn: '2025-12-31',
      amountFen: 370_000_000,
      description: '成都市住房维修资金中心 2025 年末对账单',
      attachmentIds: [
        await pdf('维修资金对账单-2025年末.pdf', '住宅专项维修资金对账单', [
          '锦绣花园 · 截至2025年12月31日',
          `账户余额：${formatFen(370_000_000)}`,
          '成都市住房维修资金中心',
        ]),
      ],
    },
    property.personId,
  );
  await fund.addFundEntry(
    jinxiu,
    {
      kind: 'statement',
      occurredOn: '2026-06-30',
      amountFen: 386_452_000,
      description: '成都市住房维修资金中心 2026 年中对账单',
      attachmentIds: [
        await pdf('维修资金对账单-2026年中.pdf', '住宅专项维修资金对账单', [
          '锦绣花园 · 截至2026年6月30日',
          `账户余额：${formatFen(386_452_000)}`,
          '成都市住房维修资金中心',
        ]),
      ],
    },
    property.personId,
  );
  await fund.addFundEntry(
    jinxiu,
    {
      kind: 'use',
      occurredOn: '2026-09-15',
      amountFen: 12_800_000,
      description: '5栋屋面防水翻新',
      decisionRef: DEMO_FUND_DECISION.reference,
      attachmentIds: [
        await pdf('5栋屋面防水翻新-结算单.pdf', '工程结算单', [
          '锦绣花园5栋屋面防水翻新',
          `结算金额：${formatFen(12_800_000)}`,
          '2026年9月15日 · 维修资金支付',
        ]),
      ],
    },
    property.personId,
  );
  await fund.addAuditReport(
    jinxiu,
    {
      year: 2025,
      title: '2025年度物业费及公共收益专项审计报告',
      auditor: '四川某会计师事务所',
      attachmentId: await pdf('2025年度专项审计报告.pdf', '2025年度物业费及公共收益专项审计报告', [
        '锦绣花园',
        '四川某会计师事务所',
      ]),
    },
    property.personId,
  );

  // Questions on 锦绣花园's last two months: one answered, one waiting.
  const list = await accounts.list(property, ids.compoundIds.jinxiu, false);
  const [newest, previous] = list;
  const previousRepairs = (await accounts.detail(property, previous.id)).lines.find((l) => l.category === 'repairs');
  const newestElevator = (await accounts.detail(property, newest.id)).lines.find((l) => l.category === 'elevator');
  if (previousRepairs) {
    const asked = await questions.ask(
      await as('demo-owner'),
      previousRepairs.id,
      '这笔维修费具体修了哪些设施？能否公布维修单？',
    );
    await questions.answer(
      property,
      asked.id,
      '主要是 2 栋、7 栋单元门禁和 3 处路灯更换，维修单已作为凭证附在本行，可点开查看。',
    );
  }
  if (newestElevator)
    await questions.ask(await as('demo-resident'), newestElevator.id, '电梯维保费比上个月高，是增加了什么项目吗？');
}
