import { Text, View } from '@tarojs/components';
import { groupThousands, type VerifyResult } from '@xiaoqu/shared';
import './index.scss';

/** Whether the compound's chain of publications still holds: a calm badge when it does, a plain warning if not. */
export function VerifyBadge({ result }: { result: VerifyResult | null }) {
  if (!result) {
    return (
      <View className="xq-verify xq-verify--unknown">
        <Text>暂时无法核验公示是否被改动，请稍后下拉刷新。</Text>
      </View>
    );
  }
  if (result.ok) {
    return (
      <View className="xq-verify xq-verify--ok" role="status">
        <Text className="xq-verify__mark">✓ 已核验 未被篡改</Text>
        <Text className="xq-verify__note">
          {result.checked > 0
            ? `已逐条核对全部 ${groupThousands(result.checked)} 次公示，发布后都没有被改动过。`
            : '还没有公示可以核验。'}
        </Text>
      </View>
    );
  }
  const at = result.brokenAt;
  return (
    <View className="xq-verify xq-verify--broken" role="alert">
      <Text className="xq-verify__mark">⚠ 核验未通过</Text>
      <Text className="xq-verify__note">
        {at ? `第 ${at.seq} 次公示在发布后与当时的记录不一致（${at.reason}）。` : '公示记录与发布时不一致。'}
        请联系社区或业委会核实，以原始凭证为准。
      </Text>
    </View>
  );
}
