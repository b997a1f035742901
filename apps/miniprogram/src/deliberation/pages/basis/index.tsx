import { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { VoteBasisView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { deliberationApi } from '../../../services/clients/deliberation';
import { deliberationRoles } from '../../../services/places';
import { BasisForm } from '../../components/BasisForm';
import { BasisLine } from '../../components/BasisLine';
import { formatDateTimeCn } from '../../lib/consultation';
import { roleText } from '../../lib/notice';
import { CareMeta } from '../../../components/CareMeta';
import '../proposal/index.scss';

async function loadBasis(compoundId: number): Promise<{ basis: VoteBasisView | null; organiser: boolean }> {
  const [me, basis] = await Promise.all([accountApi.me(), deliberationApi.voteBasis(compoundId)]);
  return { basis, organiser: deliberationRoles(me, compoundId).organiser };
}

/**
 * The compound's basis for owner votes here (DESIGN.md: a compound votes here only on a recorded basis in its
 * 管理规约/议事规则): what is recorded now, and for organisers the form to record it or a newer one.
 */
export default function BasisPage() {
  const { params } = useRouter();
  const compoundId = Number(params.compoundId);
  const [state, reload] = useAsync(() => loadBasis(compoundId));
  useDidShow(() => void reload());

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载表决依据" onRetry={reload} />
      </>
    );

  const { basis, organiser } = state.data;
  return (
    <View className="xq-page xq-proposal">
      <CareMeta />
      <View className="xq-proposal__head">
        <Text className="xq-proposal__title">本平台表决的依据</Text>
        <Text className="xq-proposal__body">
          在本平台进行的业主表决，须以本小区管理规约或议事规则中允许电子表决的条款为依据；没有记录依据的小区不能在这里发起表决，可在四川省业主电子投票系统表决后导入结果。
        </Text>
      </View>
      {basis ? (
        <View className="xq-proposal__card">
          <View className="xq-proposal__card-title">
            <Text>现行依据</Text>
          </View>
          <BasisLine basis={basis} />
          <Text className="xq-proposal__hash">
            {roleText(basis.recordedByRole)}记录于 {formatDateTimeCn(basis.recordedAt)}
          </Text>
        </View>
      ) : (
        <EmptyState
          icon="规"
          title="还没有记录依据"
          description={
            organiser
              ? '请在下方填写条款原文并上传规约或规则文件。'
              : '业委会或社区记录依据后，才能在本平台发起业主表决。'
          }
        />
      )}
      {organiser && <BasisForm compoundId={compoundId} current={basis} onSaved={() => void reload()} />}
      <View className="xq-proposal__end" />
    </View>
  );
}
