import { mapRosterHeaders, ROSTER_COLUMNS, type RosterRowInput } from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { headerAndRows, readTableFile } from '../common/files/table-file.js';

/** Reads a roster file (.xlsx or .csv) into raw rows; validation is libs/shared's validateRosterRows. */
export async function readRosterFile(buffer: Buffer): Promise<{ inputs: RosterRowInput[]; rowNumbers: number[] }> {
  const table = headerAndRows(await readTableFile(buffer, ROSTER_COLUMNS.length));
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
