import { Text, View } from '@tarojs/components';
import { Button, Empty } from '@nutui/nutui-react-taro';
import './index.scss';

export interface EmptyStateProps {
  /** What is missing, e.g. 还没有认证的房屋. */
  title: string;
  /** Why, and what to do next. */
  description: string;
  /** One character drawn as the picture (no image from a CDN). */
  icon?: string;
  actionText?: string;
  onAction?: () => void;
  status?: 'empty' | 'error';
}

/** An empty or failed screen that says why and offers the next step. */
export function EmptyState({ title, description, icon, actionText, onAction, status = 'empty' }: EmptyStateProps) {
  const glyph = icon ?? (status === 'error' ? '!' : '空');
  return (
    <Empty
      className={`xq-empty xq-empty--${status}`}
      image={
        <View className="xq-empty__icon" aria-hidden>
          <Text>{glyph}</Text>
        </View>
      }
      imageSize={64}
      title={title}
      description={description}
    >
      {actionText && onAction && (
        <View className="xq-empty__action">
          <Button type="primary" size="xlarge" onClick={onAction}>
            {actionText}
          </Button>
        </View>
      )}
    </Empty>
  );
}
