import { currentMonth, nextMonthToDisclose } from './periods';

const midDecember = new Date('2026-12-15T04:00:00Z');

describe('nextMonthToDisclose', () => {
  it('is the month after the newest month, across a year end', () => {
    expect(nextMonthToDisclose(['2026-10', '2026-11', '2026-Q3', '2025'], midDecember)).toBe('2026-12');
    expect(nextMonthToDisclose(['2026-12', '2026-02'], new Date('2027-01-02T00:00:00Z'))).toBe('2027-01');
  });

  it('is the current month in China time when there is none', () => {
    expect(nextMonthToDisclose([], new Date('2026-11-30T17:00:00Z'))).toBe('2026-12');
    expect(nextMonthToDisclose(['2026-Q4'], new Date('2026-11-26T05:00:00Z'))).toBe('2026-11');
  });

  it('is nothing while the month after the newest has not begun in China', () => {
    expect(nextMonthToDisclose(['2026-11'], new Date('2026-11-30T15:59:59Z'))).toBeNull();
    expect(nextMonthToDisclose(['2026-11'], new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
    expect(nextMonthToDisclose(['2026-12'], midDecember)).toBeNull();
  });
});

describe('currentMonth', () => {
  it('is the month in China time', () => {
    expect(currentMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(currentMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });
});
