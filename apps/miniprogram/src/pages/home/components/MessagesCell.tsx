import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { applyBadges } from '../../../services/badges';
import { homeApi } from '../../../services/clients/home';
import { go } from './CountCell';

/** 消息 with the unread count, for 我的; loading it also refreshes the tab badges. */
export function MessagesCell() {
  const [unread, setUnread] = useState<number | null>(null);
  useDidShow(() => {
    homeApi
      .home()
      .then((home) => {
        setUnread(home.badges.unreadMessages);
        applyBadges(home.badges);
      })
      .catch(() => setUnread(null));
  });
  return (
    <Cell.Group title="消息">
      <Cell
        className="xq-home__messages"
        title="消息"
        description="诉求进展、表决提醒、质询答复"
        extra={<Text data-unread-messages>{unread ? `${unread} 条未读` : '查看'}</Text>}
        clickable
        onClick={() => go('/messages/pages/index/index')}
      />
    </Cell.Group>
  );
}
