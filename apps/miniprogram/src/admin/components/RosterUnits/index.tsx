import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, Input } from '@nutui/nutui-react-taro';
import { formatArea, type RosterOwnerView, type RosterUnitView } from '@xiaoqu/shared';

/** `129.65 m²` that never breaks between the number and its unit. */
const areaNoBreak = (centiM2: number) => formatArea(centiM2).replace(' ', '\u00a0');
import { unitLabel } from '../../../components/ClaimList';
import { rosterApi } from '../../../services/clients/roster';
import { toastError } from '../../../services/feedback';
import { ownerLine, revealable, rosterSearch } from '../../lib/roster-owner';

type Roster = { items: RosterUnitView[]; nextCursor: string | null };

/**
 * Step 3 of the roster import: the compound's units a page at a time, owners masked, found by building and room.
 * A community admin reveals one row's owner with 查看 (the API audits each reveal). Reloads when `version` changes.
 */
export function RosterUnits({
  compoundId,
  version,
  canReveal,
}: {
  compoundId: number;
  version: number;
  canReveal: boolean;
}) {
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState<string | undefined>(undefined);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [loading, setLoading] = useState(false);
  const [revealed, setRevealed] = useState<Record<number, RosterOwnerView>>({});
  const [revealing, setRevealing] = useState<number | null>(null);

  async function load(cursor: string | null, q = searched) {
    setLoading(true);
    try {
      const page = await rosterApi.roster(compoundId, cursor, q);
      setRoster((prev) => ({
        items: cursor && prev ? [...prev.items, ...page.items] : page.items,
        nextCursor: page.nextCursor,
      }));
    } catch (error) {
      toastError(error);
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    setRoster(null);
    setRevealed({});
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new compound or import reloads, with the same search
  }, [compoundId, version]);

  function search() {
    const q = rosterSearch(query);
    setSearched(q);
    setRoster(null);
    void load(null, q);
  }

  async function reveal(unitId: number) {
    setRevealing(unitId);
    try {
      const owner = await rosterApi.revealOwner(compoundId, unitId);
      setRevealed((prev) => ({ ...prev, [unitId]: owner }));
    } catch (error) {
      toastError(error);
    } finally {
      setRevealing(null);
    }
  }

  return (
    <>
      <View className="xq-roster__section">
        <View className="xq-roster__label">
          <Text>3. 花名册{roster ? `（已显示 ${roster.items.length} 户）` : ''}</Text>
        </View>
        <View className="xq-roster__search">
          <Input
            name="rosterQuery"
            placeholder="按楼栋、房号查找，如 3栋 502"
            value={query}
            onChange={setQuery}
            confirmType="search"
            onConfirm={search}
          />
          <Button type="primary" loading={loading && roster === null} onClick={search}>
            查找
          </Button>
        </View>
        <View className="xq-roster__hint">
          <Text>
            业主姓名和电话已隐去部分。{canReveal ? '点“查看”显示一户的完整信息，每次查看都会记入操作日志。' : ''}
          </Text>
        </View>
      </View>
      <Cell.Group>
        {roster === null && <Cell title={loading ? '正在加载…' : '还没有加载'} />}
        {roster !== null && roster.items.length === 0 && (
          <Cell
            title={searched ? `没有找到“${searched}”` : '这个小区还没有花名册'}
            description={searched ? '请核对楼栋和房号，如 3栋 502。' : '上传文件后，房屋会显示在这里。'}
          />
        )}
        {roster?.items.map((unit) => (
          <Cell
            key={unit.id}
            title={`${unitLabel(unit)} · ${areaNoBreak(unit.areaCentiM2)}`}
            description={ownerLine(unit, revealed[unit.id])}
            extra={
              canReveal && revealable(unit, revealed[unit.id]) ? (
                <Button
                  className="xq-roster__reveal"
                  aria-label={`查看 ${unitLabel(unit)} 的业主姓名和电话`}
                  loading={revealing === unit.id}
                  disabled={revealing !== null}
                  onClick={() => void reveal(unit.id)}
                >
                  查看
                </Button>
              ) : undefined
            }
          />
        ))}
      </Cell.Group>
      {roster?.nextCursor && (
        <View className="xq-roster__more">
          <Button block loading={loading} onClick={() => void load(roster.nextCursor)}>
            加载更多
          </Button>
        </View>
      )}
    </>
  );
}
