import { nextMonthToDisclose } from './periods';

describe('nextMonthToDisclose', () => {
  it('is the month after the newest month, across a year end', () => {
    expect(nextMonthToDisclose(['2026-10', '2026-11', '2026-Q3', '2025'])).toBe('2026-12');
    expect(nextMonthToDisclose(['2026-12', '2026-02'])).toBe('2027-01');
  });

  it('is the current month in China time when there is none', () => {
    expect(nextMonthToDisclose([], new Date('2026-11-30T17:00:00Z'))).toBe('2026-12');
    expect(nextMonthToDisclose(['2026-Q4'], new Date('2026-11-26T05:00:00Z'))).toBe('2026-11');
  });
});
