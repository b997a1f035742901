import type { MaintenanceFundView } from '@xiaoqu/shared';

export interface FundBalance {
  /** The balance on the latest statement of the fund centre, and its day. */
  statementFen: number;
  statementOn: string;
  /** Uses recorded after that statement. */
  usedSinceFen: number;
  /** statement − used since; negative if more was recorded as spent than the statement held. */
  nowFen: number;
}

/** The balance now, derived from the latest statement and the uses after it; null before any statement. */
export function fundBalance(fund: MaintenanceFundView): FundBalance | null {
  const statement = fund.latestStatement;
  if (!statement) return null;
  return {
    statementFen: statement.amountFen,
    statementOn: statement.occurredOn,
    usedSinceFen: fund.usedSinceStatementFen,
    nowFen: statement.amountFen - fund.usedSinceStatementFen,
  };
}
