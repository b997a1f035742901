import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { formatDateCn, formatFen, periodLabel, type AccountPeriodSummary } from '@xiaoqu/shared';
import { collectionText } from '../../services/disclosure';
import './index.scss';

export interface PeriodCardProps {
  period: AccountPeriodSummary;
  onOpen?: (period: AccountPeriodSummary) => void;
}

/** One period of accounts in a list: its totals, collection rate, and whether it corrects or was corrected. */
export function PeriodCard({ period, onOpen }: PeriodCardProps) {
  const { totals } = period;
  const collection = collectionText(totals);
  return (
    <View className="xq-period-card" hoverClass="xq-period-card--pressed" onClick={() => onOpen?.(period)}>
      <View className="xq-period-card__head">
        <Text className="xq-period-card__title">{periodLabel(period.periodKey)}</Text>
        {period.status === 'draft' && (
          <Tag background="#fff4e5" color="#7a4100" className="xq-tag">
            草稿
          </Tag>
        )}
        {period.amendsId !== null && (
          <Tag background="#eef3fb" color="#1d4f91" className="xq-tag">
            更正公示
          </Tag>
        )}
        {period.amendedById !== null && (
          <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
            已被更正
          </Tag>
        )}
      </View>
      <View className="xq-period-card__grid">
        <View className="xq-period-card__cell">
          <Text className="xq-period-card__label">收入</Text>
          <Text className="xq-period-card__amount">{formatFen(totals.incomeFen)}</Text>
        </View>
        <View className="xq-period-card__cell">
          <Text className="xq-period-card__label">支出</Text>
          <Text className="xq-period-card__amount">{formatFen(totals.expenseFen)}</Text>
        </View>
        <View className="xq-period-card__cell">
          <Text className="xq-period-card__label">结余</Text>
          <Text className="xq-period-card__amount">{formatFen(totals.balanceFen)}</Text>
        </View>
      </View>
      <View className="xq-period-card__foot">
        <Text>{collection ? `物业费收缴率 ${collection}` : '本期没有物业费收缴数据'}</Text>
      </View>
      {period.unansweredQuestions > 0 && (
        <View className="xq-period-card__questions">
          <Text>{period.unansweredQuestions} 条质询待答复</Text>
        </View>
      )}
      <View className="xq-period-card__meta">
        <Text>
          {period.lineCount} 笔明细
          {period.publication ? ` · ${formatDateCn(period.publication.publishedAt)}公示` : ' · 尚未公示'}
        </Text>
        <Text className="xq-period-card__go">查看 ›</Text>
      </View>
    </View>
  );
}
