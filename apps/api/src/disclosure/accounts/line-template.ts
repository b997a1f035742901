import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, EXPENSE_CATEGORIES, INCOME_CATEGORIES, LINE_COLUMNS } from '@xiaoqu/shared';

/** The .xlsx accountants fill: the template's columns, a category drop-down, two example rows and a key. */
export async function buildLineTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('收支明细');
  sheet.columns = LINE_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'note' || c.key === 'counterparty' ? 28 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    category: '物业费',
    amount: '356800.00',
    occurredOn: '2026-11-30',
    counterparty: '本小区业主',
    note: '11月物业费',
    householdsBilled: 1176,
    householdsPaid: 1043,
  });
  sheet.addRow({
    category: '电梯',
    amount: '12600.50',
    occurredOn: '2026-11-12',
    counterparty: '成都某电梯维保公司',
    note: '20部电梯月度维保',
  });
  const labels = [...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES].map((c) => CATEGORY_LABELS[c]);
  // A range rule, not a rule per cell: filled rows stay the only rows of the sheet.
  (
    sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations.add('A2:A2000', {
    type: 'list',
    allowBlank: true,
    formulae: [`"${labels.join(',')}"`],
    showErrorMessage: true,
    error: '请从下拉列表选择类别',
  });
  const key = workbook.addWorksheet('填写说明');
  key.columns = [
    { header: '类别', key: 'label', width: 16 },
    { header: '收入/支出', key: 'direction', width: 12 },
  ];
  for (const c of INCOME_CATEGORIES) key.addRow({ label: CATEGORY_LABELS[c], direction: '收入' });
  for (const c of EXPENSE_CATEGORIES) key.addRow({ label: CATEGORY_LABELS[c], direction: '支出' });
  key.addRow({});
  key.addRow({
    label: '金额以元填写，最多两位小数；日期写成 2026-11-05；户数只在物业费行填写。请删除示例行后再上传。',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
