import { Text, View } from '@tarojs/components';
import type { VoteNoticeView } from '@xiaoqu/shared';
import { noticeText } from '../../lib/notice';
import { AttachmentsButton } from '../AttachmentsButton';

/** The vote's notice exactly as recorded; a posted notice with its photo. Nothing when none was recorded. */
export function NoticeLine({ notice }: { notice: VoteNoticeView | null }) {
  if (!notice) return null;
  return (
    <View className="xq-proposal__fact xq-notice-line">
      <Text className="xq-proposal__fact-label">表决公告</Text>
      <Text>{noticeText(notice)}</Text>
      {notice.method === 'posted' && notice.attachmentId !== null && <AttachmentsButton ids={[notice.attachmentId]} />}
    </View>
  );
}
