import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { ErrorDetail } from '@xiaoqu/shared';
import './index.scss';

/** What became of the last uploaded file; `T` is what an accepted import reports. */
export type FileImportOutcome<T> =
  | { kind: 'none' }
  | { kind: 'uploading'; name: string }
  | ({ kind: 'imported'; name: string } & T)
  | { kind: 'refused'; name: string; message: string; rows: ErrorDetail[] }
  | { kind: 'failed'; name: string; message: string };

/**
 * The result of a file import (a roster, a month of lines…): a summary when accepted, or each refused row with
 * its number so the file can be fixed. `summary` says what an accepted import did.
 */
export function FileImportOutcomeView<T>({
  outcome,
  summary,
}: {
  outcome: FileImportOutcome<T>;
  summary: (imported: T) => ReactNode;
}) {
  switch (outcome.kind) {
    case 'none':
    case 'uploading':
      return null;
    case 'imported':
      return (
        <View className="xq-import-outcome" role="status">
          <View className="xq-import-outcome__title">
            <Tag background="#e6f2ee" color="#0b5a41" className="xq-tag">
              导入成功
            </Tag>
            <Text> {outcome.name}</Text>
          </View>
          <Text>{summary(outcome)}</Text>
        </View>
      );
    case 'refused':
      return (
        <View className="xq-import-outcome xq-import-outcome--refused" role="alert">
          <View className="xq-import-outcome__title">
            <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
              未导入
            </Tag>
            <Text> {outcome.name}</Text>
          </View>
          <Text>
            {outcome.message}。有 {outcome.rows.length} 行需要改正，改好后请重新上传：
          </Text>
          {outcome.rows.map((row, i) => (
            <View key={`${row.row ?? row.field ?? ''}-${i}`} className="xq-import-outcome__bad-row">
              <Text className="xq-import-outcome__row-no">
                {row.row !== undefined ? `第 ${row.row} 行：` : row.field ? `${row.field}：` : ''}
              </Text>
              <Text>{row.message}</Text>
            </View>
          ))}
        </View>
      );
    case 'failed':
      return (
        <View className="xq-import-outcome xq-import-outcome--refused" role="alert">
          <View className="xq-import-outcome__title">
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
