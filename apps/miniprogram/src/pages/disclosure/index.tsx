import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { AccountPeriodSummary, PlaceRef, VerifyResult } from '@xiaoqu/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/PageSkeleton/PageLoading';
import { PeriodCard } from '../../components/PeriodCard';
import { VerifyBadge } from '../../components/VerifyBadge';
import { useAsync } from '../../hooks/useAsync';
import { accountApi } from '../../services/clients/account';
import { refreshBadges } from '../../services/badges';
import { disclosureApi } from '../../services/clients/disclosure';
import { rememberCompound } from '../../services/known-compound';
import { firstCompound } from '../../services/places';
import { CareMeta } from '../../components/CareMeta';
import './index.scss';

interface DisclosureHome {
  compound: PlaceRef | null;
  periods: AccountPeriodSummary[];
  /** Null when verification could not be reached: the periods still show. */
  verify: VerifyResult | null;
}

async function loadDisclosures(): Promise<DisclosureHome> {
  const compound = firstCompound(await accountApi.me());
  if (!compound) return { compound: null, periods: [], verify: null };
  rememberCompound(compound.id);
  const [periods, verify] = await Promise.all([
    disclosureApi.accountDisclosures(compound.id),
    disclosureApi.verifyDisclosures(compound.id).catch(() => null),
  ]);
  return { compound, periods, verify };
}

export default function DisclosurePage() {
  const [state, reload] = useAsync(loadDisclosures);
  useDidShow(() => {
    void reload();
    void refreshBadges();
  });
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载公开信息" onRetry={reload} />
      </>
    );

  const { compound, periods, verify } = state.data;
  if (!compound) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="晒"
          title="还没有关联的小区"
          description="认证您在小区的房屋后，这里会公开物业的服务内容和每期收支，每一笔都能查看凭证、提出质询。"
          actionText="认证房屋"
          onAction={() => void Taro.navigateTo({ url: '/pages/claim/index' })}
        />
      </View>
    );
  }

  const openPeriod = (p: AccountPeriodSummary) =>
    void Taro.navigateTo({ url: `/disclosure/pages/period/index?id=${p.id}` });
  return (
    <View className="xq-page xq-disclosure">
      <CareMeta />
      <View className="xq-disclosure__hero">
        <Text className="xq-disclosure__name">{compound.name}</Text>
        <Text className="xq-disclosure__sub">物业服务与收支公开（双晒）</Text>
      </View>
      <VerifyBadge result={verify} />
      <Cell.Group className="xq-disclosure__entries">
        <Cell
          title="晒服务"
          description="物业公司、合同期限、服务标准与收费、岗位人员、工作记录"
          extra="查看"
          clickable
          onClick={() => void Taro.navigateTo({ url: `/disclosure/pages/service/index?compoundId=${compound.id}` })}
        />
        <Cell
          title="维修资金"
          description="目前余额、每次使用及批准它的业主共同决定"
          extra="查看"
          clickable
          onClick={() => void Taro.navigateTo({ url: `/disclosure/pages/fund/index?compoundId=${compound.id}` })}
        />
        <Cell
          title="审计报告"
          description="物业费和公共收益的年度审计"
          extra="查看"
          clickable
          onClick={() => void Taro.navigateTo({ url: `/disclosure/pages/audit/index?compoundId=${compound.id}` })}
        />
      </Cell.Group>
      <View className="xq-disclosure__section">
        <Text>晒收支 · 按期公示</Text>
      </View>
      {periods.length === 0 ? (
        <EmptyState
          icon="账"
          title="还没有公示的收支"
          description="物业公示每期的收入和支出后会显示在这里，每一笔都附有明细，可以查看凭证并提出质询。"
          actionText="刷新"
          onAction={() => void reload()}
        />
      ) : (
        periods.map((p) => <PeriodCard key={p.id} period={p} onOpen={openPeriod} />)
      )}
      <View className="xq-disclosure__end" />
    </View>
  );
}
