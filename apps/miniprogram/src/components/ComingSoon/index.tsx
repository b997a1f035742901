import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ComingSoonProps {
  /** The feature in a few words, e.g. 晒服务、晒收支. */
  feature: string;
  /** What residents will be able to do with it. */
  description: string;
}

/** A tab whose feature is not built yet: says so plainly and shows no invented data. */
export function ComingSoon({ feature, description }: ComingSoonProps) {
  return (
    <View className="xq-coming-soon">
      <View className="xq-coming-soon__badge">
        <Text>建设中</Text>
      </View>
      <View className="xq-coming-soon__title">
        <Text>{feature}即将上线</Text>
      </View>
      <View className="xq-coming-soon__description">
        <Text>{description}</Text>
      </View>
      <View className="xq-coming-soon__note">
        <Text>上线前这里不会展示任何数据。</Text>
      </View>
    </View>
  );
}
