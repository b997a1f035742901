import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { toastError } from '../../services/feedback';

/** The end of a paged list: one tap brings the next page (errors said in a toast, the list kept). */
export function LoadMore({ loading, onLoad }: { loading: boolean; onLoad: () => Promise<void> }) {
  return (
    <View className="xq-load-more" style={{ padding: '12px 16px 24px' }}>
      <Button block fill="outline" loading={loading} onClick={() => void onLoad().catch(toastError)}>
        加载更多
      </Button>
    </View>
  );
}
