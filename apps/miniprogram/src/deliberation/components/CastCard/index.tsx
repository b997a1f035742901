import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { BallotReceipt, CastBallotRequest, OwnerVoteView } from '@xiaoqu/shared';
import { proposalsApi } from '../../../services/clients/proposals';
import { createBallotSender } from '../../../services/ballot';
import { toastError, toastSuccess, toastText } from '../../../services/feedback';
import { castConfirm, receiptText } from '../../lib/options';
import { BallotButtons } from '../BallotButtons';
import { OptionButtons } from '../OptionButtons';

const sendBallot = createBallotSender(proposalsApi.castBallot);

/**
 * The owner's ballot: agree / disagree / abstain, or one button per option and 弃权; a confirm dialog naming what
 * is chosen, then the receipt code (which never shows the choice to anyone else).
 */
export function CastCard({
  vote,
  onCast,
  send = sendBallot,
}: {
  vote: Pick<OwnerVoteView, 'id' | 'status' | 'kind' | 'options'>;
  onCast: () => void;
  send?: (voteId: number, ballot: CastBallotRequest) => Promise<BallotReceipt>;
}) {
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<BallotReceipt | null>(null);

  async function choose(ballot: CastBallotRequest) {
    const sure = await Taro.showModal({
      ...castConfirm(ballot, vote.options),
      confirmText: '确认投票',
      cancelText: '再想想',
    });
    if (!sure.confirm) return;
    setBusy(true);
    try {
      setReceipt(await send(vote.id, ballot));
      toastSuccess('投票成功');
      onCast();
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }

  const closed = vote.status !== 'open';
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>我的表决</Text>
      </View>
      {receipt && (
        <View className="xq-proposal__receipt">
          <Text className="xq-proposal__receipt-label">{receiptText(receipt, vote.options)} · 回执码</Text>
          <Text className="xq-proposal__receipt-code" userSelect>
            {receipt.receiptCode}
          </Text>
          <Button
            size="large"
            onClick={() => void Taro.setClipboardData({ data: receipt.receiptCode }).catch(() => toastText('复制失败'))}
          >
            复制回执码
          </Button>
          <Text className="xq-proposal__receipt-hint">
            可用回执码核验是否计入；请自行保存，回执码不会显示您的选择。
          </Text>
        </View>
      )}
      {vote.kind === 'choice' ? (
        <OptionButtons options={vote.options} closed={closed} busy={busy} onChoose={(b) => void choose(b)} />
      ) : (
        <BallotButtons closed={closed} busy={busy} onChoose={(choice) => void choose({ choice })} />
      )}
    </View>
  );
}
