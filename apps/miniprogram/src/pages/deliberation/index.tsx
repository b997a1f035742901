import { View } from '@tarojs/components';
import { ComingSoon } from '../../components/ComingSoon';

export default function DeliberationPage() {
  return (
    <View className="xq-page">
      <ComingSoon
        feature="四方议事"
        description="议题从提出、四方协商、业主表决到结果公示和落实跟踪，每一步都将在这里向本小区居民公开。"
      />
    </View>
  );
}
