import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { LINE_COLUMNS } from '@xiaoqu/shared';
import { LinesImportOutcome, type ImportOutcome } from '../LinesImportOutcome';

export interface LinesImportCardProps {
  outcome: ImportOutcome;
  downloading: boolean;
  onDownloadTemplate: () => void;
  onPickSheet: () => void;
}

/** A draft's lines come from the .xlsx template: download it, fill it, upload it; all rows or none. */
export function LinesImportCard({ outcome, downloading, onDownloadTemplate, onPickSheet }: LinesImportCardProps) {
  const uploading = outcome.kind === 'uploading';
  return (
    <View className="xq-staff-period__card">
      <View className="xq-staff-period__label">
        <Text>导入明细（.xlsx）</Text>
      </View>
      <View className="xq-staff-period__hint">
        <Text>
          下载模板，每行填一笔收入或支出，表头：{LINE_COLUMNS.map((c) => c.header).join('、')}
          （户数只在物业费行填）。
          删除示例行后上传。有任何一行不对，整个文件都不会导入，并列出要改的行；导入成功会替换草稿现有的明细。
        </Text>
      </View>
      <View className="xq-staff-period__buttons">
        <Button size="large" loading={downloading} onClick={onDownloadTemplate}>
          下载模板
        </Button>
        <Button type="primary" size="large" loading={uploading} disabled={uploading} onClick={onPickSheet}>
          {uploading ? '正在校验…' : '上传填好的表格'}
        </Button>
      </View>
      <LinesImportOutcome outcome={outcome} />
    </View>
  );
}
