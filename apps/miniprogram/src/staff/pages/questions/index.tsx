import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OpenQuestionView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { disclosureApi } from '../../../services/clients/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { OpenQuestionCard } from '../../components/OpenQuestionCard';
import { staffCompound, type StaffCompound } from '../../lib/compound';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

async function loadOpenQuestions(): Promise<{ staff: StaffCompound | null; questions: OpenQuestionView[] }> {
  const staff = await staffCompound();
  if (!staff) return { staff: null, questions: [] };
  return { staff, questions: await disclosureApi.openQuestions(staff.compound.id) };
}

/** The compound's questions still waiting for the property company, the longest waiting first. */
export default function OpenQuestionsPage() {
  const [state, reload] = useAsync(loadOpenQuestions);
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载质询" onRetry={reload} />
      </>
    );
  const { staff, questions } = state.data;
  if (!staff) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="问"
          title="您没有小区的公示权限"
          description="物业服务人员、业委会成员和监察人由社区在小区上授予身份后，才能在这里查看居民的质询。"
        />
      </View>
    );
  }
  const canAnswer = staff.roles.includes('property_staff');

  async function answer(q: OpenQuestionView, text: string): Promise<boolean> {
    try {
      await disclosureApi.answerQuestion(q.id, { text });
      toastSuccess('已答复');
      await reload();
      return true;
    } catch (error) {
      toastError(error);
      return false;
    }
  }

  return (
    <View className="xq-page xq-open-questions">
      <CareMeta />
      <View className="xq-open-questions__head">
        <Text className="xq-open-questions__title">
          {staff.compound.name} · {questions.length} 条待答复
        </Text>
        <Text className="xq-open-questions__sub">
          {canAnswer
            ? '等得最久的在最上面。答复对本小区居民公开，提问的居民会收到通知。'
            : '物业答复后会从这里消失。等待超过 7 天的以红色「待答复」标出。'}
        </Text>
      </View>
      {questions.length === 0 ? (
        <EmptyState
          icon="问"
          title="没有待答复的质询"
          description="居民对公示明细提出的质询会出现在这里，直到物业公开答复。"
          actionText="刷新"
          onAction={() => void reload()}
        />
      ) : (
        questions.map((q) => (
          <OpenQuestionCard
            key={q.id}
            question={q}
            canAnswer={canAnswer}
            onAnswer={(text) => answer(q, text)}
            onOpenPeriod={(id) => void Taro.navigateTo({ url: `/staff/pages/period/index?id=${id}` })}
          />
        ))
      )}
      <View className="xq-open-questions__end" />
    </View>
  );
}
