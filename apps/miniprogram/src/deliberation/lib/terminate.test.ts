import { terminateConfirm, terminateRequestOf } from './terminate';

describe('terminateRequestOf', () => {
  it('needs a written reason of at most 500 characters', () => {
    expect(terminateRequestOf('  ').error).toBe('请写明中止表决的理由，理由会公示给全体业主');
    expect(terminateRequestOf('x'.repeat(501)).error).toBe('理由最多 500 个字');
    expect(terminateRequestOf(' 有误 ').error).toBe('理由至少 5 个字，请写清为什么中止');
    expect(terminateRequestOf(' 表决事项表述有误，需重新公告 ')).toEqual({
      request: { reason: '表决事项表述有误，需重新公告' },
      error: null,
    });
  });

  it('says the vote is voided and nothing is revealed', () => {
    const { content } = terminateConfirm('表决事项表述有误');
    expect(content).toContain('本次表决作废');
    expect(content).toContain('不会公布任何票数');
    expect(content).toContain('理由：表决事项表述有误');
  });
});
