import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { CATEGORY_LABELS, formatFen, type ErrorDetail, type LineView } from '@xiaoqu/shared';
import './index.scss';

export interface VoucherMissingProps {
  /** The details of a VOUCHER_REQUIRED refusal: `field` is the id of a line that still needs a voucher. */
  details: ErrorDetail[];
  lines: LineView[];
  /** Trust model: expenses above this need a voucher. */
  thresholdFen: number | null;
  onAttach?: (line: LineView) => void;
}

/** Why publishing was refused: each expense line that still needs a voucher, with the way to attach one. */
export function VoucherMissing({ details, lines, thresholdFen, onAttach }: VoucherMissingProps) {
  const byId = new Map(lines.map((l) => [String(l.id), l]));
  return (
    <View className="xq-voucher-missing" role="alert">
      <View className="xq-voucher-missing__title">
        <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
          未公示
        </Tag>
        <Text> 还有 {details.length} 笔支出缺凭证</Text>
      </View>
      <Text>
        信托制小区{thresholdFen !== null ? `超过 ${formatFen(thresholdFen)} 的` : '超过限额的'}
        支出须附凭证（照片或 PDF）。给下面每一笔附上凭证后，再点「公示」：
      </Text>
      {details.map((detail, i) => {
        const line = detail.field ? byId.get(detail.field) : undefined;
        return (
          <View key={`${detail.field ?? ''}-${i}`} className="xq-voucher-missing__line">
            <View className="xq-voucher-missing__what">
              <Text>
                {line
                  ? `${CATEGORY_LABELS[line.category]} · ${line.counterparty} · ${formatFen(line.amountFen)} · ${line.occurredOn}`
                  : `明细 #${detail.field ?? '?'}`}
              </Text>
              {detail.message ? <Text className="xq-voucher-missing__why">{detail.message}</Text> : null}
            </View>
            {line && onAttach && (
              <Button size="large" type="primary" onClick={() => onAttach(line)}>
                附凭证
              </Button>
            )}
          </View>
        );
      })}
    </View>
  );
}
