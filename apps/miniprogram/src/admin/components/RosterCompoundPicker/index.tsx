import { Text, View } from '@tarojs/components';
import { Button, Cell, Input } from '@nutui/nutui-react-taro';
import type { CompoundListItem } from '@xiaoqu/shared';

/** Step 1 of the roster import: find a compound within the admin's scope and pick it. */
export function RosterCompoundPicker({
  query,
  setQuery,
  searching,
  loadError,
  options,
  find,
  setCompound,
}: {
  query: string;
  setQuery: (query: string) => void;
  searching: boolean;
  loadError: string | null;
  options: CompoundListItem[] | null;
  find: (q: string) => Promise<void>;
  setCompound: (compound: CompoundListItem) => void;
}) {
  return (
    <View className="xq-roster__section">
      <View className="xq-roster__label">
        <Text>1. 选择小区</Text>
      </View>
      <View className="xq-roster__search">
        <Input
          name="compoundQuery"
          placeholder="输入小区名称筛选"
          value={query}
          onChange={setQuery}
          confirmType="search"
          onConfirm={() => void find(query.trim())}
        />
        <Button type="primary" loading={searching} onClick={() => void find(query.trim())}>
          搜索
        </Button>
      </View>
      {loadError && (
        <View className="xq-roster__error" role="alert">
          <Text>⚠ {loadError}</Text>
        </View>
      )}
      {options && options.length === 0 && (
        <View className="xq-roster__hint">
          <Text>您管理的范围内没有找到小区，请换个名称再搜。</Text>
        </View>
      )}
      {options && options.length > 0 && (
        <Cell.Group>
          {options.map((c) => (
            <Cell
              key={c.id}
              title={c.name}
              description={`${c.streetName} ${c.communityName}`}
              extra="选择"
              clickable
              onClick={() => setCompound(c)}
            />
          ))}
        </Cell.Group>
      )}
    </View>
  );
}
