import type { RosterImportResult } from '@xiaoqu/shared';
import { FileImportOutcomeView, type FileImportOutcome } from '../../../components/FileImportOutcome';

/** What became of the last roster file. */
export type Outcome = FileImportOutcome<{ result: RosterImportResult }>;

/** The result of a roster import, or each refused row with its number, so the admin can fix the file. */
export function RosterOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <FileImportOutcomeView
      outcome={outcome}
      summary={({ result }) =>
        `共 ${result.total} 行：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}。`
      }
    />
  );
}
