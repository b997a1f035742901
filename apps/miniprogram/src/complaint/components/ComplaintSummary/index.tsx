import { Text, View } from '@tarojs/components';
import { COMPLAINT_CATEGORY_LABELS, type ComplaintDetailView } from '@xiaoqu/shared';
import { ComplaintStatusTag, whereText } from '../../../components/ComplaintCard';
import { formatDateTimeCn } from '../../../services/complaint-view';
import { PhotoThumbs } from '../PhotoThumbs';

/** A complaint's category, status, text, photos, place and time. */
export function ComplaintSummary({ complaint }: { complaint: ComplaintDetailView }) {
  const where = whereText(complaint);
  return (
    <View className="xq-complaint-detail__card">
      <View className="xq-complaint-detail__head">
        <Text className="xq-complaint-detail__category">{COMPLAINT_CATEGORY_LABELS[complaint.category]}</Text>
        <ComplaintStatusTag status={complaint.status} />
      </View>
      <View className="xq-complaint-detail__text">
        <Text>{complaint.text}</Text>
      </View>
      <PhotoThumbs ids={complaint.photoIds} label="诉求照片" />
      <View className="xq-complaint-detail__meta">
        <Text>
          {complaint.compoundName}
          {where ? ` · ${where}` : ''}
        </Text>
      </View>
      <View className="xq-complaint-detail__meta">
        <Text>
          {formatDateTimeCn(complaint.createdAt)} 提交 · {complaint.visible ? '本小区居民可见' : '仅本人和处理人员可见'}
        </Text>
      </View>
    </View>
  );
}
