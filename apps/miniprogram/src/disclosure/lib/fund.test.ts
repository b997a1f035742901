import { fund, fundEntry } from '../../../test/disclosure-fixtures';
import { fundBalance } from './fund';

describe('fundBalance', () => {
  it('is the latest statement less the uses recorded after it, exact in fen', () => {
    const view = fund([
      fundEntry({ kind: 'statement', amountFen: 100_000_001, occurredOn: '2026-01-31' }),
      fundEntry({ kind: 'use', amountFen: 5_000_000, occurredOn: '2026-03-01' }),
      fundEntry({ kind: 'statement', amountFen: 95_000_001, occurredOn: '2026-06-30' }),
      fundEntry({ kind: 'use', amountFen: 1_234_567, occurredOn: '2026-08-15' }),
      fundEntry({ kind: 'use', amountFen: 33, occurredOn: '2026-09-01' }),
    ]);
    expect(fundBalance(view)).toEqual({
      statementFen: 95_000_001,
      statementOn: '2026-06-30',
      usedSinceFen: 1_234_600,
      nowFen: 93_765_401,
    });
  });

  it('is the statement itself when nothing was used since', () => {
    const view = fund([fundEntry({ kind: 'statement', amountFen: 7_00, occurredOn: '2026-06-30' })]);
    expect(fundBalance(view)?.nowFen).toBe(700);
  });

  it('is null before any statement: a balance is never made up from uses alone', () => {
    expect(fundBalance(fund([fundEntry({ kind: 'use', amountFen: 100 })]))).toBeNull();
    expect(fundBalance(fund([]))).toBeNull();
  });
});
