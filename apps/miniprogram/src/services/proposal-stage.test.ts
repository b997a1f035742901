import { PROPOSAL_STAGES } from '@xiaoqu/shared';
import {
  lastDayCn,
  monthDayCn,
  PROPOSAL_STAGE_KEYS,
  proposalStageKey,
  proposalStageLabel,
  voteStageLabel,
  type VoteStageFields,
} from './proposal-stage';

describe('proposalStageLabel', () => {
  it('says 征询中 for a proposal in its resident poll', () => {
    expect(proposalStageLabel({ stage: 'voting', pollId: 4 })).toBe('征询中');
    expect(proposalStageKey({ stage: 'voting', pollId: 4 })).toBe('polling');
  });

  it('says 表决公告 before an announced vote opens and 表决中 while it is open', () => {
    expect(
      proposalStageLabel({ stage: 'voting', pollId: null, vote: { status: 'announced', resultStage: null } }),
    ).toBe('表决公告');
    // As the API gives it: the proposal stays at its stage before the vote until the announced vote opens.
    for (const stage of ['raised', 'consultation'] as const)
      expect(proposalStageLabel({ stage, pollId: null, vote: { status: 'announced', resultStage: null } })).toBe(
        '表决公告',
      );
    expect(proposalStageLabel({ stage: 'voting', pollId: null, vote: { status: 'open', resultStage: null } })).toBe(
      '表决中',
    );
  });

  it('tells a result in its objection period from one that took effect', () => {
    const closed = (resultStage: 'preliminary' | 'final' | null) => ({
      stage: 'published' as const,
      pollId: null,
      vote: { status: 'closed' as const, resultStage },
    });
    expect(proposalStageLabel(closed('preliminary'))).toBe('询异公示中');
    expect(proposalStageLabel(closed('final'))).toBe('结果已生效');
    // An imported result has no objection period here.
    expect(proposalStageLabel(closed(null))).toBe('结果公示');
  });

  it('says 表决已中止 for a terminated vote', () => {
    expect(proposalStageLabel({ stage: 'terminated', pollId: null })).toBe('表决已中止');
  });

  it('keeps the stage label in every other stage, with or without a poll', () => {
    expect(proposalStageLabel({ stage: 'published', pollId: 4 })).toBe('结果公示');
    expect(proposalStageLabel({ stage: 'consultation', pollId: null })).toBe('四方协商');
  });

  it('orders every stage, the poll before the vote', () => {
    const own = new Set(['polling', 'announced', 'objection', 'effective']);
    expect(PROPOSAL_STAGE_KEYS.filter((k) => !own.has(k))).toEqual([...PROPOSAL_STAGES]);
    expect(PROPOSAL_STAGE_KEYS.indexOf('polling')).toBeLessThan(PROPOSAL_STAGE_KEYS.indexOf('voting'));
    expect(PROPOSAL_STAGE_KEYS.indexOf('objection')).toBeLessThan(PROPOSAL_STAGE_KEYS.indexOf('effective'));
  });
});

describe('voteStageLabel', () => {
  const vote: VoteStageFields = {
    status: 'open',
    openedAt: '2026-12-11T01:00:00Z',
    closesAt: '2026-12-20T15:59:59Z',
    closedAt: null,
    resultStage: null,
    objectionEndsAt: null,
    finalAt: null,
  };

  it('reads each stage of an owner vote in Chinese', () => {
    expect(voteStageLabel({ ...vote, status: 'announced' })).toBe('表决公告 · 12月11日开始');
    expect(voteStageLabel(vote)).toBe('表决中 · 12月20日截止');
    expect(
      voteStageLabel({
        ...vote,
        status: 'closed',
        resultStage: 'preliminary',
        objectionEndsAt: '2026-12-27T16:00:00Z',
      }),
    ).toBe('结果询异公示中（至12月27日）');
    expect(voteStageLabel({ ...vote, status: 'closed', resultStage: 'final', finalAt: '2026-12-28T01:00:00Z' })).toBe(
      '结果已生效',
    );
    expect(voteStageLabel({ ...vote, status: 'terminated' })).toBe('表决已中止');
  });

  it('reads days in China time', () => {
    // 23:30 UTC is the next morning in China.
    expect(monthDayCn('2026-12-31T23:30:00Z')).toBe('1月1日');
    // A period ending at 24:00 China time ends on that day, not the next.
    expect(lastDayCn('2026-12-27T16:00:00Z')).toBe('12月27日');
    expect(lastDayCn('2026-12-27T15:59:59Z')).toBe('12月27日');
  });
});
