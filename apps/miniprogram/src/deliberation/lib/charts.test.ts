import type { BuildingTurnout } from '@xiaoqu/shared';
import {
  approvalMarkPercent,
  barPercent,
  choiceVerdict,
  optionBars,
  pollSummary,
  resultBars,
  turnoutRows,
} from './charts';
import { tallyFixture } from './fixtures';

describe('barPercent', () => {
  it('is a whole percent of the track, at least 1 for anything, 0 for nothing', () => {
    expect(barPercent(1, 3)).toBe(33);
    expect(barPercent(1, 1000)).toBe(1);
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(5, 0)).toBe(0);
    expect(barPercent(12, 10)).toBe(100);
  });
});

describe('turnoutRows', () => {
  it('reads each building as voted units of all, with area', () => {
    const b: BuildingTurnout = {
      buildingId: 2,
      building: '2栋',
      units: 40,
      votedUnits: 12,
      areaCentiM2: 400_000,
      votedAreaCentiM2: 123_450,
    };
    expect(turnoutRows([b])).toEqual([
      {
        buildingId: 2,
        building: '2栋',
        unitsText: '12 / 40 户 · 30.0%',
        areaText: '1,234.5 m² / 4,000 m²',
        percent: 30,
      },
    ]);
  });

  it('has no percentage for a building with no units', () => {
    const [row] = turnoutRows([
      { buildingId: 1, building: '车库', units: 0, votedUnits: 0, areaCentiM2: 0, votedAreaCentiM2: 0 },
    ]);
    expect(row).toMatchObject({ unitsText: '0 / 0 户', percent: 0 });
  });
});

describe('resultBars', () => {
  it('gives agree, disagree and abstain as shares of participation', () => {
    const bars = resultBars(tallyFixture());
    expect(bars.map((b) => b.label)).toEqual(['同意', '不同意', '弃权']);
    expect(bars[0]).toMatchObject({ headcountPercent: 66, headcountText: '2,100 人 · 66.1%' });
    expect(bars[0]?.areaText).toBe('200,000 m² · 66.6%');
  });

  it('draws empty bars before anyone voted', () => {
    const none = { areaCentiM2: 0, headcount: 0 };
    const bars = resultBars(tallyFixture({ participated: none, agreed: none, disagreed: none, abstained: none }));
    expect(bars.every((b) => b.headcountPercent === 0 && b.headcountText === '0 人')).toBe(true);
  });

  it('marks the approval threshold of the rule', () => {
    expect(approvalMarkPercent('majority')).toBe(50);
    expect(approvalMarkPercent('three-quarters')).toBe(75);
  });
});

describe('pollSummary', () => {
  it('counts people and says the simple majority, live or final', () => {
    const poll = { agree: 3, disagree: 1, abstain: 0, majorityAgrees: true, status: 'open' as const };
    expect(pollSummary(poll)).toEqual({
      total: 4,
      counts: '同意 3 · 不同意 1 · 弃权 0（共 4 人）',
      verdict: '目前过半数同意',
    });
    expect(pollSummary({ ...poll, agree: 1, abstain: 1, majorityAgrees: false, status: 'closed' }).verdict).toBe(
      '征询结果：未过半数居民同意',
    );
    expect(pollSummary({ ...poll, agree: 0, disagree: 0, majorityAgrees: false }).verdict).toBe('还没有居民发表意见');
  });
});

describe('optionBars', () => {
  const options = [
    { id: 'a', label: '续聘锦程物业' },
    { id: 'b', label: '选聘安居物业' },
  ];
  const tally = {
    rule: 'majority' as const,
    total: { areaCentiM2: 1_000_000, headcount: 100 },
    participated: { areaCentiM2: 800_000, headcount: 80 },
    abstained: { areaCentiM2: 100_000, headcount: 10 },
    options: [
      { optionId: 'a', chose: { areaCentiM2: 500_000, headcount: 50 }, approvalMet: true },
      { optionId: 'b', chose: { areaCentiM2: 200_000, headcount: 20 }, approvalMet: false },
    ],
    participationMet: true,
    adopted: 'a',
  };

  it('gives each option, then abstaining, as shares of those who took part', () => {
    const bars = optionBars(tally, options);
    expect(bars.map((b) => b.label)).toEqual(['「续聘锦程物业」', '「选聘安居物业」', '弃权']);
    expect(bars[0]).toMatchObject({
      headcountText: '50 / 80 人 · 62.5%',
      areaText: '5,000 m² / 8,000 m² · 62.5%',
      headcountPercent: 63,
      adopted: true,
    });
    expect(bars[1]!.adopted).toBe(false);
    expect(bars[2]).toMatchObject({ key: 'abstained', headcountText: '10 / 80 人 · 12.5%', approvalMet: false });
  });

  it('names the adopted option, or says nothing was decided', () => {
    expect(choiceVerdict(tally, options)).toBe('通过「续聘锦程物业」');
    expect(choiceVerdict({ ...tally, adopted: null }, options)).toBe(
      '未形成决定：没有一个选项同时获得参与面积和参与人数的过半数',
    );
    expect(choiceVerdict({ ...tally, adopted: null, participationMet: false }, options)).toBe(
      '未形成决定：参与表决的业主未达到三分之二',
    );
  });
});
