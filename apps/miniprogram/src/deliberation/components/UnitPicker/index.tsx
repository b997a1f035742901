import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { BuildingView, UnitView } from '@xiaoqu/shared';
import { useAsync } from '../../../hooks/useAsync';
import { placesApi } from '../../../services/clients/places';
import { toastError } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';
import { unitLabel } from '../../lib/objection';
import './index.scss';

/**
 * A unit of the compound: found by building and room (`3栋 502`, as the roster searches), or chosen building, then
 * unit (units load by cursor); the picked unit with 重选.
 */
export function UnitPicker({ compoundId, onPick }: { compoundId: number; onPick: (unit: UnitView | null) => void }) {
  const [buildings, loadBuildings] = useAsync(() => placesApi.buildings(compoundId));
  useEffect(() => void loadBuildings(), [loadBuildings]);
  const [building, setBuilding] = useState<BuildingView | null>(null);
  const [units, setUnits] = useState<UnitView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [unit, setUnit] = useState<UnitView | null>(null);
  const [loading, setLoading] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ q: string; units: UnitView[]; cursor: string | null } | null>(null);

  async function find(after: string | null) {
    const q = query.trim();
    if (!q) {
      setFound(null);
      return;
    }
    setLoading(true);
    try {
      const page = await placesApi.findUnits(compoundId, q, after);
      setFound((prev) => ({
        q,
        units: after && prev ? [...prev.units, ...page.items] : page.items,
        cursor: page.nextCursor,
      }));
    } catch (error) {
      toastError(error);
    } finally {
      setLoading(false);
    }
  }

  const pick = (u: UnitView) => {
    setUnit(u);
    onPick(u);
  };

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
      <View className="xq-ballots__search">
        <Input
          className="xq-form-input xq-ballots__search-input"
          name="unitQuery"
          placeholder="输入楼栋和房号查找，如 3栋 502"
          value={query}
          onChange={setQuery}
          confirmType="search"
          onConfirm={() => void find(null)}
          maxLength={50}
        />
        <Button size="large" loading={loading && !!query.trim()} onClick={() => void find(null)}>
          查找
        </Button>
      </View>
      {found && (
        <View className="xq-ballots__found">
          {found.units.length === 0 ? (
            <Text className="xq-ballots__found-none">没有找到“{found.q}”，请核对楼栋和房号，或在下面逐栋选择。</Text>
          ) : (
            found.units.map((u) => (
              <Button key={u.id} size="large" onClick={() => pick(u)}>
                {unitLabel(u)}
              </Button>
            ))
          )}
          {found.cursor && (
            <Button size="large" loading={loading} onClick={() => void find(found.cursor)}>
              更多结果
            </Button>
          )}
        </View>
      )}
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
            <Button key={u.id} size="large" onClick={() => pick(u)}>
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
