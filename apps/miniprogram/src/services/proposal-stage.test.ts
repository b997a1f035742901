import { PROPOSAL_STAGES } from '@xiaoqu/shared';
import { PROPOSAL_STAGE_KEYS, proposalStageKey, proposalStageLabel } from './proposal-stage';

describe('proposalStageLabel', () => {
  it('says 征询中 for a proposal in its resident poll', () => {
    expect(proposalStageLabel({ stage: 'voting', pollId: 4 })).toBe('征询中');
    expect(proposalStageKey({ stage: 'voting', pollId: 4 })).toBe('polling');
  });

  it('says 表决中 for an owner vote', () => {
    expect(proposalStageLabel({ stage: 'voting', pollId: null })).toBe('表决中');
  });

  it('keeps the stage label in every other stage, with or without a poll', () => {
    expect(proposalStageLabel({ stage: 'published', pollId: 4 })).toBe('结果公示');
    expect(proposalStageLabel({ stage: 'consultation', pollId: null })).toBe('四方协商');
  });

  it('orders every stage, the poll before the vote', () => {
    expect(PROPOSAL_STAGE_KEYS.filter((k) => k !== 'polling')).toEqual([...PROPOSAL_STAGES]);
    expect(PROPOSAL_STAGE_KEYS.indexOf('polling')).toBe(PROPOSAL_STAGE_KEYS.indexOf('voting') - 1);
  });
});
