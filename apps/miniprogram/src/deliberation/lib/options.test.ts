import fc from 'fast-check';
import { ballotLabel, ballotsOf, castConfirm, optionLabelsOf, receiptText } from './options';

const options = [
  { id: 'a', label: '续聘锦程物业' },
  { id: 'b', label: '选聘安居物业' },
];

describe('optionLabelsOf', () => {
  it('takes 2–9 distinct, non-empty labels of at most 100 characters, trimmed', () => {
    expect(optionLabelsOf([' 甲 ', '乙'])).toEqual({ options: ['甲', '乙'], error: null });
    expect(optionLabelsOf(['甲']).error).toBe('多选一的表决需要 2–9 个选项');
    expect(optionLabelsOf(Array.from({ length: 10 }, (_, i) => `方案${i}`)).error).toBe('多选一的表决需要 2–9 个选项');
    expect(optionLabelsOf(['甲', ' ']).error).toBe('第 2 个选项还没有填写');
    expect(optionLabelsOf(['甲', '乙', '甲 ']).error).toBe('第 1 个和第 3 个选项相同，请改为不同的选项');
    expect(optionLabelsOf(['甲', 'x'.repeat(101)]).error).toBe('第 2 个选项最多 100 个字');
    expect(optionLabelsOf(['甲', 'x'.repeat(100)]).error).toBeNull();
  });

  it('accepts exactly the lists the server takes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 110 }), { maxLength: 11 }), (typed) => {
        const trimmed = typed.map((t) => t.trim());
        const ok =
          trimmed.length >= 2 &&
          trimmed.length <= 9 &&
          trimmed.every((t) => t.length > 0 && t.length <= 100) &&
          new Set(trimmed).size === trimmed.length;
        expect(optionLabelsOf(typed).error === null).toBe(ok);
      }),
    );
  });
});

describe('ballots', () => {
  it('names what a ballot chooses', () => {
    expect(ballotLabel({ choice: 'agree' }, [])).toBe('同意');
    expect(ballotLabel({ optionId: 'b' }, options)).toBe('「选聘安居物业」');
    expect(ballotLabel({ optionId: null }, options)).toBe('弃权');
    expect(ballotLabel({ choice: 'abstain', optionId: null }, options)).toBe('弃权');
  });

  it('offers each option and abstaining, or the three choices', () => {
    expect(ballotsOf('choice', options)).toEqual([{ optionId: 'a' }, { optionId: 'b' }, { optionId: null }]);
    expect(ballotsOf('approval', [])).toEqual([{ choice: 'agree' }, { choice: 'disagree' }, { choice: 'abstain' }]);
  });

  it('names the option in the confirm dialog', () => {
    expect(castConfirm({ optionId: 'a' }, options).title).toBe('确认选择「续聘锦程物业」？');
    expect(castConfirm({ choice: 'disagree' }, options).title).toBe('确认投“不同意”？');
    expect(castConfirm({ optionId: null }, options).title).toBe('确认投“弃权”？');
  });
});

describe('receiptText', () => {
  it('names the option or the choice cast', () => {
    expect(receiptText({ choice: 'agree', optionId: 'a' }, options)).toBe('已选「续聘锦程物业」');
    expect(receiptText({ choice: 'abstain', optionId: null }, options)).toBe('已投“弃权”');
    expect(receiptText({ choice: 'disagree', optionId: null }, [])).toBe('已投“不同意”');
  });
});
