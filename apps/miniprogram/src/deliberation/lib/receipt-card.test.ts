import type { CardDrawing } from '../../services/card-canvas';
import { codeLines, groupCode, RECEIPT_PURPOSE, receiptCardDrawing, receiptFileStem } from './receipt-card';

const texts = (drawing: CardDrawing) => drawing.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

describe('groupCode', () => {
  it('reads a code in groups of four, the last one shorter', () => {
    expect(groupCode('ABCDEFGHJK')).toEqual(['ABCD', 'EFGH', 'JK']);
    expect(groupCode('ABCDEFGH')).toEqual(['ABCD', 'EFGH']);
    expect(groupCode('AB')).toEqual(['AB']);
    expect(groupCode('')).toEqual([]);
  });

  it('ignores spaces already in the code', () => {
    expect(groupCode('ABCD EFGH JK')).toEqual(['ABCD', 'EFGH', 'JK']);
  });
});

describe('codeLines', () => {
  it('keeps a ten-character code on one line, and breaks a longer one between groups', () => {
    expect(codeLines('ABCDEFGHJK', 13)).toEqual(['ABCD EFGH JK']);
    expect(codeLines('ABCDEFGHJKMNPQRS', 13)).toEqual(['ABCD EFGH', 'JKMN PQRS']);
    expect(codeLines('ABCDEFGHJKMNPQRS', 14)).toEqual(['ABCD EFGH JKMN', 'PQRS']);
  });
});

describe('receiptCardDrawing', () => {
  const input = { title: '续聘锦程物业服务企业', receiptCode: 'ABCDEFGHJK', castAt: '2026-12-12T02:05:00Z' };

  it('shows the proposal, the grouped code, the time in China and what it is for', () => {
    const drawing = receiptCardDrawing(input);
    expect(texts(drawing)).toEqual([
      '表决回执',
      '议题',
      '续聘锦程物业服务企业',
      '回执码',
      'ABCD EFGH JK',
      '投票时间',
      '2026年12月12日 10:05',
      RECEIPT_PURPOSE,
      '在议题页「核验回执码」处输入即可核对。',
      '回执码不会显示您选了什么。',
    ]);
    expect(RECEIPT_PURPOSE).toBe('用它核对您的表决已被计入');
  });

  it('never names the choice', () => {
    const all = texts(receiptCardDrawing(input)).join('');
    for (const word of ['同意', '反对', '弃权', '已选']) expect(all).not.toContain(word);
  });

  it('draws the code large and monospaced, and everything inside the card', () => {
    const drawing = receiptCardDrawing(input);
    const code = drawing.ops.find((op) => op.kind === 'text' && op.text === 'ABCD EFGH JK');
    expect(code).toMatchObject({ font: '700 56px monospace' });
    expect(drawing.ops[0]).toEqual({ kind: 'rect', x: 0, y: 0, w: drawing.width, h: drawing.height, color: '#ffffff' });
    for (const op of drawing.ops) {
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.y).toBeLessThan(drawing.height);
      // A line of text fits the width: about one em per Chinese character, 0.6 em per monospace letter.
      if (op.kind === 'text') {
        const px = Number(/(\d+)px/.exec(op.font)![1]);
        const em = op.font.includes('monospace') ? 0.6 : 1;
        expect(op.x + [...op.text].length * px * em).toBeLessThanOrEqual(drawing.width - 20);
      }
    }
  });

  it('wraps a long title on two lines, the second cut, and grows with a longer code', () => {
    const long = receiptCardDrawing({
      ...input,
      title: '关于使用专项维修资金更换三栋二单元电梯并同步改造消防联动系统的议题',
      receiptCode: 'ABCDEFGHJKMNPQRS',
    });
    const lines = texts(long);
    expect(lines[2]).toBe('关于使用专项维修资金更换三栋二单');
    expect(lines[3]).toMatch(/…$/);
    expect([...lines[3]!].length).toBe(16);
    expect(lines).toContain('ABCD EFGH');
    expect(lines).toContain('JKMN PQRS');
    expect(long.height).toBeGreaterThan(receiptCardDrawing(input).height);
  });
});

describe('receiptFileStem', () => {
  it('names the file in Chinese after the proposal', () => {
    expect(receiptFileStem('续聘物业')).toBe('表决回执-续聘物业');
  });
});
