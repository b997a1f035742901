import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { CompoundListItem, PlaceRef } from '@xiaoqu/shared';
import { EmptyState } from '../EmptyState';
import { PageSkeleton } from '../PageSkeleton';
import { useAsync } from '../../hooks/useAsync';
import { placesApi } from '../../services/clients/places';
import { errorMessage } from '../../services/request';

/** Admins above compounds pick one of theirs: the first 20 by name, narrowed by a search. */
export function CompoundChooser({ within, onPick }: { within: PlaceRef[]; onPick: (c: CompoundListItem) => void }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useAsync(async () => {
    const lists = await Promise.all(within.map((place) => placesApi.searchCompounds(q.trim(), place.id)));
    const seen = new Set<number>();
    return lists.flat().filter((c) => !seen.has(c.id) && seen.add(c.id));
  });
  useEffect(() => void setResults(), [setResults]);
  const list = results.data;
  return (
    <View className="xq-delib__chooser">
      <View className="xq-delib__form-label">
        <Text>选择要查看的小区（{within.map((p) => p.name).join('、')}）</Text>
      </View>
      <View className="xq-delib__search">
        <Input
          className="xq-form-input"
          name="compoundQuery"
          placeholder="输入小区名称查找"
          value={q}
          onChange={setQ}
          onConfirm={() => void setResults()}
          maxLength={50}
        />
        <Button size="large" onClick={() => void setResults()}>
          查找
        </Button>
      </View>
      {results.status === 'error' && (
        <EmptyState
          status="error"
          title="没能加载小区"
          description={`${errorMessage(results.error)}。`}
          actionText="重新加载"
          onAction={() => void setResults()}
        />
      )}
      {!list && results.status === 'loading' && <PageSkeleton />}
      {list && list.length === 0 && (
        <EmptyState title="没有找到小区" description="换个名称再找，或清空名称查看全部。" />
      )}
      {list?.map((c) => (
        <View key={c.id} className="xq-delib__compound" role="button" onClick={() => onPick(c)}>
          <Text className="xq-delib__compound-name">{c.name}</Text>
          <Text className="xq-delib__compound-place">
            {c.streetName} · {c.communityName} ›
          </Text>
        </View>
      ))}
      {list && list.length >= 20 && (
        <View className="xq-delib__form-label">
          <Text>只列出前 20 个，请输入名称查找其他小区</Text>
        </View>
      )}
    </View>
  );
}
