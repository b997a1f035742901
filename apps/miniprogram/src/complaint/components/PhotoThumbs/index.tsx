import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { attachmentsApi } from '../../../services/clients/attachments';
import { toastError } from '../../../services/feedback';
import './index.scss';

/** Photos behind the token: fetched once, shown as thumbnails, opened in the image viewer (swipe through all). */
export function PhotoThumbs({ ids, label }: { ids: number[]; label: string }) {
  const [urls, setUrls] = useState<(string | null)[]>([]);
  const key = ids.join(',');

  useEffect(() => {
    let live = true;
    void Promise.all(ids.map((id) => attachmentsApi.attachmentFile(id).catch(() => null))).then((loaded) => {
      if (live) setUrls(loaded);
    });
    return () => {
      live = false;
    };
    // The ids' contents, not the array's identity, decide what to fetch.
  }, [key]);

  if (ids.length === 0) return null;
  const shown = urls.filter((u): u is string => !!u);
  return (
    <View className="xq-thumbs" aria-label={`${label}，共 ${ids.length} 张`}>
      {ids.map((id, i) => {
        const url = urls[i];
        return url ? (
          <Image
            key={id}
            className="xq-thumbs__img"
            src={url}
            mode="aspectFill"
            aria-label={`${label} ${i + 1}`}
            onClick={() => void Taro.previewImage({ urls: shown, current: url }).catch(toastError)}
          />
        ) : (
          <View key={id} className="xq-thumbs__img xq-thumbs__img--missing">
            <Text>{urls.length === 0 ? '加载中' : '无法显示'}</Text>
          </View>
        );
      })}
    </View>
  );
}
