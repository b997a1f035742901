import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { countdownText } from '../home-text';

/** A live countdown to a vote's opening or closing, refreshed every half minute while on screen. */
export function Countdown({ to, prefix }: { to: string; prefix: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Text className="xq-home__countdown">
      {prefix}
      {countdownText(to, now)}
    </Text>
  );
}
