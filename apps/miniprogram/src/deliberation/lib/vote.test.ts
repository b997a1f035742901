import { ruleOf } from '@xiaoqu/shared';
import { tallyFixture } from './fixtures';
import {
  approvalReason,
  closesAtOf,
  earliestCloseDay,
  latestNoticeDay,
  MATTER_LABELS,
  noticePostedAtOf,
  officialRollText,
  partLines,
  participationReason,
  rollText,
  thresholdText,
} from './vote';

describe('threshold wording', () => {
  it('says more than half for the majority rule', () => {
    expect(thresholdText('majority')).toBe(
      '需参与表决的业主专有面积和人数均达到三分之二以上，且同意的面积和人数均超过参与表决的一半',
    );
  });

  it('says three quarters or more for matters 6–8', () => {
    for (const matter of [6, 7, 8] as const) {
      expect(thresholdText(ruleOf(matter))).toBe(
        '需参与表决的业主专有面积和人数均达到三分之二以上，且同意的面积和人数均达到参与表决的四分之三以上',
      );
    }
    expect(thresholdText(ruleOf(4))).toContain('超过参与表决的一半');
  });

  it('names all nine matters of art. 278', () => {
    expect(Object.keys(MATTER_LABELS)).toHaveLength(9);
    expect(MATTER_LABELS[4]).toBe('选聘和解聘物业服务企业或者其他管理人');
  });
});

describe('turnout', () => {
  const tally = tallyFixture();

  it('reads as a fraction with a percentage, in headcount and in m²', () => {
    expect(partLines(tally.participated, tally.total)).toEqual({
      headcount: '3,179 / 5,726 人 · 55.5%',
      area: '300,123.45 m² / 523,456.78 m² · 57.3%',
    });
  });

  it('gives the reasons with the server verdicts', () => {
    expect(participationReason(tally)).toBe(
      '参与表决：人数 3,179 / 5,726 人 · 55.5%，面积 300,123.45 m² / 523,456.78 m² · 57.3%。要求两项均达到三分之二以上，尚未达到。',
    );
    expect(approvalReason(tally)).toBe(
      '同意：人数 2,100 / 3,179 人 · 66.1%，面积 200,000 m² / 300,123.45 m² · 66.6%（占参与表决的）。要求两项均超过一半，已达到。',
    );
  });

  it('has no percentage and no approval claim before anyone took part', () => {
    const none = tallyFixture({
      participated: { areaCentiM2: 0, headcount: 0 },
      agreed: { areaCentiM2: 0, headcount: 0 },
      disagreed: { areaCentiM2: 0, headcount: 0 },
      abstained: { areaCentiM2: 0, headcount: 0 },
      approvalMet: false,
    });
    expect(partLines(none.agreed, none.participated).headcount).toBe('0 / 0 人');
    expect(approvalReason(none)).toBe('还没有业主参与表决，谈不上同意比例。');
  });

  it('describes the frozen roll', () => {
    expect(rollText({ units: 5900, headcount: 5726, areaCentiM2: 52_345_678, sha256: 'ab' })).toBe(
      '5,900 户 · 5,726 位业主 · 专有面积 523,456.78 m²',
    );
  });

  it('describes an imported result by the official totals, without units or a roll hash', () => {
    expect(officialRollText({ units: 0, headcount: 100, areaCentiM2: 1_000_000, sha256: '' })).toBe(
      '全体业主 100 人 · 专有面积 10,000 m²（按官方系统的统计）',
    );
  });
});

describe('closing day', () => {
  it('is at least one day ahead in China time and ends at midnight there', () => {
    expect(earliestCloseDay(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-28');
    expect(closesAtOf('2026-12-10')).toBe('2026-12-10T15:59:59.000Z');
    expect(closesAtOf('2026-02-30')).toBeNull();
    expect(closesAtOf('12/10')).toBeNull();
  });
});

describe('noticePostedAtOf', () => {
  const now = new Date('2026-11-26T02:00:00Z'); // 10:00 in China

  it('takes a day at least 15 days back, as the start of that day in China', () => {
    expect(latestNoticeDay(now)).toBe('2026-11-11');
    expect(noticePostedAtOf('2026-11-11', now)).toEqual({ at: '2026-11-10T16:00:00.000Z', error: null });
    expect(noticePostedAtOf('2026-10-01', now).error).toBeNull();
  });

  it('says when the notice was too late, with the latest day', () => {
    expect(noticePostedAtOf('2026-11-12', now).error).toBe(
      '表决须在开始前至少 15 日公告全体业主：今天开始表决，公告最晚应在 2026-11-11 张贴',
    );
  });

  it('refuses what is not a day', () => {
    expect(noticePostedAtOf('', now).error).toBe('公告张贴日期请写成 YYYY-MM-DD');
    expect(noticePostedAtOf('2026-02-30', now).error).toBe('公告张贴日期请写成 YYYY-MM-DD');
  });
});
