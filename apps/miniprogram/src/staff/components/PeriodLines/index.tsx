import { Text, View } from '@tarojs/components';
import type { AccountDisclosureDetail, LineView } from '@xiaoqu/shared';
import { StaffLineItem } from '../StaffLineItem';

/** A period's lines as staff see them, each with its vouchers and the actions open to the viewer. */
export function PeriodLines({
  detail,
  editable,
  isReviewer,
  busy,
  onAttach,
  onFlag,
}: {
  detail: AccountDisclosureDetail;
  editable: boolean;
  isReviewer: boolean;
  busy: string | null;
  onAttach: (line: LineView) => void;
  onFlag: (line: LineView) => void;
}) {
  return (
    <View className="xq-staff-period__card">
      <View className="xq-staff-period__label">
        <Text>明细（{detail.lines.length} 笔）</Text>
      </View>
      {detail.lines.length === 0 && (
        <View className="xq-staff-period__hint">
          <Text>{editable ? '还没有明细：先下载模板填好，再上传。' : '这期还没有明细。'}</Text>
        </View>
      )}
      {detail.lines.map((line) => (
        <StaffLineItem
          key={line.id}
          line={line}
          billing={detail}
          editable={editable}
          isReviewer={isReviewer}
          attaching={busy === `voucher-${line.id}`}
          busy={busy !== null}
          onAttach={onAttach}
          onFlag={onFlag}
        />
      ))}
    </View>
  );
}
