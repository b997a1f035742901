import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { HomeResponse, HomeSection } from '@xiaoqu/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../hooks/useAsync';
import { applyBadges } from '../../services/badges';
import { homeApi } from '../../services/clients/home';
import { go } from './components/CountCell';
import { ResidentSection } from './components/ResidentSection';
import { AdminSection, GridSection, StaffSection } from './components/WorkSections';
import { CareMeta } from '../../components/CareMeta';
import './index.scss';

async function loadHome(): Promise<HomeResponse> {
  const home = await homeApi.home();
  applyBadges(home.badges);
  return home;
}

function Section({ section }: { section: HomeSection }) {
  switch (section.kind) {
    case 'resident':
      return <ResidentSection section={section} />;
    case 'grid_worker':
      return <GridSection section={section} />;
    case 'compound_staff':
      return <StaffSection section={section} />;
    case 'admin':
      return <AdminSection section={section} />;
  }
}

/** 首页 by role: each role's place with what needs doing there, and the messages received. */
export default function HomePage() {
  const [state, reload] = useAsync(loadHome);
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data) return <PageLoading state={state} failed="没能加载首页" onRetry={reload} />;

  const { sections, badges } = state.data;
  const messages = (
    <Cell.Group>
      <Cell
        className="xq-home__messages"
        title="消息"
        description="诉求进展、表决提醒、质询答复"
        extra={
          <Text className={badges.unreadMessages > 0 ? 'xq-home__num xq-home__num--due' : 'xq-home__unit'}>
            {badges.unreadMessages > 0 ? `${badges.unreadMessages} 条未读` : '查看'}
          </Text>
        }
        clickable
        onClick={() => go('/messages/pages/index/index')}
      />
    </Cell.Group>
  );

  if (sections.length === 0) {
    return (
      <View className="xq-page xq-home">
        <CareMeta />
        <EmptyState
          icon="房"
          title="还没有关联的小区"
          description="认证您在小区的房屋后，这里会显示小区的公开信息、议事表决和您的诉求。"
          actionText="认证房屋"
          onAction={() => go('/pages/claim/index')}
        />
        {messages}
      </View>
    );
  }

  return (
    <View className="xq-page xq-home">
      <CareMeta />
      {messages}
      {sections.map((s) => (
        <Section key={`${s.kind}-${s.place.id}-${s.kind === 'admin' ? s.role : ''}`} section={s} />
      ))}
    </View>
  );
}
