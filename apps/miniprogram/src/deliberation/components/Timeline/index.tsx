import { Text, View } from '@tarojs/components';
import type { TimelineEventView } from '@xiaoqu/shared';
import { timelineLine } from '../../lib/consultation';
import { AttachmentsButton } from '../AttachmentsButton';
import './index.scss';

/** Every step of a proposal, oldest first, each with who (by role) and when. */
export function Timeline({ events }: { events: TimelineEventView[] }) {
  return (
    <View className="xq-timeline">
      <View className="xq-timeline__title">
        <Text>议题进程（{events.length} 步）</Text>
      </View>
      {events.length === 0 && (
        <View className="xq-timeline__empty">
          <Text>还没有记录。</Text>
        </View>
      )}
      {events.map((e) => {
        const line = timelineLine(e);
        return (
          <View key={e.id} className={`xq-timeline__item xq-timeline__item--${e.kind}`}>
            <View className="xq-timeline__dot" aria-hidden />
            <View className="xq-timeline__main">
              <Text className="xq-timeline__step">{line.title}</Text>
              <Text className="xq-timeline__meta">{line.meta}</Text>
              {line.text && <Text className="xq-timeline__text">{line.text}</Text>}
              {line.attendees.length > 0 && (
                <Text className="xq-timeline__attendees">
                  参会（{line.attendees.length} 人）：{line.attendees.join('、')}
                </Text>
              )}
              {e.progress !== null && (
                <View className="xq-timeline__progress" aria-label={`完成 ${e.progress}%`}>
                  <View className="xq-timeline__progress-bar" style={{ width: `${e.progress}%` }} />
                </View>
              )}
              <AttachmentsButton ids={e.attachmentIds} />
            </View>
          </View>
        );
      })}
    </View>
  );
}
