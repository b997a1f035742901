import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { groupThousands, ROLE_LABELS, type CompoundSummary, type RoleGrantView } from '@xiaoqu/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useAsync } from '../../hooks/useAsync';
import { accountApi } from '../../services/clients/account';
import { placesApi } from '../../services/clients/places';
import { errorMessage } from '../../services/request';
import { adminGrants, firstCompound } from '../../services/places';
import './index.scss';

async function loadHome(): Promise<{ compound: CompoundSummary | null; admin: RoleGrantView[] }> {
  const me = await accountApi.me();
  const compound = firstCompound(me);
  return { compound: compound ? await placesApi.compound(compound.id) : null, admin: adminGrants(me) };
}

function adminNote(admin: RoleGrantView[]): string {
  const what = admin.map((g) => `${g.place.name}的${ROLE_LABELS[g.role]}`).join('、');
  return `您是${what}，管理功能在「我的」→「社区管理」。`;
}

export default function HomePage() {
  const [state, reload] = useAsync(loadHome);
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (state.status === 'error' && !state.data) {
    return (
      <View className="xq-page">
        <EmptyState
          status="error"
          title="没能加载小区信息"
          description={`${errorMessage(state.error)}。`}
          actionText="重新加载"
          onAction={() => void reload()}
        />
      </View>
    );
  }
  if (state.data === null || state.data.compound === null) {
    if (state.data === null) {
      return (
        <View className="xq-page">
          <PageSkeleton />
        </View>
      );
    }
    return (
      <View className="xq-page">
        <EmptyState
          icon="房"
          title="还没有关联的小区"
          description={`${state.data.admin.length > 0 ? adminNote(state.data.admin) : ''}认证您在小区的房屋后，这里会显示小区的名称、所属社区、物业公司和户数。`}
          actionText="认证房屋"
          onAction={() => void Taro.navigateTo({ url: '/pages/claim/index' })}
        />
      </View>
    );
  }

  const { compound } = state.data;
  return (
    <View className="xq-page xq-home">
      <View className="xq-home__hero">
        <View className="xq-home__name">
          <Text>{compound.name}</Text>
        </View>
        <View className="xq-home__trail">
          <Text>
            {compound.district.name} · {compound.street.name} · {compound.community.name}
          </Text>
        </View>
      </View>
      <Cell.Group title="我的小区">
        <Cell title="所属社区" extra={compound.community.name} />
        <Cell title="物业服务企业" extra={compound.propertyCompany ?? '暂未登记'} />
        <Cell title="户数" extra={`${groupThousands(compound.householdCount)} 户`} />
        <Cell title="楼栋" extra={`${groupThousands(compound.buildingCount)} 栋`} />
      </Cell.Group>
    </View>
  );
}
