import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, TextArea } from '@nutui/nutui-react-taro';
import {
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_LEVEL_LABELS,
  formatDateCn,
  AUTO_CLOSE_DAYS,
  MAX_COMPLAINT_PHOTOS,
  type AttachmentView,
  type ComplaintDetailView,
  type ComplaintRoute,
} from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';
import { ComplaintStatusTag, whereText } from '../../../components/ComplaintCard';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { complaintApi } from '../../../services/clients/complaint';
import {
  ACTION_FORMS,
  actionProblem,
  dueText,
  eventTitle,
  formatDateTimeCn,
  isPersonAction,
  type PersonAction,
} from '../../../services/complaint-view';
import { toastError, toastSuccess } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';
import { PhotoThumbs } from '../../components/PhotoThumbs';
import './index.scss';

const ROUTE_LABELS: Record<ComplaintRoute, string> = {
  micro_grid: '微网格员',
  general_grid: '小区网格员',
  property: '物业服务企业',
  community: '社区',
};

const RATING_CHOICES = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n} 星` }));

// The next step first: a handler's actions before escalation, a filer's confirmation before reopening.
const ACTION_ORDER: PersonAction[] = ['accept', 'start', 'resolve', 'confirm', 'reopen', 'escalate'];

interface Pending {
  action: PersonAction;
  note: string;
  photos: AttachmentView[];
  rating: number | null;
  problem: string | null;
}

export default function ComplaintDetailPage() {
  const id = Number(useRouter().params.id);
  const [state, reload] = useAsync(() => complaintApi.detail(id));
  const [fresh, setFresh] = useState<ComplaintDetailView | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [sending, setSending] = useState(false);
  const [now, setNow] = useState(Date.now());

  const refresh = () => {
    setNow(Date.now());
    return reload().then(() => setFresh(null));
  };
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));

  const complaint = fresh ?? state.data;
  if (!complaint) {
    return (
      <View className="xq-page">
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能打开这条诉求"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void refresh()}
          />
        ) : (
          <PageSkeleton />
        )}
      </View>
    );
  }

  const open = (action: PersonAction) => setPending({ action, note: '', photos: [], rating: null, problem: null });
  const edit = (patch: Partial<Pending>) => setPending((p) => (p ? { ...p, ...patch, problem: null } : p));

  async function send() {
    if (!pending || !complaint) return;
    const problem = actionProblem(pending.action, pending);
    if (problem) {
      setPending({ ...pending, problem });
      return;
    }
    setSending(true);
    try {
      const form = ACTION_FORMS[pending.action];
      const next = await complaintApi.act(complaint.id, pending.action, {
        note: pending.note.trim() || undefined,
        photoIds: form.photos && pending.photos.length > 0 ? pending.photos.map((p) => p.id) : undefined,
        rating: form.rating ? (pending.rating ?? undefined) : undefined,
      });
      setFresh(next);
      setNow(Date.now());
      setPending(null);
      toastSuccess(`已${COMPLAINT_ACTION_LABELS[pending.action].slice(0, 5)}`);
    } catch (error) {
      setPending({ ...pending, problem: errorMessage(error) });
      toastError(error);
    } finally {
      setSending(false);
    }
  }

  const actions = ACTION_ORDER.filter((a) => complaint.actions.filter(isPersonAction).includes(a));
  const due = dueText(complaint.due, now);
  const overdue = complaint.due?.overdue ?? false;
  const where = whereText(complaint);
  const form = pending ? ACTION_FORMS[pending.action] : null;

  return (
    <View className="xq-page xq-complaint-detail">
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
            {formatDateTimeCn(complaint.createdAt)} 提交 ·{' '}
            {complaint.visible ? '本小区居民可见' : '仅本人和处理人员可见'}
          </Text>
        </View>
      </View>

      <View className="xq-complaint-detail__card xq-complaint-detail__who">
        <View className="xq-complaint-detail__row">
          <Text className="xq-complaint-detail__key">处理级别</Text>
          <Text className="xq-complaint-detail__level">{COMPLAINT_LEVEL_LABELS[complaint.level]}</Text>
        </View>
        <View className="xq-complaint-detail__row">
          <Text className="xq-complaint-detail__key">分派给</Text>
          <Text className="xq-complaint-detail__route">{ROUTE_LABELS[complaint.route]}</Text>
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

      {actions.length > 0 && (
        <View className="xq-complaint-detail__actions">
          {actions.map((a, i) => (
            <Button
              key={a}
              type={i === 0 ? 'primary' : 'default'}
              size="xlarge"
              block
              disabled={sending}
              onClick={() => open(a)}
            >
              {COMPLAINT_ACTION_LABELS[a]}
            </Button>
          ))}
        </View>
      )}

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
                    {e.actor} · {formatDateTimeCn(e.at)} · {COMPLAINT_LEVEL_LABELS[e.level]}
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

      <Dialog
        visible={pending !== null}
        title={form?.title ?? ''}
        confirmText={form?.confirmText ?? '确认'}
        cancelText="取消"
        onConfirm={() => void send()}
        // Closing is ours: the dialog stays open until the action is sent or cancelled.
        onCancel={() => setPending(null)}
      >
        {pending && form && (
          <View className="xq-complaint-detail__dialog">
            {form.rating && (
              <>
                <View className="xq-complaint-detail__dialog-label">
                  <Text>问题解决得怎么样？</Text>
                </View>
                <ChoiceChips
                  name="rating"
                  choices={RATING_CHOICES}
                  value={pending.rating}
                  onChange={(rating) => edit({ rating })}
                />
              </>
            )}
            <View className="xq-complaint-detail__dialog-label">
              <Text>{form.noteLabel}</Text>
            </View>
            <TextArea
              className="xq-complaint-detail__note"
              value={pending.note}
              onChange={(note) => edit({ note })}
              maxLength={1000}
              showCount
            />
            {form.photos && (
              <>
                <View className="xq-complaint-detail__dialog-label">
                  <Text>处理后的照片（可选）</Text>
                </View>
                <PhotoPicker
                  upload={(file) => complaintApi.uploadPhoto(complaint.compoundId, file)}
                  max={MAX_COMPLAINT_PHOTOS}
                  name="fix-photos"
                  addText="添加处理照片"
                  value={pending.photos}
                  onChange={(photos) => edit({ photos })}
                />
              </>
            )}
            {pending.problem && (
              <View className="xq-complaint-detail__error" role="alert">
                <Text>⚠ {pending.problem}</Text>
              </View>
            )}
          </View>
        )}
      </Dialog>
    </View>
  );
}
