import { Text, View } from '@tarojs/components';
import { formatDateCn, type ReceiptCheck } from '@xiaoqu/shared';

/** What a receipt check found, in words: counted, superseded by a later ballot, or not found. */
export function receiptVerdict(check: ReceiptCheck): { title: string; detail: string } {
  if (!check.found) return { title: '未找到', detail: '这个回执码不属于本次表决，请核对后重新输入。' };
  const when = check.castAt ? `投票于 ${formatDateCn(check.castAt)}，` : '';
  if (check.counted) return { title: '已计入', detail: `${when}这张选票已计入统计。` };
  return { title: '已被更新的选票取代', detail: `${when}同一业主之后又投了票，统计以最后一次为准。` };
}

export function ReceiptResult({ check }: { check: ReceiptCheck }) {
  const verdict = receiptVerdict(check);
  return (
    <View className="xq-receipt-result" role="status">
      <Text className="xq-receipt-result__title">{verdict.title}</Text>
      <Text className="xq-receipt-result__detail">{verdict.detail}</Text>
    </View>
  );
}
