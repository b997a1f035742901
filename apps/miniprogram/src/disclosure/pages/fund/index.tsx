import { useMemo } from 'react';
import Taro, { useLoad, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { disclosureApi } from '../../../services/clients/disclosure';
import { FundView } from '../../components/FundView';
import { CareMeta } from '../../../components/CareMeta';

export default function FundPage() {
  const router = useRouter();
  const compoundId = Number(router.params.compoundId);
  const load = useMemo(() => () => disclosureApi.maintenanceFund(compoundId), [compoundId]);
  const [state, reload] = useAsync(load);
  useLoad(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载维修资金" onRetry={reload} />
      </>
    );
  return (
    <View className="xq-page">
      <CareMeta />
      <FundView fund={state.data} />
      <View style={{ height: '64px' }} />
    </View>
  );
}
