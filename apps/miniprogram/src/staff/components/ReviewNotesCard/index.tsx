import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatDateCn, ROLE_LABELS, type ReviewNoteView } from '@xiaoqu/shared';

export interface ReviewNotesCardProps {
  notes: ReviewNoteView[];
  /** Reviewers (committee, supervisor) may write while the period is a draft. */
  canWrite: boolean;
  isReviewer: boolean;
  onWrite: () => void;
}

/** What the committee and the supervisor said about a draft before it is published. */
export function ReviewNotesCard({ notes, canWrite, isReviewer, onWrite }: ReviewNotesCardProps) {
  return (
    <View className="xq-staff-period__card">
      <View className="xq-staff-period__label">
        <Text>审阅意见（{notes.length}）</Text>
      </View>
      {notes.length === 0 && (
        <View className="xq-staff-period__hint">
          <Text>{isReviewer ? '还没有意见。看过明细后可以写下您的意见。' : '业委会或监察人还没有留下意见。'}</Text>
        </View>
      )}
      {notes.map((note) => (
        <View key={note.id} className="xq-staff-period__note">
          <Text className="xq-staff-period__note-who">
            {note.authorName}（{ROLE_LABELS[note.role]}）· {formatDateCn(note.createdAt)}
          </Text>
          <Text>{note.text}</Text>
        </View>
      ))}
      {canWrite && (
        <Button size="large" block onClick={onWrite}>
          写审阅意见
        </Button>
      )}
    </View>
  );
}
