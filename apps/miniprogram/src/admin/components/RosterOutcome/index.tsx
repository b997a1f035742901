import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { ErrorDetail, RosterImportResult } from '@xiaoqu/shared';
import './index.scss';

/** What became of the last roster file. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'uploading'; name: string }
  | { kind: 'imported'; name: string; result: RosterImportResult }
  | { kind: 'refused'; name: string; message: string; rows: ErrorDetail[] }
  | { kind: 'failed'; name: string; message: string };

/** The result of a roster import, or each refused row with its number, so the admin can fix the file. */
export function RosterOutcome({ outcome }: { outcome: Outcome }) {
  switch (outcome.kind) {
    case 'none':
    case 'uploading':
      return null;
    case 'imported':
      return (
        <View className="xq-roster-outcome" role="status">
          <View className="xq-roster-outcome__title">
            <Tag background="#e6f2ee" color="#0b5a41" className="xq-tag">
              导入成功
            </Tag>
            <Text> {outcome.name}</Text>
          </View>
          <Text>
            共 {outcome.result.total} 行：新增 {outcome.result.created}，更新 {outcome.result.updated}，未变{' '}
            {outcome.result.unchanged}。
          </Text>
        </View>
      );
    case 'refused':
      return (
        <View className="xq-roster-outcome xq-roster-outcome--refused" role="alert">
          <View className="xq-roster-outcome__title">
            <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
              未导入
            </Tag>
            <Text> {outcome.name}</Text>
          </View>
          <Text>
            {outcome.message}。有 {outcome.rows.length} 行需要改正，改好后请重新上传：
          </Text>
          {outcome.rows.map((row, i) => (
            <View key={`${row.row ?? row.field ?? ''}-${i}`} className="xq-roster-outcome__bad-row">
              <Text>{row.row !== undefined ? `第 ${row.row} 行：` : row.field ? `${row.field}：` : ''}</Text>
              <Text>{row.message}</Text>
            </View>
          ))}
        </View>
      );
    case 'failed':
      return (
        <View className="xq-roster-outcome xq-roster-outcome--refused" role="alert">
          <View className="xq-roster-outcome__title">
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
