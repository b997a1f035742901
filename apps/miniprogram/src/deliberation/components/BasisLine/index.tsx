import { Text, View } from '@tarojs/components';
import type { VoteBasisView } from '@xiaoqu/shared';
import { attachmentLabel, openAttachment } from '../../../services/attachments';
import { basisText, objectionDaysText } from '../../lib/notice';

/** The compound's rule that allows voting here, with its document: what a vote here rests on. */
export function BasisLine({ basis, label = '表决依据' }: { basis: VoteBasisView; label?: string }) {
  const { document } = basis;
  return (
    <View className="xq-proposal__fact xq-basis-line">
      <Text className="xq-proposal__fact-label">{label}</Text>
      <Text>{basisText(basis)}</Text>
      <Text className="xq-proposal__fact-note">{objectionDaysText(basis.objectionDays)}</Text>
      {document && (
        <Text className="xq-attachments-button" onClick={() => void openAttachment(document)}>
          {attachmentLabel(document)} ›
        </Text>
      )}
    </View>
  );
}
