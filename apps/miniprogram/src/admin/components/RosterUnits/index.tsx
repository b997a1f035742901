import { View } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import { formatArea, type RosterUnitView } from '@xiaoqu/shared';
import { unitLabel } from '../../../components/ClaimList';

/** Step 3 of the roster import: the compound's units as imported, a page at a time. */
export function RosterUnits({
  roster,
  rosterLoading,
  loadMore,
}: {
  roster: { items: RosterUnitView[]; nextCursor: string | null } | null;
  rosterLoading: boolean;
  loadMore: (cursor: string | null) => void;
}) {
  return (
    <>
      <Cell.Group title={`3. 花名册${roster ? `（已显示 ${roster.items.length} 户）` : ''}`}>
        {roster === null && <Cell title={rosterLoading ? '正在加载…' : '还没有加载'} />}
        {roster !== null && roster.items.length === 0 && (
          <Cell title="这个小区还没有花名册" description="上传文件后，房屋会显示在这里。" />
        )}
        {roster?.items.map((unit) => (
          <Cell
            key={unit.id}
            title={unitLabel(unit)}
            description={unit.developerUnsold ? '开发商未售' : `${unit.ownerName} ${unit.ownerPhone}`}
            extra={formatArea(unit.areaCentiM2)}
          />
        ))}
      </Cell.Group>
      {roster?.nextCursor && (
        <View className="xq-roster__more">
          <Button block loading={rosterLoading} onClick={() => loadMore(roster.nextCursor)}>
            加载更多
          </Button>
        </View>
      )}
    </>
  );
}
