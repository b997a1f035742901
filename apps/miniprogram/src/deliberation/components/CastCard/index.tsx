import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { BallotReceipt, CastBallotRequest, OwnerVoteView } from '@xiaoqu/shared';
import { proposalsApi } from '../../../services/clients/proposals';
import { createBallotSender } from '../../../services/ballot';
import { saveCardImage } from '../../lib/save-image';
import { toastError, toastSuccess, toastText } from '../../../services/feedback';
import { PrivacyPopup } from '../../../components/PrivacyPopup';
import { castConfirm, receiptText } from '../../lib/options';
import { groupCode, receiptCardDrawing, receiptFileStem } from '../../lib/receipt-card';
import { BallotButtons } from '../BallotButtons';
import { OptionButtons } from '../OptionButtons';

const sendBallot = createBallotSender(proposalsApi.castBallot);
const SAVED_WHERE = process.env.TARO_ENV === 'weapp' ? '保存的图片在手机相册里。' : '保存的图片在浏览器的“下载”里。';

/** The receipt after casting: the code in groups, copied as it is or saved as an image (album / download). */
function Receipt({ receipt, title, choice }: { receipt: BallotReceipt; title: string; choice: string }) {
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const { receiptCode, castAt } = receipt;
      await saveCardImage(receiptCardDrawing({ title, receiptCode, castAt }), receiptFileStem(title));
    } finally {
      setSaving(false);
    }
  };
  return (
    <View className="xq-proposal__receipt">
      <Text className="xq-proposal__receipt-label">{choice} · 回执码</Text>
      <Text className="xq-proposal__receipt-code" userSelect aria-label={`回执码 ${receipt.receiptCode}`}>
        {groupCode(receipt.receiptCode).join(' ')}
      </Text>
      <View className="xq-proposal__receipt-actions">
        <Button size="large" type="primary" loading={saving} disabled={saving} onClick={() => void save()}>
          保存为图片
        </Button>
        <Button
          size="large"
          onClick={() => void Taro.setClipboardData({ data: receipt.receiptCode }).catch(() => toastText('复制失败'))}
        >
          复制回执码
        </Button>
      </View>
      <Text className="xq-proposal__receipt-hint">可用回执码核验是否计入；回执码不会显示您的选择。{SAVED_WHERE}</Text>
      <PrivacyPopup purpose="把回执保存到相册" />
    </View>
  );
}

/**
 * The owner's ballot: agree / disagree / abstain, or one button per option and 弃权; a confirm dialog naming what
 * is chosen, then the receipt code (which never shows the choice to anyone else).
 */
export function CastCard({
  vote,
  title,
  onCast,
  send = sendBallot,
}: {
  vote: Pick<OwnerVoteView, 'id' | 'status' | 'kind' | 'options'>;
  /** The proposal's title, printed on the receipt image. */
  title: string;
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
      {receipt && <Receipt receipt={receipt} title={title} choice={receiptText(receipt, vote.options)} />}
      {vote.kind === 'choice' ? (
        <OptionButtons options={vote.options} closed={closed} busy={busy} onChoose={(b) => void choose(b)} />
      ) : (
        <BallotButtons closed={closed} busy={busy} onChoose={(choice) => void choose({ choice })} />
      )}
    </View>
  );
}
