import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ResidentPollView } from '@xiaoqu/shared';
import { deliberationApi } from '../../../services/clients/deliberation';
import { toastError, toastSuccess } from '../../../services/feedback';

/** A proposal goes to an owner vote or to a resident poll, never both: with a poll, organisers can only close it. */
export function PollOrganiserCard({ poll, onChanged }: { poll: ResidentPollView | null; onChanged: () => void }) {
  const [closing, setClosing] = useState(false);
  if (!poll || poll.status === 'closed') return null;
  const open = poll;
  async function close() {
    const sure = await Taro.showModal({
      title: '结束居民意见征询？',
      content: '结束后居民不能再发表意见，结果按目前的统计公布（仅供参考，不是业主共同决定）。',
      confirmText: '结束征询',
      cancelText: '再等等',
    });
    if (!sure.confirm) return;
    setClosing(true);
    try {
      await deliberationApi.closePoll(open.id);
      toastSuccess('征询已结束');
      onChanged();
    } catch (error) {
      toastError(error);
    } finally {
      setClosing(false);
    }
  }
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>组织征询（业委会、社区）</Text>
      </View>
      <Button type="danger" size="large" loading={closing} disabled={closing} onClick={() => void close()}>
        结束居民意见征询
      </Button>
    </View>
  );
}
