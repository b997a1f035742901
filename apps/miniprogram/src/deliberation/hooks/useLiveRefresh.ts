import { useEffect, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/** While `live` and the page is on screen, `refresh` runs every 30 seconds (an open vote's turnout). */
export function useLiveRefresh(live: boolean, refresh: () => Promise<void>) {
  const [visible, setVisible] = useState(true);
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  useEffect(() => {
    if (!live || !visible) return undefined;
    const timer = setInterval(() => void refresh(), 30_000);
    return () => clearInterval(timer);
  }, [live, visible, refresh]);
}
