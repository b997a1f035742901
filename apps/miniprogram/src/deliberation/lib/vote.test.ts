import { ruleOf } from '@xiaoqu/shared';
import { tallyFixture } from './fixtures';
import {
  addDays,
  approvalReason,
  closesAtOf,
  earliestCloseDay,
  earliestOpenDay,
  openVoteConfirm,
  openVoteRequestOf,
  opensAtOf,
  voteStatusText,
  type OpenVoteDraft,
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
      '参与表决：人数 3,179 / 5,726 人 · 55.5%，面积 300,123.45 m² / 523,456.78 m² · 57.3%。要求两项均达到三分之二以上，未达到。',
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
    expect(noticePostedAtOf('', now).error).toBe('请选择公告张贴日期');
    expect(noticePostedAtOf('2026-02-30', now).error).toBe('请选择公告张贴日期');
  });
});

describe('voteStatusText', () => {
  const vote = {
    openedAt: '2026-12-11T01:00:00Z',
    closesAt: '2026-12-20T15:59:59Z',
    closedAt: null,
    resultStage: null,
    objectionEndsAt: null,
    finalAt: null,
  };

  it('gives each stage of a vote', () => {
    expect(voteStatusText({ ...vote, status: 'announced' })).toBe('表决公告 · 12月11日开始');
    expect(voteStatusText({ ...vote, status: 'open' })).toBe('表决中 · 12月20日截止');
    expect(
      voteStatusText({
        ...vote,
        status: 'closed',
        closedAt: '2026-12-20T15:59:59Z',
        resultStage: 'preliminary',
        objectionEndsAt: '2026-12-27T15:59:59Z',
      }),
    ).toBe('结果询异公示中（至12月27日）');
    expect(voteStatusText({ ...vote, status: 'closed', resultStage: 'final' })).toBe('结果已生效');
    expect(voteStatusText({ ...vote, status: 'terminated' })).toBe('表决已中止');
    expect(voteStatusText({ ...vote, status: 'closed', closedAt: '2026-12-15T02:00:00Z' })).toBe(
      '表决已结束 · 2026年12月15日',
    );
  });
});

describe('earliestOpenDay', () => {
  it('is today + 15 in China time when 09:00 that day is still 15 whole days away', () => {
    // 08:00 in China on 11-26: 12-11 09:00 is 15 days and an hour away.
    expect(earliestOpenDay(new Date('2026-11-26T00:00:00Z'))).toBe('2026-12-11');
  });

  it('is today + 16 once 09:00 of today + 15 is closer than 15 days (and a margin for the clock)', () => {
    expect(earliestOpenDay(new Date('2026-11-26T00:55:00Z'))).toBe('2026-12-12');
    expect(earliestOpenDay(new Date('2026-11-26T02:00:00Z'))).toBe('2026-12-12');
    // 23:30 UTC on 11-25 is already 11-26 in China.
    expect(earliestOpenDay(new Date('2026-11-25T23:30:00Z'))).toBe('2026-12-11');
  });

  it('always leaves at least 15 days before the opening, and never more than 16 days and 9 hours', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const now = new Date(Date.UTC(2026, 1, 20) + minutes * 60_000);
      const gap = new Date(opensAtOf(earliestOpenDay(now))!).getTime() - now.getTime();
      expect(gap).toBeGreaterThanOrEqual(15 * 24 * 3600_000);
      expect(gap).toBeLessThanOrEqual((16 * 24 + 9) * 3600_000);
    }
  });

  it('opens at 09:00 China time and counts days across months', () => {
    expect(opensAtOf('2026-12-11')).toBe('2026-12-11T01:00:00.000Z');
    expect(opensAtOf('2026-02-30')).toBeNull();
    expect(addDays('2026-12-25', 15)).toBe('2027-01-09');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('openVoteRequestOf', () => {
  const now = new Date('2026-11-26T02:00:00Z'); // 10:00 in China
  const draft: OpenVoteDraft = {
    matterNo: 4,
    secret: true,
    kind: 'approval',
    options: ['', ''],
    start: 'announce',
    closeDay: '2026-12-20',
    noticeDay: '',
    noticeAttachmentId: 7,
    openDay: '2026-12-12',
  };

  it('refuses a vote whose matter was not chosen (never preset)', () => {
    expect(openVoteRequestOf({ ...draft, matterNo: null }, now)).toEqual({
      request: null,
      error: '请选择表决事项（《民法典》第二百七十八条）',
    });
  });

  it('announces: opensAt at 09:00 China time, no notice date and no notice photo', () => {
    expect(openVoteRequestOf(draft, now)).toEqual({
      request: { matterNo: 4, secret: true, closesAt: '2026-12-20T15:59:59.000Z', opensAt: '2026-12-12T01:00:00.000Z' },
      error: null,
    });
  });

  it('refuses an opening day too soon, with the earliest day', () => {
    expect(openVoteRequestOf({ ...draft, openDay: '2026-12-11' }, now).error).toBe(
      '在本平台公告的表决须在公告 15 日后才开始：开始日期最早 2026年12月12日',
    );
    expect(openVoteRequestOf({ ...draft, openDay: '12-12' }, now).error).toBe('请选择开始日期');
  });

  it('refuses a closing day not after the opening day', () => {
    expect(openVoteRequestOf({ ...draft, closeDay: '2026-12-12' }, now).error).toBe(
      '截止日期须晚于开始日期 2026年12月12日，最早 2026年12月13日',
    );
    expect(openVoteRequestOf({ ...draft, closeDay: '2026-12-13' }, now).error).toBeNull();
  });

  it('opens now with a notice posted 15 days ago, and its photo, never an opening time', () => {
    expect(openVoteRequestOf({ ...draft, start: 'posted', noticeDay: '2026-11-01' }, now)).toEqual({
      request: {
        matterNo: 4,
        secret: true,
        closesAt: '2026-12-20T15:59:59.000Z',
        noticePostedAt: '2026-10-31T16:00:00.000Z',
        noticeAttachmentId: 7,
      },
      error: null,
    });
    const late = openVoteRequestOf({ ...draft, start: 'posted', noticeDay: '2026-11-20' }, now);
    expect(late.error).toContain('公告最晚应在 2026-11-11 张贴');
    const noPhoto = openVoteRequestOf(
      { ...draft, start: 'posted', noticeDay: '2026-11-01', noticeAttachmentId: null },
      now,
    );
    expect(noPhoto.error).toBe('请上传张贴在小区公告栏的表决公告的照片');
  });

  it('sends the options of a multi-option vote, trimmed, and refuses a bad list', () => {
    const choice = { ...draft, kind: 'choice' as const, options: [' 续聘锦程物业 ', '选聘安居物业'] };
    expect(openVoteRequestOf(choice, now).request?.options).toEqual(['续聘锦程物业', '选聘安居物业']);
    expect(openVoteRequestOf({ ...choice, options: ['续聘锦程物业', '续聘锦程物业'] }, now).error).toBe(
      '第 1 个和第 2 个选项相同，请改为不同的选项',
    );
    // An agree/disagree vote sends no options, whatever the hidden list holds.
    expect(openVoteRequestOf({ ...draft, options: ['甲', '乙'] }, now).request).not.toHaveProperty('options');
  });

  it('checks the closing day first in both ways', () => {
    expect(openVoteRequestOf({ ...draft, closeDay: '2026-11-26' }, now).error).toBe(
      '截止日期最早 2026年11月27日，请重新选择',
    );
    expect(openVoteRequestOf({ ...draft, closeDay: '' }, now).error).toBe('请选择截止日期');
  });
});

describe('openVoteConfirm', () => {
  it('says an announcement opens by itself later, with the roll fixed then', () => {
    const { title, content } = openVoteConfirm({
      matterNo: 4,
      secret: true,
      closesAt: '2026-12-20T15:59:59.000Z',
      opensAt: '2026-12-12T01:00:00.000Z',
    });
    expect(title).toBe('发布表决公告？');
    expect(content).toBe(
      '现在在本平台发布表决公告并通知本小区的认证业主，2026年12月12日 09:00 自动开始表决，2026年12月20日 24 点截止。开始前不能投票，表决名单在开始时确定。' +
        '第4项：选聘和解聘物业服务企业或者其他管理人。需参与表决的业主专有面积和人数均达到三分之二以上，且同意的面积和人数均超过参与表决的一半。发布后表决方式不能再改。',
    );
  });

  it('says a vote opened now starts now', () => {
    const { title, content } = openVoteConfirm({
      matterNo: 7,
      secret: false,
      closesAt: '2026-12-20T15:59:59.000Z',
      noticePostedAt: '2026-10-31T16:00:00.000Z',
    });
    expect(title).toBe('发起业主表决？');
    expect(content).toMatch(/^现在开始表决，2026年12月20日 24 点截止。第7项：.*四分之三以上。开启后表决名单固定/);
  });

  it('names the options of a multi-option vote', () => {
    const { content } = openVoteConfirm({
      matterNo: 4,
      options: ['续聘锦程物业', '选聘安居物业'],
      secret: true,
      closesAt: '2026-12-20T15:59:59.000Z',
      noticePostedAt: '2026-10-31T16:00:00.000Z',
    });
    expect(content).toContain(
      '多选一：「续聘锦程物业」、「选聘安居物业」，每位业主选一项或弃权，一个选项须单独达到通过条件才通过。',
    );
  });
});
