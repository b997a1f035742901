import { fitText, wrapText } from './card-canvas';
import { shareCardDrawing } from './share-card';

describe('card text', () => {
  it('cuts a line with an ellipsis only when it is too long', () => {
    expect(fitText('续聘物业', 4)).toBe('续聘物业');
    expect(fitText('续聘锦程物业', 4)).toBe('续聘锦…');
  });

  it('wraps on at most the lines given, the last one cut', () => {
    expect(wrapText('一二三四五', 2, 3)).toEqual(['一二', '三四', '五']);
    expect(wrapText('一二三四五六七', 2, 3)).toEqual(['一二', '三四', '五…']);
    expect(wrapText('  一二 ', 4, 2)).toEqual(['一二']);
  });
});

describe('shareCardDrawing', () => {
  it('draws the heading, title, three rows and the foot on a 5:4 card', () => {
    const drawing = shareCardDrawing({
      heading: '锦绣花园 · 物业收支公示',
      title: '2026年11月收支',
      rows: [
        { label: '收入', value: '¥1.00' },
        { label: '支出', value: '¥2.00' },
        { label: '结余', value: '¥3.00' },
        { label: '多余', value: '不画' },
      ],
      foot: '点开查看',
    });
    expect(drawing.width / drawing.height).toBe(5 / 4);
    const texts = drawing.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
    expect(texts).toEqual([
      '锦绣花园 · 物业收支公示',
      '2026年11月收支',
      '收入',
      '¥1.00',
      '支出',
      '¥2.00',
      '结余',
      '¥3.00',
      '点开查看',
    ]);
  });
});
