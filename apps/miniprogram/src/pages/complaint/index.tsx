import { View } from '@tarojs/components';
import { ComingSoon } from '../../components/ComingSoon';

export default function ComplaintPage() {
  return (
    <View className="xq-page">
      <ComingSoon
        feature="诉求办理"
        description="上线后，您可以在这里向网格员或物业提出诉求，查看办理进度，办结后评价结果。"
      />
    </View>
  );
}
