import fc from 'fast-check';
import { groupThousands } from '@xiaoqu/shared';
import {
  centiM2Of,
  closedAtOf,
  headcountOf,
  importable,
  latestClosedDay,
  officialRequestOf,
  type OfficialResultForm,
} from './official';

// 2026-11-26 14:00 in China.
const NOW = new Date('2026-11-26T06:00:00Z');

describe('centiM2Of', () => {
  it('converts m² with up to two decimals exactly', () => {
    expect(centiM2Of('0.01')).toBe(1);
    expect(centiM2Of('12.3')).toBe(1230);
    expect(centiM2Of('1.15')).toBe(115); // 1.15 * 100 is 114.99999999999999 in floating point
    expect(centiM2Of('0')).toBe(0);
    expect(centiM2Of(' 89.50 ')).toBe(8950);
    expect(centiM2Of('10000.00')).toBe(1_000_000);
  });

  it('accepts thousands separators only where they belong, half- or full-width', () => {
    expect(centiM2Of('1,234.56')).toBe(123456);
    expect(centiM2Of('10,000')).toBe(1_000_000);
    expect(centiM2Of('１，２３４．５')).toBe(123450);
    expect(centiM2Of('1,23.4')).toBeNull();
    expect(centiM2Of('1234,567')).toBeNull();
    expect(centiM2Of(',123')).toBeNull();
  });

  it('refuses a third decimal, negatives and anything that is not a number', () => {
    expect(centiM2Of('1.234')).toBeNull();
    expect(centiM2Of('-1')).toBeNull();
    expect(centiM2Of('-0.01')).toBeNull();
    expect(centiM2Of('')).toBeNull();
    expect(centiM2Of('.5')).toBeNull();
    expect(centiM2Of('5.')).toBeNull();
    expect(centiM2Of('1e3')).toBeNull();
    expect(centiM2Of('12 m²')).toBeNull();
    expect(centiM2Of('9'.repeat(20))).toBeNull();
  });

  it('reads back any area written with two, one or no decimals, grouped or not', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000_000 }), fc.nat({ max: 99 }), fc.boolean(), (whole, cents, grouped) => {
        const head = grouped ? groupThousands(whole) : String(whole);
        const two = String(cents).padStart(2, '0');
        expect(centiM2Of(`${head}.${two}`)).toBe(whole * 100 + cents);
        if (cents % 10 === 0) expect(centiM2Of(`${head}.${two[0]}`)).toBe(whole * 100 + cents);
        if (cents === 0) expect(centiM2Of(head)).toBe(whole * 100);
      }),
    );
  });
});

describe('headcountOf', () => {
  it('reads whole numbers only', () => {
    expect(headcountOf('0')).toBe(0);
    expect(headcountOf('1,200')).toBe(1200);
    expect(headcountOf('60')).toBe(60);
    expect(headcountOf('1.5')).toBeNull();
    expect(headcountOf('-3')).toBeNull();
    expect(headcountOf('')).toBeNull();
  });
});

describe('closedAtOf', () => {
  it('is the end of the day in China for an earlier day, and a minute ago for today', () => {
    expect(latestClosedDay(NOW)).toBe('2026-11-26');
    expect(closedAtOf('2026-11-25', NOW)).toEqual({ at: '2026-11-25T15:59:59.000Z', error: null });
    expect(closedAtOf('2026-11-26', NOW)).toEqual({ at: '2026-11-26T05:59:00.000Z', error: null });
  });

  it('refuses a later day and no real day', () => {
    expect(closedAtOf('2026-11-27', NOW).error).toBe('只能导入已结束的表决：结束日期最晚为 2026-11-26');
    expect(closedAtOf('2026-12-01', NOW).at).toBeNull();
    expect(closedAtOf('2026-02-30', NOW).error).toBe('请选择表决结束日期');
    expect(closedAtOf('11/20', NOW).at).toBeNull();
  });
});

function form(patch: Partial<OfficialResultForm> = {}): OfficialResultForm {
  return {
    matterNo: 4,
    externalRef: ' SC-2026-0001 ',
    closedOn: '2026-11-20',
    parts: {
      total: { area: '10,000.00', headcount: '100' },
      agreed: { area: '6000.50', headcount: '60' },
      disagreed: { area: '1000', headcount: '10' },
      abstained: { area: '0', headcount: '0' },
    },
    attachmentIds: [7],
    ...patch,
  };
}

test('an official result needs its matter chosen (never preset)', () => {
  expect(officialRequestOf(form({ matterNo: null }))).toEqual({
    request: null,
    error: '请选择表决事项（《民法典》第二百七十八条）',
  });
});
const withPart = (key: keyof OfficialResultForm['parts'], area: string, headcount: string) =>
  form({ parts: { ...form().parts, [key]: { area, headcount } } });

describe('officialRequestOf', () => {
  it('builds the request with exact areas and the end of the closing day', () => {
    expect(officialRequestOf(form(), NOW)).toEqual({
      request: {
        matterNo: 4,
        externalRef: 'SC-2026-0001',
        closedAt: '2026-11-20T15:59:59.000Z',
        total: { areaCentiM2: 1_000_000, headcount: 100 },
        agreed: { areaCentiM2: 600_050, headcount: 60 },
        disagreed: { areaCentiM2: 100_000, headcount: 10 },
        abstained: { areaCentiM2: 0, headcount: 0 },
        attachmentIds: [7],
      },
      error: null,
    });
  });

  it('allows the parts to add up to exactly the totals', () => {
    expect(officialRequestOf(withPart('abstained', '2999.50', '30'), NOW).error).toBeNull();
  });

  it('refuses parts that add up to more than the totals, by headcount or by area', () => {
    expect(officialRequestOf(withPart('abstained', '100', '31'), NOW).error).toBe(
      '同意、不同意、弃权的人数之和超过了全体业主的总人数',
    );
    expect(officialRequestOf(withPart('abstained', '2999.51', '30'), NOW).error).toBe(
      '同意、不同意、弃权的面积之和超过了全体业主的总面积',
    );
  });

  it('refuses empty totals', () => {
    const empty = form({
      parts: {
        total: { area: '0', headcount: '0' },
        agreed: { area: '0', headcount: '0' },
        disagreed: { area: '0', headcount: '0' },
        abstained: { area: '0', headcount: '0' },
      },
    });
    expect(officialRequestOf(empty, NOW).error).toBe('全体业主的总面积和总人数都应大于 0');
  });

  it('names the part whose number cannot be read', () => {
    expect(officialRequestOf(withPart('agreed', '6000.505', '60'), NOW).error).toContain('同意的面积');
    expect(officialRequestOf(withPart('disagreed', '-1', '10'), NOW).error).toContain('不同意的面积');
    expect(officialRequestOf(withPart('abstained', '0', '1.5'), NOW).error).toBe('弃权的人数请填不小于 0 的整数');
  });

  it('refuses area without people and people without area', () => {
    expect(officialRequestOf(withPart('abstained', '5', '0'), NOW).error).toBe('弃权的人数为 0，面积也应为 0');
    expect(officialRequestOf(withPart('abstained', '0', '2'), NOW).error).toBe('弃权有 2 人，面积不能为 0');
  });

  it('needs the reference, a past closing day and one to five documents', () => {
    expect(officialRequestOf(form({ externalRef: '  ' }), NOW).error).toBe('请填写官方系统的表决编号');
    expect(officialRequestOf(form({ closedOn: '2026-11-27' }), NOW).error).toContain('最晚为 2026-11-26');
    expect(officialRequestOf(form({ attachmentIds: [] }), NOW).error).toBe(
      '请上传官方系统的表决结果文件（PDF 或照片）',
    );
    expect(officialRequestOf(form({ attachmentIds: [1, 2, 3, 4, 5, 6] }), NOW).error).toBe('表决结果文件最多 5 个');
  });
});

describe('importable', () => {
  const base = { vote: null, pollId: null, stage: 'consultation' as const };
  it('takes a raised or consulted proposal with neither a vote nor a poll', () => {
    expect(importable(base)).toBe(true);
    expect(importable({ ...base, stage: 'raised' })).toBe(true);
    expect(importable({ ...base, pollId: 3 })).toBe(false);
    expect(importable({ ...base, stage: 'voting' })).toBe(false);
  });
});
