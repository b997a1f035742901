import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import {
  COMPLAINT_CATEGORY_LABELS,
  complaintLevelLabel,
  COMPLAINT_STATUS_LABELS,
  formatDateCn,
  type ComplaintStatus,
  type ComplaintView,
} from '@xiaoqu/shared';
import { dueText, meTooText } from '../../services/complaint-view';
import './index.scss';

// Dark text on a light tint: the word, not the colour, carries the meaning.
const STATUS_COLORS = {
  submitted: { background: '#fff4e5', color: '#7a4100' },
  accepted: { background: '#e8f0fe', color: '#1a3f8a' },
  in_progress: { background: '#e8f0fe', color: '#1a3f8a' },
  resolved: { background: '#e6f2ee', color: '#0b5a41' },
  reopened: { background: '#fdecea', color: '#8c1d18' },
  closed: { background: '#eef1f6', color: '#2f3a4f' },
  withdrawn: { background: '#eef1f6', color: '#2f3a4f' },
} as const satisfies Record<ComplaintStatus, { background: string; color: string }>;

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  return (
    <Tag {...STATUS_COLORS[status]} className={`xq-tag xq-complaint-status xq-complaint-status--${status}`}>
      {COMPLAINT_STATUS_LABELS[status]}
    </Tag>
  );
}

/** `3栋 · 东门车库入口` */
export function whereText(c: Pick<ComplaintView, 'buildingName' | 'placeText'>): string {
  return [c.buildingName, c.placeText].filter((s) => s && s.trim()).join(' · ');
}

export const openComplaint = (id: number) => void Taro.navigateTo({ url: `/complaint/pages/detail/index?id=${id}` });

/** One complaint in a list: what, where, status, level and the deadline that applies now (overdue in words). */
export function ComplaintCard({
  complaint,
  now,
  moreText = '查看进度 ›',
}: {
  complaint: ComplaintView;
  now: number;
  /** What tapping does, in words: residents follow progress, handlers act. */
  moreText?: string;
}) {
  const due = dueText(complaint.due, now);
  const where = whereText(complaint);
  const overdue = complaint.due?.overdue ?? false;
  return (
    <View
      className={`xq-complaint-card${overdue ? ' xq-complaint-card--overdue' : ''}`}
      onClick={() => openComplaint(complaint.id)}
    >
      <View className="xq-complaint-card__head">
        <Text className="xq-complaint-card__category">{COMPLAINT_CATEGORY_LABELS[complaint.category]}</Text>
        <ComplaintStatusTag status={complaint.status} />
      </View>
      <View className="xq-complaint-card__text">
        <Text>{complaint.text}</Text>
      </View>
      <View className="xq-complaint-card__meta">
        <Text>
          {complaint.compoundName}
          {where ? ` · ${where}` : ''} · {formatDateCn(complaint.createdAt)}
        </Text>
      </View>
      <View className="xq-complaint-card__meta">
        <Text>{complaintLevelLabel(complaint.level, complaint.route)}</Text>
        {complaint.rating !== null && <Text>{` · 评价 ${complaint.rating} 星`}</Text>}
        {complaint.meToo.count > 0 && <Text>{` · ${meTooText(complaint.meToo.count)}`}</Text>}
      </View>
      {due && (
        <View className={`xq-complaint-card__due${overdue ? ' xq-complaint-card__due--overdue' : ''}`}>
          <Text>{overdue ? `⚠ 已超期 · ${due}` : due}</Text>
        </View>
      )}
      <View className="xq-complaint-card__more">
        <Text>{moreText}</Text>
      </View>
    </View>
  );
}
