import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { ReactNode } from 'react';

/** `navigateTo` a page, or `switchTab` to a tab page. */
export function go(url: string, tab = false): void {
  void (tab ? Taro.switchTab({ url }) : Taro.navigateTo({ url }));
}

/**
 * One count of pending work: what it is, how many (the number carries `data-home-count` for the browser journey),
 * and a tap to the page that does the work. A count of nothing says so and offers 查看, never 去处理.
 */
export function CountCell(props: {
  countKey: string;
  title: string;
  count: number;
  unit?: string;
  description?: ReactNode;
  url: string;
  tab?: boolean;
}) {
  const { countKey, title, count, unit = '件', description, url, tab } = props;
  return (
    <Cell
      className="xq-home__count-cell"
      title={title}
      description={description}
      extra={
        <View className="xq-home__count">
          <Text className={`xq-home__num${count > 0 ? ' xq-home__num--due' : ''}`} data-home-count={countKey}>
            {count}
          </Text>
          <Text className="xq-home__unit">{` ${unit} · ${count > 0 ? '去处理' : '查看'}`}</Text>
        </View>
      }
      clickable
      onClick={() => go(url, tab)}
    />
  );
}
