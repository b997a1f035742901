import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { proposalsApi } from '../../../services/clients/proposals';
import { errorMessage } from '../../../services/request';
import type { VoteShape } from '../../lib/ballot-record';
import { PaperBallotCard } from '../../components/PaperBallotCard';
import { BallotRecordRow } from '../../components/BallotRecordRow';
import { CareMeta } from '../../../components/CareMeta';
import '../proposal/index.scss';
import './index.scss';

export default function BallotsPage() {
  const { params } = useRouter();
  const voteId = Number(params.voteId);
  const compoundId = Number(params.compoundId);
  const proposalId = Number(params.proposalId);
  const [state, reload] = useAsync(async () => {
    const [records, proposal] = await Promise.all([
      proposalsApi.ballots(voteId),
      proposalId > 0 ? proposalsApi.proposal(proposalId) : null,
    ]);
    const vote: VoteShape = proposal?.vote ?? {
      kind: 'approval',
      options: [],
      status: params.open === '1' ? 'open' : 'closed',
      secret: true,
    };
    return { records, vote };
  });
  const vote = state.data?.vote;
  const records = state.data?.records;
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  return (
    <View className="xq-page xq-ballots">
      <CareMeta />
      {vote?.status === 'open' && (
        <PaperBallotCard voteId={voteId} vote={vote} compoundId={compoundId} onSaved={() => void reload()} />
      )}
      <View className="xq-proposal__card">
        <View className="xq-proposal__card-title">
          <Text>选票记录{records ? `（${records.length}）` : ''}</Text>
        </View>
        {!records || !vote ? (
          state.status === 'error' ? (
            <EmptyState
              status="error"
              title="没能加载选票记录"
              description={`${errorMessage(state.error)}。`}
              actionText="重新加载"
              onAction={() => void reload()}
            />
          ) : (
            <PageSkeleton rows={2} />
          )
        ) : records.length === 0 ? (
          <EmptyState icon="票" title="还没有选票" description="业主线上投票或录入纸质票后会显示在这里。" />
        ) : (
          records.map((r) => <BallotRecordRow key={r.id} record={r} vote={vote} />)
        )}
      </View>
    </View>
  );
}
