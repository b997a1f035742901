import { Text, View } from '@tarojs/components';
import type { BuildingTurnout } from '@xiaoqu/shared';
import { turnoutRows } from '../../lib/charts';
import './index.scss';

/** Turnout per building of the frozen roll: units whose owner has a counted ballot. */
export function TurnoutBars({ buildings, live }: { buildings: BuildingTurnout[]; live: boolean }) {
  const rows = turnoutRows(buildings);
  return (
    <View className="xq-turnout">
      <View className="xq-turnout__title">
        <Text>各楼栋参与情况</Text>
      </View>
      <Text className="xq-turnout__hint">
        {live
          ? '表决进行中，每 30 秒自动更新，也可下拉刷新。只公布参与的户数和面积。'
          : '以下为截止时各楼栋的参与情况。'}
      </Text>
      {rows.length === 0 && <Text className="xq-turnout__hint">表决名单中没有楼栋。</Text>}
      {rows.map((row) => (
        <View key={row.buildingId} className="xq-turnout__row">
          <View className="xq-turnout__head">
            <Text className="xq-turnout__building">{row.building}</Text>
            <Text className="xq-turnout__units">{row.unitsText}</Text>
          </View>
          <View className="xq-turnout__track">
            <View className="xq-turnout__bar" style={{ width: `${row.percent}%` }} />
          </View>
          <Text className="xq-turnout__area">面积 {row.areaText}</Text>
        </View>
      ))}
    </View>
  );
}
