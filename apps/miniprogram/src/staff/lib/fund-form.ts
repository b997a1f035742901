import { parseDay, parseYuanToFen, type FundEntryInput, type FundEntryKind } from '@xiaoqu/shared';

export interface FundEntryForm {
  kind: FundEntryKind;
  occurredOn: string;
  /** Yuan as typed: `85,000.00`. */
  amount: string;
  description: string;
  decisionRef: string;
}

export type FundEntryErrors = Partial<Record<'occurredOn' | 'amount' | 'description' | 'decisionRef', string>>;

/** The request body, or what to fix. A use must name the owner decision that approved it (the API refuses it else). */
export function validateFundEntry(
  form: FundEntryForm,
  attachmentIds: number[],
): { input: FundEntryInput; errors?: undefined } | { errors: FundEntryErrors; input?: undefined } {
  const errors: FundEntryErrors = {};
  const day = parseDay(form.occurredOn);
  if (!day) errors.occurredOn = '请选择日期';
  const fen = parseYuanToFen(form.amount);
  if (fen === null) errors.amount = '请填写金额（元），最多两位小数，例如 85000.00';
  const description = form.description.trim();
  if (!description) {
    errors.description =
      form.kind === 'use' ? '请写明用在哪里，例如 3栋电梯更换曳引机' : '请写明对账单来源，例如 市维修资金中心';
  }
  const decisionRef = form.decisionRef.trim();
  if (form.kind === 'use' && !decisionRef) errors.decisionRef = '使用维修资金须注明批准它的业主共同决定';
  if (!day || fen === null || Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      kind: form.kind,
      occurredOn: day,
      amountFen: fen,
      description,
      decisionRef: form.kind === 'use' ? decisionRef : null,
      attachmentIds,
    },
  };
}
