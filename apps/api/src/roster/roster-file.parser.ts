import { mapRosterHeaders, ROSTER_COLUMNS, type RosterRowInput } from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { headerAndRows, readTableFile } from '../common/files/table-file.js';

/** Reads a roster file (.xlsx or .csv) into raw rows; validation is libs/shared's validateRosterRows. */
export async function readRosterFile(buffer: Buffer): Promise<{ inputs: RosterRowInput[]; rowNumbers: number[] }> {
  const table = headerAndRows(await readRoster(buffer));
  if (!table) throw new DomainException('ROSTER_INVALID', '文件是空的', []);
  const mapped = mapRosterHeaders(table.header);
  if ('missing' in mapped) {
    const message = `表头缺少：${mapped.missing.join('、')}`;
    throw new DomainException('ROSTER_INVALID', message, [{ row: table.headerRow, message }]);
  }
  const inputs = table.rows.map((row) => {
    const input = {} as RosterRowInput;
    for (const { key } of ROSTER_COLUMNS) input[key] = mapped.index[key] >= 0 ? (row[mapped.index[key]] ?? '') : '';
    return input;
  });
  return { inputs, rowNumbers: table.rowNumbers };
}

/** The file's cells. A CSV parser's message may quote a cell (an owner's phone or ID number): only its line is kept. */
async function readRoster(buffer: Buffer): Promise<string[][]> {
  try {
    return await readTableFile(buffer, ROSTER_COLUMNS.length);
  } catch (err) {
    if (!(err instanceof DomainException) || !err.message.startsWith('CSV')) throw err;
    const line = /line (\d+)/i.exec(err.message)?.[1];
    throw new DomainException(
      'VALIDATION_FAILED',
      `CSV 格式错误${line ? `（第 ${line} 行附近）` : ''}：请检查引号和分隔符，或用 Excel、WPS 另存为 CSV 后再试`,
    );
  }
}
