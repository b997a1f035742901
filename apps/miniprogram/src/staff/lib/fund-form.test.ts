import { validateFundEntry } from './fund-form';

describe('validateFundEntry', () => {
  const use = {
    kind: 'use' as const,
    occurredOn: '2026/8/15',
    amount: '85,000.05',
    description: ' 3栋电梯更换曳引机 ',
    decisionRef: '2026年第2次业主共同决定',
  };

  it('builds a use with the amount in fen and its decision', () => {
    expect(validateFundEntry(use, [4, 5]).input).toEqual({
      kind: 'use',
      occurredOn: '2026-08-15',
      amountFen: 8_500_005,
      description: '3栋电梯更换曳引机',
      decisionRef: '2026年第2次业主共同决定',
      attachmentIds: [4, 5],
    });
  });

  it('refuses a use without the owner decision that approved it', () => {
    expect(validateFundEntry({ ...use, decisionRef: ' ' }, []).errors).toEqual({
      decisionRef: '使用维修资金须注明批准它的业主共同决定',
    });
  });

  it('sends no decision with a statement, and refuses three decimals', () => {
    const statement = { ...use, kind: 'statement' as const, amount: '1234567.89' };
    expect(validateFundEntry(statement, []).input).toMatchObject({ amountFen: 123_456_789, decisionRef: null });
    expect(validateFundEntry({ ...statement, amount: '1.234' }, []).errors).toHaveProperty('amount');
  });
});
