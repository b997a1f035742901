import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ProposalView } from '@xiaoqu/shared';
import { DateField, dayText } from '../../../components/DateField';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { deliberationApi } from '../../../services/clients/deliberation';
import { FormError } from '../FormError';
import { closesAtOf, earliestCloseDay } from '../../lib/vote';

export function PollForm({ proposal }: { proposal: ProposalView }) {
  const [day, setDay] = useState(earliestCloseDay);
  const { saving, error, submit } = useConfirmedSubmit({
    check: () => {
      const closesAt = closesAtOf(day);
      return !closesAt || day < earliestCloseDay()
        ? { request: null, error: `截止日期最早为 ${dayText(earliestCloseDay())}，请重新选择` }
        : { request: { closesAt }, error: null };
    },
    confirm: () => ({
      title: '发起居民意见征询？',
      content: '每位居民一票，以简单多数计，结果仅供参考，不是业主共同决定。发起后这个议题不能再发起业主表决。',
      confirmText: '发起',
      cancelText: '再看看',
    }),
    send: (request) => deliberationApi.openPoll(proposal.id, request),
    success: '征询已开始',
    onDone: (poll) =>
      Taro.redirectTo({ url: `/deliberation/pages/proposal/index?id=${proposal.id}&pollId=${poll.id}` }),
  });

  return (
    <View className="xq-proposal__card xq-record__poll">
      <View className="xq-proposal__card-title">
        <Text>或：发起居民意见征询</Text>
      </View>
      <View className="xq-proposal__note">
        <Text>不属于业主共同决定的事项，可以征询全体居民的意见：每人一票，简单多数，仅供参考。</Text>
      </View>
      <View className="xq-proposal__fact-label">
        <Text>截止日期（当天 24 点结束）</Text>
      </View>
      <DateField name="pollClosesOn" value={day} onChange={setDay} start={earliestCloseDay()} />
      <FormError error={error} />
      <Button size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        发起居民意见征询
      </Button>
    </View>
  );
}
