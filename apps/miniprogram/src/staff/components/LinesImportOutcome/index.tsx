import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { formatFen, type ErrorDetail } from '@xiaoqu/shared';
import './index.scss';

/** What became of the last .xlsx of lines. */
export type ImportOutcome =
  | { kind: 'none' }
  | { kind: 'uploading'; name: string }
  | { kind: 'imported'; name: string; lineCount: number; incomeFen: number; expenseFen: number }
  | { kind: 'refused'; name: string; message: string; rows: ErrorDetail[] }
  | { kind: 'failed'; name: string; message: string };

/** The result of importing a draft's lines, or each bad row with its number, so the accountant can fix the file. */
export function LinesImportOutcome({ outcome }: { outcome: ImportOutcome }) {
  switch (outcome.kind) {
    case 'none':
    case 'uploading':
      return null;
    case 'imported':
      return (
        <View className="xq-lines-outcome" role="status">
          <View className="xq-lines-outcome__title">
            <Tag background="#e6f2ee" color="#0b5a41" className="xq-tag">
              导入成功
            </Tag>
            <Text> {outcome.name}</Text>
          </View>
          <Text>
            共 {outcome.lineCount} 笔：收入 {formatFen(outcome.incomeFen)}，支出 {formatFen(outcome.expenseFen)}
            。草稿原有的明细已被这份文件替换。
          </Text>
        </View>
      );
    case 'refused':
      return (
        <View className="xq-lines-outcome xq-lines-outcome--refused" role="alert">
          <View className="xq-lines-outcome__title">
            <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
              未导入
            </Tag>
            <Text> {outcome.name}</Text>
          </View>
          <Text>
            {outcome.message}。有 {outcome.rows.length} 行需要改正，改好后请重新上传：
          </Text>
          {outcome.rows.map((row, i) => (
            <View key={`${row.row ?? row.field ?? ''}-${i}`} className="xq-lines-outcome__bad-row">
              <Text className="xq-lines-outcome__row-no">
                {row.row !== undefined ? `第 ${row.row} 行：` : row.field ? `${row.field}：` : ''}
              </Text>
              <Text>{row.message}</Text>
            </View>
          ))}
        </View>
      );
    case 'failed':
      return (
        <View className="xq-lines-outcome xq-lines-outcome--refused" role="alert">
          <View className="xq-lines-outcome__title">
            <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
              上传失败
            </Tag>
            <Text> {outcome.name}</Text>
          </View>
          <Text>{outcome.message}。</Text>
        </View>
      );
  }
}
