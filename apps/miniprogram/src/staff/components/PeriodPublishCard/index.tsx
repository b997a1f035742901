import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AccountDisclosureDetail, ErrorDetail, LineView } from '@xiaoqu/shared';
import { VoucherMissing } from '../VoucherMissing';

/** A draft's publish button on top, and the lines that still need a voucher when publishing was refused. */
export function PeriodPublishCard({
  detail,
  busy,
  missing,
  onPublish,
  onAttach,
}: {
  detail: AccountDisclosureDetail;
  busy: string | null;
  missing: ErrorDetail[] | null;
  onPublish: () => void;
  onAttach: (line: LineView) => void;
}) {
  return (
    <View className="xq-staff-period__card">
      <Button
        type="primary"
        size="xlarge"
        block
        loading={busy === 'publish'}
        disabled={busy !== null || detail.lines.length === 0}
        onClick={onPublish}
      >
        {detail.lines.length === 0 ? '先导入明细，再公示' : `公示（${detail.lines.length} 笔明细）`}
      </Button>
      {missing && missing.length > 0 && (
        <VoucherMissing
          details={missing}
          lines={detail.lines}
          thresholdFen={detail.voucherRequiredAboveFen}
          onAttach={onAttach}
        />
      )}
    </View>
  );
}
