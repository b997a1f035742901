import { useEffect, useState } from 'react';
import { PageMeta } from '@tarojs/components';
import { carePageStyle, subscribeCareMode } from '../../services/care-mode';

/**
 * 关怀模式 on weapp, where no root holds every page: `--xq-font-scale` and `--xq-font-min` on this page's root
 * through <page-meta> (the page's config needs `enablePageMeta: true`). Put it first in every page; it follows the
 * switch under 我的 at once on every open page. On h5 the mode is on <html> (applyCareMode): nothing here.
 */
export function WeappCareMeta() {
  const [style, setStyle] = useState(() => carePageStyle());
  useEffect(() => subscribeCareMode((on) => setStyle(carePageStyle(on))), []);
  return <PageMeta pageStyle={style} />;
}

export const CareMeta = process.env.TARO_ENV === 'weapp' ? WeappCareMeta : () => null;
