import { formatFen } from '@xiaoqu/shared';
import { FileImportOutcomeView, type FileImportOutcome } from '../../../components/FileImportOutcome';

/** What became of the last .xlsx of lines. */
export type ImportOutcome = FileImportOutcome<{ lineCount: number; incomeFen: number; expenseFen: number }>;

/** The result of importing a draft's lines, or each bad row with its number, so the accountant can fix the file. */
export function LinesImportOutcome({ outcome }: { outcome: ImportOutcome }) {
  return (
    <FileImportOutcomeView
      outcome={outcome}
      summary={(lines) =>
        `共 ${lines.lineCount} 笔：收入 ${formatFen(lines.incomeFen)}，支出 ${formatFen(lines.expenseFen)}。草稿原有的明细已被这份文件替换。`
      }
    />
  );
}
