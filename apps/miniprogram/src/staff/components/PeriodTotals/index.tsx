import { Text, View } from '@tarojs/components';
import { formatFen, type AccountDisclosureDetail } from '@xiaoqu/shared';
import { collectionText } from '../../../services/disclosure';

/** A period's income, expense, balance and fee collection rate in one card. */
export function PeriodTotals({ detail }: { detail: AccountDisclosureDetail }) {
  return (
    <View className="xq-staff-period__card xq-staff-period__totals">
      <Text>
        收入 {formatFen(detail.totals.incomeFen)} · 支出 {formatFen(detail.totals.expenseFen)} · 结余{' '}
        {formatFen(detail.totals.balanceFen)}
      </Text>
      <Text>物业费收缴率 {collectionText(detail.totals) ?? '无数据'}</Text>
    </View>
  );
}
