import { proposalsOfStage, stageChips } from './stages';

const proposals = [
  { id: 1, stage: 'voting' as const },
  { id: 2, stage: 'raised' as const },
  { id: 3, stage: 'voting' as const },
];

describe('stageChips', () => {
  it('counts all and each stage that has proposals, in life order', () => {
    expect(stageChips(proposals)).toEqual([
      { stage: 'all', text: '全部 3' },
      { stage: 'raised', text: '已提出 1' },
      { stage: 'voting', text: '表决中 2' },
    ]);
    expect(stageChips([])).toEqual([{ stage: 'all', text: '全部 0' }]);
  });
});

describe('proposalsOfStage', () => {
  it('keeps the proposals of the stage, or all', () => {
    expect(proposalsOfStage(proposals, 'voting').map((p) => p.id)).toEqual([1, 3]);
    expect(proposalsOfStage(proposals, 'all')).toHaveLength(3);
  });

  it('falls back to all when the stage has none left', () => {
    expect(proposalsOfStage(proposals, 'evaluated')).toHaveLength(3);
  });
});
