import {
  computeTotals,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type LineView,
  type QuestionView,
} from '@xiaoqu/shared';

let nextId = 100;

/** A line with sensible defaults; totals are always derived from lines, as the API does. */
export function line(overrides: Partial<LineView> & Pick<LineView, 'category' | 'amountFen'>): LineView {
  const income = ['property_fee', 'parking', 'advertising', 'common_area_other'].includes(overrides.category);
  return {
    id: nextId++,
    direction: income ? 'income' : 'expense',
    occurredOn: '2026-12-05',
    counterparty: income ? '业主' : '成都某某服务有限公司',
    note: '',
    householdsBilled: null,
    householdsPaid: null,
    attachments: [],
    questionCount: 0,
    unansweredCount: 0,
    flagged: false,
    flags: [],
    ...overrides,
  };
}

export function summary(overrides: Partial<AccountPeriodSummary> = {}, lines: LineView[] = []): AccountPeriodSummary {
  return {
    id: nextId++,
    periodKind: 'month',
    periodKey: '2026-12',
    status: 'published',
    totals: computeTotals(lines),
    amendsId: null,
    amendedById: null,
    unansweredQuestions: 0,
    publication: {
      seq: 12,
      contentHash: 'c'.repeat(64),
      prevHash: 'p'.repeat(64),
      hash: 'ab12cd34ef56'.padEnd(64, '0'),
      publishedAt: '2026-12-31T02:00:00Z',
    },
    lineCount: lines.length,
    ...overrides,
  };
}

export function detail(
  lines: LineView[],
  previousLines: LineView[] | null,
  overrides: Partial<AccountDisclosureDetail> = {},
): AccountDisclosureDetail {
  return {
    ...summary({}, lines),
    compoundId: 1,
    billingModel: 'trust',
    voucherRequiredAboveFen: 500_000,
    lines,
    previousTotals: previousLines ? computeTotals(previousLines) : null,
    reviewNotes: [],
    ...overrides,
  };
}

export function question(overrides: Partial<QuestionView> = {}): QuestionView {
  return {
    id: nextId++,
    lineId: 1,
    text: '这笔维修修了什么？',
    askedAt: '2026-12-31T03:00:00Z',
    mine: false,
    answer: null,
    waitedSeconds: 3600,
    ...overrides,
  };
}
