import {
  computeTotals,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type AttachmentView,
  type FundEntryView,
  type LineView,
  type MaintenanceFundView,
  type OpenQuestionView,
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

export function attachment(overrides: Partial<AttachmentView> = {}): AttachmentView {
  return {
    id: nextId++,
    fileName: '对账单.pdf',
    mime: 'application/pdf',
    sizeBytes: 245 * 1024,
    sha256: 'd'.repeat(64),
    ...overrides,
  };
}

export function fundEntry(
  overrides: Partial<FundEntryView> & Pick<FundEntryView, 'kind' | 'amountFen'>,
): FundEntryView {
  return {
    id: nextId++,
    occurredOn: '2026-06-30',
    description: overrides.kind === 'use' ? '3栋电梯更换曳引机' : '维修资金中心对账单',
    decisionRef: overrides.kind === 'use' ? '2026年第2次业主共同决定' : null,
    attachments: [],
    publication: {
      seq: 3,
      contentHash: 'c'.repeat(64),
      prevHash: 'p'.repeat(64),
      hash: 'fe12cd34ef56'.padEnd(64, '0'),
      publishedAt: '2026-07-02T02:00:00Z',
    },
    ...overrides,
  };
}

/** The fund as the API answers: the latest statement and the uses recorded after it. */
export function fund(entries: FundEntryView[]): MaintenanceFundView {
  const statements = entries
    .filter((e) => e.kind === 'statement')
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  const latest = statements[statements.length - 1] ?? null;
  const usedSince = entries
    .filter((e) => e.kind === 'use' && latest !== null && e.occurredOn > latest.occurredOn)
    .reduce((sum, e) => sum + e.amountFen, 0);
  return { latestStatement: latest, usedSinceStatementFen: usedSince, entries };
}

export function openQuestion(overrides: Partial<OpenQuestionView> = {}): OpenQuestionView {
  return {
    ...question(),
    disclosureId: 7,
    periodKey: '2026-11',
    line: { category: 'repairs', amountFen: 1_234_500, counterparty: '成都某某维修公司', occurredOn: '2026-11-12' },
    ...overrides,
  };
}
