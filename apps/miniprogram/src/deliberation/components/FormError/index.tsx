import { Text, View } from '@tarojs/components';

/** What is wrong with the form, in words (not colour alone), above its submit button; nothing when all is well. */
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <View className="xq-proposal__error" role="alert">
      <Text>⚠ {error}</Text>
    </View>
  );
}
