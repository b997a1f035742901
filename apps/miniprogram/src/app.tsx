import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { applyCareMode } from './services/care-mode';
import { installPrivacyHandler } from './services/privacy';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyHandler();
    applyCareMode();
  });
  return children;
}

export default App;
