import { groupDecimal, rankByRate, rateBarPercents, trendScale } from './ranking';

const row = (compoundId: number, count: number, households: number) => ({ compoundId, count, households });

describe('rankByRate', () => {
  it('ranks by complaints per household, not by count', () => {
    const big = row(1, 30, 1200); // 2.50 per 100
    const small = row(2, 6, 120); // 5.00 per 100
    const mid = row(3, 12, 400); // 3.00 per 100
    expect(rankByRate([big, small, mid]).map((r) => r.compoundId)).toEqual([2, 3, 1]);
  });
  it('breaks equal rates by count, then by compound; no households goes last', () => {
    expect(rankByRate([row(5, 1, 100), row(4, 2, 200), row(3, 0, 0), row(2, 2, 200)]).map((r) => r.compoundId)).toEqual(
      [2, 4, 5, 3],
    );
  });
  it('compares exactly where floating division would not (1/3 against 333/1000)', () => {
    expect(rankByRate([row(1, 333, 1000), row(2, 1, 3)]).map((r) => r.compoundId)).toEqual([2, 1]);
  });
});

describe('rateBarPercents', () => {
  it('draws the highest rate full length and the others on the same scale', () => {
    const ranked = rankByRate([row(1, 30, 1200), row(2, 6, 120), row(3, 0, 50), row(4, 1, 1000)]);
    expect(rateBarPercents(ranked)).toEqual(
      new Map([
        [2, 100],
        [1, 50],
        [4, 2],
        [3, 0],
      ]),
    );
  });
  it('draws nothing when nobody complained', () => {
    expect([...rateBarPercents([row(1, 0, 10)]).values()]).toEqual([0]);
  });
});

test('groupDecimal groups the whole part and keeps the fraction exact', () => {
  expect(groupDecimal('1234.56')).toBe('1,234.56');
  expect(groupDecimal('0.05')).toBe('0.05');
  expect(groupDecimal('1234567')).toBe('1,234,567');
  expect(groupDecimal('abc')).toBe('abc');
});

test('trendScale is the highest month of any trend', () => {
  expect(trendScale([{ trend: [1, 4, 2] }, { trend: [9, 0] }])).toBe(9);
  expect(trendScale([])).toBe(0);
});
