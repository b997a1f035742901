import { useMemo } from 'react';
import Taro, { useLoad, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { api } from '../../../services/api';
import { errorMessage } from '../../../services/request';
import { FundView } from '../../components/FundView';

export default function FundPage() {
  const router = useRouter();
  const compoundId = Number(router.params.compoundId);
  const load = useMemo(() => () => api.maintenanceFund(compoundId), [compoundId]);
  const [state, reload] = useAsync(load);
  useLoad(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data) {
    return (
      <View className="xq-page">
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载维修资金"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void reload()}
          />
        ) : (
          <PageSkeleton />
        )}
      </View>
    );
  }
  return (
    <View className="xq-page">
      <FundView fund={state.data} />
      <View style={{ height: '64px' }} />
    </View>
  );
}
