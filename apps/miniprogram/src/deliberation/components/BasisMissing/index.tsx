import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ProposalView } from '@xiaoqu/shared';
import { basisPageUrl } from '../OpenVoteForm';

/**
 * Without a recorded basis a compound cannot vote here (VOTE_BASIS_MISSING): say why, and offer to record it or
 * to import a result held on the provincial system.
 */
export function BasisMissing({ proposal, canImport }: { proposal: ProposalView; canImport: boolean }) {
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>发起业主表决</Text>
      </View>
      <View className="xq-proposal__fact">
        <Text>
          在本平台表决，须以本小区管理规约或议事规则中允许电子表决的条款为依据。本小区还没有记录这样的依据，所以暂时不能在这里发起表决。
        </Text>
        <Text className="xq-proposal__fact-note">
          请先记录依据（条款原文和规约文件）；或者在四川省业主电子投票系统表决，结束后把官方结果导入这里公示。
        </Text>
      </View>
      <Button
        type="primary"
        size="xlarge"
        block
        onClick={() => void Taro.navigateTo({ url: basisPageUrl(proposal.compoundId) })}
      >
        记录依据
      </Button>
      {canImport && (
        <View className="xq-proposal__actions">
          <Button
            size="large"
            onClick={() => void Taro.navigateTo({ url: `/deliberation/pages/official/index?id=${proposal.id}` })}
          >
            导入官方系统结果
          </Button>
        </View>
      )}
    </View>
  );
}
