import { useState } from 'react';
import { Cell, Switch } from '@nutui/nutui-react-taro';
import { isCareMode, setCareMode } from '../../services/care-mode';

/** 我的 → 关怀模式: larger text and tap targets, remembered on this phone. */
export function CareModeCell() {
  const [on, setOn] = useState(isCareMode);
  const toggle = (value: boolean) => {
    setCareMode(value);
    setOn(value);
  };
  return (
    <Cell.Group title="显示">
      <Cell
        className="xq-care-cell"
        title="关怀模式"
        description="字更大、按钮更大，方便长辈使用"
        extra={<Switch checked={on} onChange={toggle} aria-label="关怀模式" />}
      />
    </Cell.Group>
  );
}
