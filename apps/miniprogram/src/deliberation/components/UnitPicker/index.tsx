import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { BuildingView, UnitView } from '@xiaoqu/shared';
import { useAsync } from '../../../hooks/useAsync';
import { placesApi } from '../../../services/clients/places';
import { toastError } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';
import { unitLabel } from '../../lib/objection';
import './index.scss';

/** Building, then unit, of the compound (units load by cursor); the picked unit with 重选. */
export function UnitPicker({ compoundId, onPick }: { compoundId: number; onPick: (unit: UnitView | null) => void }) {
  const [buildings, loadBuildings] = useAsync(() => placesApi.buildings(compoundId));
  useEffect(() => void loadBuildings(), [loadBuildings]);
  const [building, setBuilding] = useState<BuildingView | null>(null);
  const [units, setUnits] = useState<UnitView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [unit, setUnit] = useState<UnitView | null>(null);
  const [loading, setLoading] = useState(false);

  async function loadUnits(b: BuildingView, after: string | null) {
    setLoading(true);
    try {
      const page = await placesApi.units(compoundId, b.id, after);
      setUnits((prev) => (after ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (error) {
      toastError(error);
    } finally {
      setLoading(false);
    }
  }

  if (unit) {
    return (
      <View className="xq-ballots__picked">
        <Text>✓ {unitLabel(unit)}</Text>
        <Text
          className="xq-ballots__link"
          onClick={() => {
            setUnit(null);
            onPick(null);
          }}
        >
          重选
        </Text>
      </View>
    );
  }
  return (
    <View>
      <View className="xq-ballots__chips">
        {(buildings.data ?? []).map((b) => (
          <Button
            key={b.id}
            size="large"
            type={building?.id === b.id ? 'primary' : 'default'}
            onClick={() => {
              setBuilding(b);
              void loadUnits(b, null);
            }}
          >
            {b.name}
          </Button>
        ))}
        {buildings.status === 'error' && <Text>{errorMessage(buildings.error)}</Text>}
      </View>
      {building && (
        <View className="xq-ballots__chips">
          {units.map((u) => (
            <Button
              key={u.id}
              size="large"
              onClick={() => {
                setUnit(u);
                onPick(u);
              }}
            >
              {`${u.entrance} ${u.room}`.trim()}
            </Button>
          ))}
          {cursor && (
            <Button size="large" loading={loading} onClick={() => void loadUnits(building, cursor)}>
              更多房屋
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
