import { Text, View } from '@tarojs/components';
import { formatDateCn, type BallotRecordView } from '@xiaoqu/shared';
import { METHOD_LABELS } from '../../lib/vote';
import { choiceLine, type VoteShape } from '../../lib/ballot-record';

/** One ballot of the record: how and for which units it was made, whether it counts, and who entered it. */
export function BallotRecordRow({ record, vote }: { record: BallotRecordView; vote: VoteShape }) {
  return (
    <View className="xq-ballots__record">
      <View className="xq-ballots__record-head">
        <Text>
          {METHOD_LABELS[record.method]} · {record.units.join('、')}
        </Text>
        <Text className={record.counted ? 'xq-ballots__counted' : 'xq-ballots__superseded'}>
          {record.counted ? '计入' : '已被取代'}
        </Text>
      </View>
      <Text className="xq-ballots__record-line">
        {choiceLine(record, vote)}
        作出于 {formatDateCn(record.madeAt)}
        {record.correctsBallotId ? ` · 更正第 ${record.correctsBallotId} 号选票` : ''}
      </Text>
      <Text className="xq-ballots__record-line">
        录入：{record.enteredBy}（{formatDateCn(record.enteredAt)}）
        {record.proxyName ? ` · 受托人 ${record.proxyName}` : ''}
      </Text>
    </View>
  );
}
