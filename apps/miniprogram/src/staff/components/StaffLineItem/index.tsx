import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import {
  CATEGORY_LABELS,
  formatFen,
  lineNeedsVoucher,
  type AccountDisclosureDetail,
  type LineView,
} from '@xiaoqu/shared';
import { attachmentLabel, openAttachment } from '../../../services/attachments';

export interface StaffLineItemProps {
  line: LineView;
  billing: Pick<AccountDisclosureDetail, 'billingModel' | 'voucherRequiredAboveFen'>;
  /** Property staff on a draft: 附凭证. */
  editable: boolean;
  /** Committee or supervisor: 标记. */
  isReviewer: boolean;
  attaching: boolean;
  busy: boolean;
  onAttach: (line: LineView) => void;
  onFlag: (line: LineView) => void;
}

/** One income or expense line as staff see it: amount, day, what it still needs, its vouchers and their actions. */
export function StaffLineItem(props: StaffLineItemProps) {
  const { line, billing, editable, isReviewer, attaching, busy, onAttach, onFlag } = props;
  return (
    <View className="xq-staff-period__line">
      <View className="xq-staff-period__line-main">
        <Text className="xq-staff-period__line-what">
          {CATEGORY_LABELS[line.category]} · {line.counterparty}
        </Text>
        <Text className="xq-staff-period__line-amount">
          {line.direction === 'income' ? '+' : '-'}
          {formatFen(line.amountFen)}
        </Text>
      </View>
      <View className="xq-staff-period__line-sub">
        <Text>{line.occurredOn}</Text>
        {line.note ? <Text> · {line.note}</Text> : null}
      </View>
      <View className="xq-staff-period__line-tags">
        {lineNeedsVoucher(billing, { ...line, voucherCount: line.attachments.length }) && (
          <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
            须附凭证
          </Tag>
        )}
        {line.flagged && (
          <Tag background="#fff4e5" color="#7a4100" className="xq-tag">
            ⚑ 已被标记
          </Tag>
        )}
        {line.unansweredCount > 0 && (
          <Tag background="#fff4e5" color="#7a4100" className="xq-tag">
            待答质询 {line.unansweredCount}
          </Tag>
        )}
      </View>
      {line.attachments.map((a) => (
        <Text key={a.id} className="xq-staff-period__voucher" onClick={() => void openAttachment(a, line.attachments)}>
          凭证：{attachmentLabel(a)} ›
        </Text>
      ))}
      <View className="xq-staff-period__line-actions">
        {editable && (
          <Button size="normal" loading={attaching} disabled={busy} onClick={() => onAttach(line)}>
            附凭证
          </Button>
        )}
        {isReviewer && !line.flagged && (
          <Button size="normal" onClick={() => onFlag(line)}>
            标记
          </Button>
        )}
      </View>
    </View>
  );
}
