import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button as TaroButton, Text, View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { answerPrivacy, subscribePrivacy } from '../../services/privacy';
import './index.scss';

const AGREE_BUTTON_ID = 'xq-privacy-agree';

/**
 * WeChat's privacy agreement, shown when an API that touches personal data (chooseMessageFile…) is called before
 * the user agreed. Put it on every page that calls such an API; it does nothing on h5.
 */
export function PrivacyPopup({ purpose }: { purpose: string }) {
  const [open, setOpen] = useState(false);
  useEffect(() => subscribePrivacy(setOpen), []);
  if (process.env.TARO_ENV !== 'weapp') return null;

  return (
    <Popup visible={open} position="bottom" round closeOnOverlayClick={false} onClose={() => answerPrivacy(false)}>
      <View className="xq-privacy">
        <View className="xq-privacy__title">
          <Text>隐私保护提示</Text>
        </View>
        <View className="xq-privacy__text">
          <Text>{purpose}需要您先阅读并同意</Text>
          <Text className="xq-privacy__link" onClick={() => void Taro.openPrivacyContract({})}>
            《小区共治隐私保护指引》
          </Text>
          <Text>。不同意也可以继续浏览其他内容。</Text>
        </View>
        <View className="xq-privacy__actions">
          <Button size="xlarge" onClick={() => answerPrivacy(false)}>
            不同意
          </Button>
          <TaroButton
            id={AGREE_BUTTON_ID}
            className="xq-privacy__agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => answerPrivacy(true, AGREE_BUTTON_ID)}
          >
            同意并继续
          </TaroButton>
        </View>
      </View>
    </Popup>
  );
}
