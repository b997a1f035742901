import { Text, View } from '@tarojs/components';
import { formatDateCn, type ProposalTimelineView } from '@xiaoqu/shared';
import { partyPositions } from '../../lib/consultation';
import './index.scss';

/** The four parties of the council, each with its latest position, or saying it has not given one yet. */
export function PartyPositions({ positions }: { positions: ProposalTimelineView['positions'] }) {
  const rows = partyPositions(positions);
  const given = rows.filter((r) => r.text !== null).length;
  return (
    <View className="xq-positions">
      <View className="xq-positions__title">
        <Text>四方意见（{given} / 4 方已表态）</Text>
      </View>
      {rows.map((row) => (
        <View key={row.party} className={`xq-positions__party xq-positions__party--${row.party}`}>
          <View className="xq-positions__head">
            <Text className="xq-positions__label">{row.label}</Text>
            <Text className="xq-positions__date">{row.at ? formatDateCn(row.at) : '尚未表态'}</Text>
          </View>
          {row.text && <Text className="xq-positions__text">{row.text}</Text>}
        </View>
      ))}
    </View>
  );
}
