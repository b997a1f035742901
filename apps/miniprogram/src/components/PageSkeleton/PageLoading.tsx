import { CareMeta } from '../CareMeta';
import { View } from '@tarojs/components';
import type { AsyncState } from '../../hooks/useAsync';
import { errorMessage } from '../../services/request';
import { EmptyState } from '../EmptyState';
import { PageSkeleton } from './index';

/**
 * A page before its first data: grey lines while it loads, or what went wrong (`failed`, then the reason) with a
 * button to try again.
 */
export function PageLoading({
  state,
  failed,
  onRetry,
}: {
  state: AsyncState<unknown>;
  failed: string;
  onRetry: () => unknown;
}) {
  return (
    <View className="xq-page">
      <CareMeta />
      {state.status === 'error' ? (
        <EmptyState
          status="error"
          title={failed}
          description={`${errorMessage(state.error)}。`}
          actionText="重新加载"
          onAction={() => void onRetry()}
        />
      ) : (
        <PageSkeleton />
      )}
    </View>
  );
}
