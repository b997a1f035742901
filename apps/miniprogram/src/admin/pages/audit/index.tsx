import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { AuditPage, RoleGrantView } from '@xiaoqu/shared';
import { PlaceChips } from '../../components/PlaceChips';
import { EmptyState } from '../../../components/EmptyState';
import { LoadMore } from '../../../components/LoadMore';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { useMore } from '../../../hooks/useMore';
import { accountApi } from '../../../services/clients/account';
import { auditLine, type AuditLine } from '../../../services/audit';
import { auditApi } from '../../../services/clients/audit';
import { adminGrants } from '../../../services/places';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

interface AuditHome {
  grants: RoleGrantView[];
  grant: RoleGrantView | null;
  first: AuditPage | null;
}

function EntryCard({ line, onPerson }: { line: AuditLine; onPerson: () => void }) {
  return (
    <View className="xq-audit__entry">
      <View className="xq-audit__head">
        <Text className="xq-audit__what">{line.what}</Text>
        <Text className="xq-audit__when">{line.when}</Text>
      </View>
      <View className="xq-audit__who" onClick={onPerson}>
        <Text>{line.who}</Text>
        <Tag background="#eef3fb" color="#1d4f91" className="xq-tag">
          {line.role}
        </Tag>
        <Text className="xq-audit__where">{line.where}</Text>
      </View>
      <Text className="xq-audit__detail">{line.detail}</Text>
    </View>
  );
}

/** Community and street admins: every write by staff and admins in their places, newest first. */
export default function AuditLogPage() {
  const [placeId, setPlaceId] = useState<number | null>(null);
  const [person, setPerson] = useState<{ id: number; name: string } | null>(null);
  const [state, reload] = useAsync(async (): Promise<AuditHome> => {
    const grants = adminGrants(await accountApi.me());
    const grant = grants.find((g) => g.place.id === placeId) ?? grants[0] ?? null;
    if (!grant) return { grants, grant, first: null };
    return { grants, grant, first: await auditApi.page(grant.place.id, { personId: person?.id }) };
  });
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  // Another place or person loads again (the first load is useDidShow's).
  const firstFilter = useRef(true);
  useEffect(() => {
    if (firstFilter.current) {
      firstFilter.current = false;
      return;
    }
    void reload();
  }, [placeId, person, reload]);

  const grantId = state.data?.grant?.place.id;
  const more = useMore(state.data?.first ?? null, (cursor) =>
    auditApi.page(grantId as number, { personId: person?.id, cursor }),
  );

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载操作记录" onRetry={reload} />
      </>
    );
  const { grants, grant } = state.data;
  if (!grant) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="记"
          title="只有社区和街道管理员能看操作记录"
          description="操作记录记下工作人员和管理员在本辖区的每一次修改。"
        />
      </View>
    );
  }

  return (
    <View className="xq-page xq-audit">
      <CareMeta />
      <PlaceChips grants={grants} value={grant.place.id} onChange={setPlaceId} />
      <View className="xq-audit__title">
        <Text>{grant.place.name} · 工作人员和管理员的操作</Text>
      </View>
      {person && (
        <View className="xq-audit__filter">
          <Text>只看：{person.name}</Text>
          <Button size="small" fill="outline" onClick={() => setPerson(null)}>
            看全部
          </Button>
        </View>
      )}
      {more.items.length === 0 ? (
        <EmptyState
          icon="记"
          title="还没有操作记录"
          description="物业、网格员、业委会和管理员在这里做的每一次修改都会记在这里。"
        />
      ) : (
        more.items.map((entry) => {
          const line = auditLine(entry);
          return (
            <EntryCard key={line.key} line={line} onPerson={() => setPerson({ id: entry.personId, name: line.who })} />
          );
        })
      )}
      {more.hasMore && <LoadMore loading={more.loading} onLoad={more.loadMore} />}
    </View>
  );
}
