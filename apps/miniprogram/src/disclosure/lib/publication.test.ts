import { checkCodeStart, publicationLine } from './publication';

test('a publication reads as its date and number, its code in groups of four', () => {
  expect(publicationLine({ publishedAt: '2026-11-05T02:00:00.000Z', seq: 12 })).toBe(
    '2026年11月5日公示 · 第 12 号公示',
  );
  expect(checkCodeStart('a64801c39f2e77aa')).toBe('a648 01c3 9f2e');
  expect(checkCodeStart('a648', 12)).toBe('a648');
});
