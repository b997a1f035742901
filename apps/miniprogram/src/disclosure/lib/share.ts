import { formatFen, periodLabel, type AccountDisclosureDetail } from '@xiaoqu/shared';
import type { ShareCard } from '../../services/share-card';

/** A published period's share: its three totals, and the link back to the period. */
export function periodShare(
  detail: Pick<AccountDisclosureDetail, 'id' | 'periodKey' | 'totals'>,
  compoundName: string | null,
): { title: string; path: string; card: ShareCard } {
  const period = periodLabel(detail.periodKey);
  return {
    title: `${compoundName ?? ''}${period}物业收支公示：收入 ${formatFen(detail.totals.incomeFen)}，支出 ${formatFen(detail.totals.expenseFen)}`,
    path: `/disclosure/pages/period/index?id=${detail.id}`,
    card: {
      heading: `${compoundName ? `${compoundName} · ` : ''}物业收支公示`,
      title: `${period}收支`,
      rows: [
        { label: '收入', value: formatFen(detail.totals.incomeFen) },
        { label: '支出', value: formatFen(detail.totals.expenseFen) },
        { label: '结余', value: formatFen(detail.totals.balanceFen) },
      ],
      foot: '点开查看每一笔明细和凭证，可提出质询',
    },
  };
}
