import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ComplaintDetailView } from '@xiaoqu/shared';
import { toastError } from '../../../services/feedback';
import './index.scss';

/** Dials a number from a tap (a cancelled call is not an error). */
function call(phoneNumber: string) {
  Taro.makePhoneCall({ phoneNumber }).catch((error: { errMsg?: string }) => {
    if (!error?.errMsg?.includes('cancel')) toastError(error);
  });
}

/**
 * Who to call about a complaint: the filer sees who handles it now (`陈网格 · 3栋微网格员`) and a work number when
 * there is one; the handler sees the filer masked, and a number only when the filer asked to be called back.
 */
export function HandlerContacts({ complaint }: { complaint: ComplaintDetailView }) {
  const { handlers, filer } = complaint;
  if (handlers.length === 0 && !filer) return null;
  return (
    <View className="xq-complaint-detail__card xq-handler-contacts">
      {handlers.length > 0 && (
        <View className="xq-handler-contacts__label">
          <Text>{complaint.mine ? '负责处理的人' : '当前处理人'}</Text>
        </View>
      )}
      {handlers.map((h, i) => (
        <View key={`${h.name}-${i}`} className="xq-handler-contacts__row" data-testid="complaint-handler">
          <View className="xq-handler-contacts__who">
            <Text className="xq-handler-contacts__name">
              {h.name} · {h.role}
            </Text>
            <Text className="xq-handler-contacts__sub">{h.phone ? `工作电话 ${h.phone}` : '未登记工作电话'}</Text>
          </View>
          {h.phone && (
            <Button className="xq-handler-contacts__call" size="large" onClick={() => call(h.phone!)}>
              拨打电话
            </Button>
          )}
        </View>
      ))}
      {filer && (
        <View className="xq-handler-contacts__row" data-testid="complaint-filer">
          <View className="xq-handler-contacts__who">
            <Text className="xq-handler-contacts__name">提出人 {filer.name}</Text>
            <Text className="xq-handler-contacts__sub">
              {filer.phone ? '提出人希望电话联系' : '提出人未要求电话联系，请在这里回复'}
            </Text>
          </View>
          {filer.phone && (
            <Button className="xq-handler-contacts__call" size="large" onClick={() => call(filer.phone!)}>
              拨打电话
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
