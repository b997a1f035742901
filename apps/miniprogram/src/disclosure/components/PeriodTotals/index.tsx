import { Text, View } from '@tarojs/components';
import { formatFen, type AccountDisclosureDetail } from '@xiaoqu/shared';
import { changeOf, collectionText } from '../../../services/disclosure';

/** A period's income, expense and balance, each against the previous period, and the fee collection rate. */
export function PeriodTotals({ detail }: { detail: AccountDisclosureDetail }) {
  const prev = detail.previousTotals;
  const rows = [
    { label: '收入', fen: detail.totals.incomeFen, prevFen: prev?.incomeFen },
    { label: '支出', fen: detail.totals.expenseFen, prevFen: prev?.expenseFen },
    { label: '结余', fen: detail.totals.balanceFen, prevFen: prev?.balanceFen },
  ];
  const collection = collectionText(detail.totals);
  return (
    <View className="xq-period__totals">
      {rows.map((r) => {
        const change = r.prevFen === undefined ? null : changeOf(r.fen, r.prevFen);
        return (
          <View key={r.label} className="xq-period__total">
            <Text className="xq-period__total-label">{r.label}</Text>
            <Text className="xq-period__total-amount">{formatFen(r.fen)}</Text>
            <Text className="xq-period__total-change">
              {change ? `比上期 ${change.amount}${change.ratio ? `（${change.ratio}）` : ''}` : '无上期可比'}
            </Text>
          </View>
        );
      })}
      <View className="xq-period__collection">
        <Text>{collection ? `物业费收缴率 ${collection}` : '本期没有物业费收缴数据'}</Text>
      </View>
    </View>
  );
}
