import { Text, View } from '@tarojs/components';
import { complaintLevelLabel, formatDateCn, type ComplaintDetailView } from '@xiaoqu/shared';
import { eventTitle, formatDateTimeCn } from '../../../services/complaint-view';
import { PhotoThumbs } from '../PhotoThumbs';

/** A complaint's timeline: every step, who took it and when, with notes and photos. */
export function ComplaintTimeline({ complaint }: { complaint: ComplaintDetailView }) {
  return (
    <View className="xq-complaint-detail__card">
      <View className="xq-complaint-detail__title">
        <Text>办理记录</Text>
      </View>
      <View className="xq-complaint-timeline">
        {complaint.events.map((e) => (
          <View key={e.id} className="xq-complaint-timeline__event">
            <View className="xq-complaint-timeline__dot" aria-hidden />
            <View className="xq-complaint-timeline__body">
              <View className="xq-complaint-timeline__what">
                <Text>{eventTitle(e)}</Text>
              </View>
              <View className="xq-complaint-timeline__who">
                <Text>
                  {e.actor} · {formatDateTimeCn(e.at)} · {complaintLevelLabel(e.level, complaint.route)}
                </Text>
              </View>
              {e.note && (
                <View className="xq-complaint-timeline__note">
                  <Text>{e.note}</Text>
                </View>
              )}
              <PhotoThumbs ids={e.photoIds} label={`${eventTitle(e)}的照片`} />
            </View>
          </View>
        ))}
      </View>
      <View className="xq-complaint-detail__meta">
        <Text>记录于 {formatDateCn(complaint.createdAt)} 起，每一步都会留在这里。</Text>
      </View>
    </View>
  );
}
