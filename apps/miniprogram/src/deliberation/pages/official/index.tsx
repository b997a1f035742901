import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ProposalView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { StageTag } from '../../../components/StatusTag';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { proposalsApi } from '../../../services/clients/proposals';
import { deliberationRoles } from '../../../services/places';
import { importable } from '../../lib/official';
import { OfficialForm } from '../../components/OfficialForm';
import { CareMeta } from '../../../components/CareMeta';
import '../proposal/index.scss';
import './index.scss';

async function loadOfficial(id: number): Promise<{ proposal: ProposalView; organiser: boolean }> {
  const [proposal, me] = await Promise.all([proposalsApi.proposal(id), accountApi.me()]);
  return { proposal, organiser: deliberationRoles(me, proposal.compoundId).organiser };
}

export default function OfficialResultPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const [state, reload] = useAsync(() => loadOfficial(id));
  useDidShow(() => void reload());

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载议题" onRetry={reload} />
      </>
    );

  const { proposal, organiser } = state.data;
  const refusal = !organiser
    ? '只有本小区的业委会成员和社区管理员可以导入官方表决结果。'
    : !importable(proposal)
      ? '这个议题已经发起了表决或居民意见征询，或已不在协商阶段，不能再导入官方结果。'
      : null;
  return (
    <View className="xq-page xq-proposal xq-official">
      <CareMeta />
      <View className="xq-proposal__head">
        <View className="xq-proposal__title-row">
          <Text className="xq-proposal__title">{proposal.title}</Text>
          <StageTag proposal={proposal} />
        </View>
      </View>
      {refusal ? (
        <EmptyState
          title="不能导入"
          description={refusal}
          actionText="返回议题"
          onAction={() => void Taro.navigateBack()}
        />
      ) : (
        <OfficialForm proposal={proposal} />
      )}
      <View className="xq-proposal__end" />
    </View>
  );
}
