import { Text, View } from '@tarojs/components';
import { complaintHandlerLabel, complaintLevelLabel, AUTO_CLOSE_DAYS, type ComplaintDetailView } from '@xiaoqu/shared';
import { dueText, formatDateTimeCn, urgedAtThisLevel } from '../../../services/complaint-view';

/** Who handles a complaint at which level and why, its deadline, and the filer's rating. */
export function ComplaintRouting({ complaint, now }: { complaint: ComplaintDetailView; now: number }) {
  const due = dueText(complaint.due, now);
  const overdue = complaint.due?.overdue ?? false;
  const urgedAt = urgedAtThisLevel(complaint);
  return (
    <View className="xq-complaint-detail__card xq-complaint-detail__who">
      <View className="xq-complaint-detail__row">
        <Text className="xq-complaint-detail__key">处理级别</Text>
        <Text className="xq-complaint-detail__level">{complaintLevelLabel(complaint.level, complaint.route)}</Text>
      </View>
      <View className="xq-complaint-detail__row">
        <Text className="xq-complaint-detail__key">现由</Text>
        <Text className="xq-complaint-detail__route">{complaintHandlerLabel(complaint.level, complaint.route)}</Text>
      </View>
      <View className="xq-complaint-detail__reason">
        <Text>{complaint.routeReason}</Text>
      </View>
      {due && (
        <View className={`xq-complaint-detail__due${overdue ? ' xq-complaint-detail__due--overdue' : ''}`}>
          <Text>
            {overdue ? '⚠ 已超期 · ' : ''}
            {due}（{formatDateTimeCn(complaint.due!.at)}）
          </Text>
        </View>
      )}
      {urgedAt && complaint.due && (
        <View className="xq-complaint-detail__due">
          <Text>已于 {formatDateTimeCn(urgedAt)} 催办，处理人已收到提醒</Text>
        </View>
      )}
      {complaint.status === 'resolved' && (
        <View className="xq-complaint-detail__due">
          <Text>已办结，等待提出人确认；{AUTO_CLOSE_DAYS} 天内未确认将自动关闭。</Text>
        </View>
      )}
      {complaint.rating !== null && (
        <View className="xq-complaint-detail__rating">
          <Text>
            评价：{'★'.repeat(complaint.rating)}
            {'☆'.repeat(5 - complaint.rating)}（{complaint.rating} 星）
            {complaint.ratingComment ? ` “${complaint.ratingComment}”` : ''}
          </Text>
        </View>
      )}
    </View>
  );
}
