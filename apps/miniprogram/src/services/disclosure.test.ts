import { question } from '../../test/disclosure-fixtures';
import { changeOf, durationCn, questionsForStaff, waitedLong, waitedText } from './disclosure';

describe('question waiting time', () => {
  it('rounds down to the largest unit', () => {
    expect(durationCn(0)).toBe('不到 1 分钟');
    expect(durationCn(59)).toBe('不到 1 分钟');
    expect(durationCn(60)).toBe('1 分钟');
    expect(durationCn(3599)).toBe('59 分钟');
    expect(durationCn(3600)).toBe('1 小时');
    expect(durationCn(86_399)).toBe('23 小时');
    expect(durationCn(86_400)).toBe('1 天');
    expect(durationCn(15 * 86_400 + 7)).toBe('15 天');
    expect(durationCn(-5)).toBe('不到 1 分钟');
  });

  it('says how long an open question has waited, and how long an answered one took', () => {
    expect(waitedText(question({ waitedSeconds: 3 * 86_400 }))).toBe('已等待 3 天');
    expect(
      waitedText(question({ waitedSeconds: 7200, answer: { text: '更换了水泵', answeredAt: '2027-01-01T00:00:00Z' } })),
    ).toBe('2 小时后答复');
    expect(
      waitedText(question({ waitedSeconds: 40, answer: { text: '已更换', answeredAt: '2027-01-01T00:00:00Z' } })),
    ).toBe('1 分钟内答复');
  });

  it('marks questions open a week or more', () => {
    expect(waitedLong(question({ waitedSeconds: 7 * 86_400 }))).toBe(true);
    expect(waitedLong(question({ waitedSeconds: 7 * 86_400 - 1 }))).toBe(false);
    expect(
      waitedLong(
        question({ waitedSeconds: 30 * 86_400, answer: { text: '已答', answeredAt: '2027-01-01T00:00:00Z' } }),
      ),
    ).toBe(false);
  });

  it('puts unanswered questions first, the longest waiting first', () => {
    const answered = question({
      id: 1,
      askedAt: '2026-12-01T00:00:00Z',
      answer: { text: '已答', answeredAt: '2026-12-02T00:00:00Z' },
    });
    const fresh = question({ id: 2, waitedSeconds: 60 });
    const old = question({ id: 3, waitedSeconds: 900_000 });
    const newer = question({
      id: 4,
      askedAt: '2026-12-20T00:00:00Z',
      answer: { text: '已答', answeredAt: '2026-12-21T00:00:00Z' },
    });
    expect(questionsForStaff([answered, fresh, old, newer]).map((q) => q.id)).toEqual([3, 2, 4, 1]);
  });
});

describe('changeOf', () => {
  it('says up, down or flat in words and signs', () => {
    expect(changeOf(150_00, 100_00)).toEqual({ amount: '+¥50.00', ratio: '+50.0%', direction: 'up' });
    expect(changeOf(100_00, 150_00)).toEqual({ amount: '-¥50.00', ratio: '-33.3%', direction: 'down' });
    expect(changeOf(100, 100)).toEqual({ amount: '持平', ratio: null, direction: 'same' });
    expect(changeOf(100, 0)).toEqual({ amount: '+¥1.00', ratio: null, direction: 'up' });
  });
});
