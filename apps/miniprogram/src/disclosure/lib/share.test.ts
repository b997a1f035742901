import { periodShare } from './share';

test('a period is shared with its three totals and opens the period', () => {
  const share = periodShare(
    {
      id: 42,
      periodKey: '2026-10',
      totals: { incomeFen: 36_900_740, expenseFen: 25_838_630, balanceFen: 11_062_110 } as never,
    },
    '锦绣花园',
  );
  expect(share.path).toBe('/disclosure/pages/period/index?id=42');
  expect(share.title).toBe('锦绣花园2026年10月物业收支公示：收入 ¥369,007.40，支出 ¥258,386.30');
  expect(share.card.rows).toEqual([
    { label: '收入', value: '¥369,007.40' },
    { label: '支出', value: '¥258,386.30' },
    { label: '结余', value: '¥110,621.10' },
  ]);
});
