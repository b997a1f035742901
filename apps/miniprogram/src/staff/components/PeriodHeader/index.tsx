import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import {
  BILLING_MODEL_LABELS,
  formatFen,
  periodLabel,
  ROLE_LABELS,
  type AccountDisclosureDetail,
} from '@xiaoqu/shared';
import type { DisclosureStaffRole } from '../../../services/places';

const openPeriod = (id: number) => void Taro.navigateTo({ url: `/staff/pages/period/index?id=${id}` });

/** The period's name, whether residents see it, its billing model and the caller's roles; links to a correction. */
export function PeriodHeader({ detail, roles }: { detail: AccountDisclosureDetail; roles: DisclosureStaffRole[] }) {
  const draft = detail.status === 'draft';
  return (
    <>
      <View className="xq-staff-period__head">
        <View className="xq-staff-period__title">
          <Text>{periodLabel(detail.periodKey)}收支</Text>
          <Tag background={draft ? '#fff4e5' : '#e6f2ee'} color={draft ? '#7a4100' : '#0b5a41'} className="xq-tag">
            {draft ? '草稿 · 居民看不到' : '已公示'}
          </Tag>
        </View>
        <Text className="xq-staff-period__sub">
          {BILLING_MODEL_LABELS[detail.billingModel]}
          {detail.billingModel === 'trust' && detail.voucherRequiredAboveFen !== null
            ? ` · 超过 ${formatFen(detail.voucherRequiredAboveFen)} 的支出须附凭证`
            : ''}
          {roles.length > 0 ? ` · 您是${roles.map((r) => ROLE_LABELS[r]).join('、')}` : ''}
        </Text>
      </View>
      {detail.amendsId !== null && (
        <View className="xq-staff-period__notice">
          <Text>这是对此前同期公示的更正。</Text>
          <Text className="xq-staff-period__link" onClick={() => openPeriod(detail.amendsId!)}>
            查看原公示 ›
          </Text>
        </View>
      )}
      {detail.amendedById !== null && (
        <View className="xq-staff-period__notice">
          <Text>本期已有更正。</Text>
          <Text className="xq-staff-period__link" onClick={() => openPeriod(detail.amendedById!)}>
            查看更正 ›
          </Text>
        </View>
      )}
    </>
  );
}
