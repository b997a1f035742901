import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, formatFen, type LineView } from '@xiaoqu/shared';
import './index.scss';

/** In a long (virtual) list rows keep one height, grown with 关怀模式's text; in a short list they grow to fit. */
export const LINE_ROW_HEIGHT_PX = 76;

function badges(line: LineView): string {
  const parts: string[] = [];
  parts.push(line.attachments.length > 0 ? `凭证 ${line.attachments.length}` : '无凭证');
  if (line.questionCount > 0) {
    parts.push(
      line.unansweredCount > 0
        ? `质询 ${line.questionCount}（待答 ${line.unansweredCount}）`
        : `质询 ${line.questionCount}`,
    );
  }
  if (line.flagged) parts.push('⚑ 已被标记');
  return parts.join(' · ');
}

/** One income or expense line in the list; tap for its vouchers and questions. */
export function LineRow({
  line,
  onOpen,
  height,
}: {
  line: LineView;
  onOpen: (line: LineView) => void;
  /** The virtual list's row height (px); without it the row is as tall as its text. */
  height?: number;
}) {
  return (
    <View
      className={`xq-line-row${height ? '' : ' xq-line-row--free'}`}
      style={height ? { height: `${height}px` } : { minHeight: `${LINE_ROW_HEIGHT_PX}px` }}
      hoverClass="xq-line-row--pressed"
      onClick={() => onOpen(line)}
    >
      <View className="xq-line-row__main">
        <Text className="xq-line-row__what">
          {CATEGORY_LABELS[line.category]} · {line.counterparty}
        </Text>
        <Text className={`xq-line-row__amount xq-line-row__amount--${line.direction}`}>
          {line.direction === 'income' ? '+' : '-'}
          {formatFen(line.amountFen)}
        </Text>
      </View>
      <View className="xq-line-row__sub">
        <Text>
          {line.occurredOn} · {badges(line)}
        </Text>
      </View>
    </View>
  );
}
