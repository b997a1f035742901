import { useState } from 'react';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import { client, loginAsPersona } from '../../services/api';
import { toastError } from '../../services/feedback';
import { PERSONAS } from '../../services/personas';
import { errorMessage } from '../../services/request';
import { BACK_PARAM, HOME_TARGET, targetAfterLogin, type ReturnTarget } from '../../services/return-target';
import { CareMeta } from '../../components/CareMeta';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** To the page the user wanted before being sent here (tab pages by switchTab); home when that page cannot open. */
async function goTo(target: ReturnTarget): Promise<void> {
  try {
    await (target.tab ? Taro.switchTab({ url: target.url }) : Taro.reLaunch({ url: target.url }));
  } catch {
    if (target !== HOME_TARGET) await Taro.switchTab({ url: HOME_TARGET.url });
  }
}

/** h5 demo: pick one of the seeded people. weapp: log in with WeChat (normally silent; this page is the retry). */
export default function LoginPage() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const back = targetAfterLogin(useRouter().params[BACK_PARAM]);

  async function weappLogin() {
    setBusy('wechat');
    setError(null);
    try {
      await client.login();
      await goTo(back);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  useLoad(() => {
    if (!IS_H5) void weappLogin();
  });

  async function pick(openid: string) {
    setBusy(openid);
    try {
      await loginAsPersona(openid);
      await goTo(back);
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(null);
    }
  }

  if (!IS_H5) {
    return (
      <View className="xq-page xq-login">
        <CareMeta />
        <View className="xq-login__title">
          <Text>{busy ? '正在用微信登录…' : '登录小区共治'}</Text>
        </View>
        {error && (
          <View className="xq-login__error" role="alert">
            <Text>{error}</Text>
          </View>
        )}
        <Button type="primary" size="xlarge" block loading={busy !== null} onClick={() => void weappLogin()}>
          微信登录
        </Button>
      </View>
    );
  }

  return (
    <View className="xq-page xq-login">
      <CareMeta />
      <View className="xq-login__title">
        <Text>选择演示身份</Text>
      </View>
      <View className="xq-login__text">
        <Text>这是演示版：选一位演示用户登录，随时可以在「我的」里切换身份。</Text>
      </View>
      <Cell.Group>
        {PERSONAS.map((p) => (
          <Cell
            key={p.openid}
            className="xq-login__persona"
            title={p.label}
            description={p.about}
            extra={busy === p.openid ? '正在登录…' : '登录'}
            clickable
            onClick={() => {
              if (!busy) void pick(p.openid);
            }}
          />
        ))}
      </Cell.Group>
    </View>
  );
}
