import { View } from '@tarojs/components';
import { ComingSoon } from '../../components/ComingSoon';

export default function DisclosurePage() {
  return (
    <View className="xq-page">
      <ComingSoon
        feature="晒服务、晒收支"
        description="物业服务的内容、标准和收费，以及每期的收入、支出和维修资金，将在这里向本小区居民公开，每一笔都可以查看凭证并提出质询。"
      />
    </View>
  );
}
