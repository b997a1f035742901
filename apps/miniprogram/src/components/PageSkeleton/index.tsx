import { View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';

/** Grey lines while a page's first data loads. */
export function PageSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <View className="xq-skeleton" aria-busy>
      <Skeleton rows={rows} animated />
      <View style={{ height: '16px' }} />
      <Skeleton rows={rows} animated />
    </View>
  );
}
