import { proposalsOfStage, stageChips } from './stages';

const proposals = [
  { id: 1, stage: 'voting' as const, pollId: null },
  { id: 2, stage: 'raised' as const, pollId: null },
  { id: 3, stage: 'voting' as const, pollId: null },
  { id: 4, stage: 'voting' as const, pollId: 9 },
];

describe('stageChips', () => {
  it('counts all and each stage that has proposals, in life order, a poll apart from owner votes', () => {
    expect(stageChips(proposals)).toEqual([
      { stage: 'all', text: '全部 4' },
      { stage: 'raised', text: '已提出 1' },
      { stage: 'polling', text: '征询中 1' },
      { stage: 'voting', text: '表决中 2' },
    ]);
    expect(stageChips([])).toEqual([{ stage: 'all', text: '全部 0' }]);
  });
});

describe('proposalsOfStage', () => {
  it('keeps the proposals of the stage, or all', () => {
    expect(proposalsOfStage(proposals, 'voting').map((p) => p.id)).toEqual([1, 3]);
    expect(proposalsOfStage(proposals, 'polling').map((p) => p.id)).toEqual([4]);
    expect(proposalsOfStage(proposals, 'all')).toHaveLength(4);
  });

  it('falls back to all when the stage has none left', () => {
    expect(proposalsOfStage(proposals, 'evaluated')).toHaveLength(4);
  });
});
