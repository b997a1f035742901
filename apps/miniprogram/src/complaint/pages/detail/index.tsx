import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { COMPLAINT_ACTION_LABELS, type ComplaintDetailView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { refreshBadges } from '../../../services/badges';
import { complaintApi } from '../../../services/clients/complaint';
import { homeApi } from '../../../services/clients/home';
import { ACTION_FORMS, actionProblem, isPersonAction, type PersonAction } from '../../../services/complaint-view';
import { toastError, toastSuccess } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';
import { ComplaintSummary } from '../../components/ComplaintSummary';
import { ComplaintRouting } from '../../components/ComplaintRouting';
import { ComplaintTimeline } from '../../components/ComplaintTimeline';
import { HandlerContacts } from '../../components/HandlerContacts';
import { MeTooButton } from '../../components/MeTooButton';
import { complaintShareCard } from '../../../services/complaint-view';
import { ActionDialog, type Pending } from '../../components/ActionDialog';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

// The next step first: a handler's actions before escalation, a filer's confirmation before reopening.
const ACTION_ORDER: PersonAction[] = [
  'accept',
  'start',
  'resolve',
  'confirm',
  'reopen',
  'escalate',
  'urge',
  'withdraw',
];

/** Having opened the complaint, its notices are read: 消息 and the 诉求 tab's red dot stop counting them. */
async function markSeen(id: number): Promise<void> {
  try {
    await homeApi.markRead({ complaintId: id });
    await refreshBadges();
  } catch {
    // A red dot left on is no reason to trouble the person.
  }
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
    return reload().then(() => {
      setFresh(null);
      void markSeen(id);
    });
  };
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));
  // A public complaint shared into the compound's group opens this page; a private one shares nothing of itself.
  useShareAppMessage(() => complaintShareCard(fresh ?? state.data ?? null, id));

  const complaint = fresh ?? state.data;
  if (!complaint) {
    return (
      <View className="xq-page">
        <CareMeta />
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
    const problem = actionProblem(pending.action, pending, complaint.category);
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
  // A neighbour may add themselves; the filer and the handlers (who see the filer) only read the count, if any.
  const meTooAddable = !complaint.mine && complaint.filer === null;

  return (
    <View className="xq-page xq-complaint-detail">
      <CareMeta />
      <ComplaintSummary complaint={complaint} />

      {complaint.visible && (meTooAddable || complaint.meToo.count > 0) && (
        <View className="xq-complaint-detail__card">
          <MeTooButton key={complaint.id} complaint={complaint} canAdd={meTooAddable} />
        </View>
      )}

      <ComplaintRouting complaint={complaint} now={now} />

      <HandlerContacts complaint={complaint} />

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

      <ComplaintTimeline complaint={complaint} />

      <ActionDialog
        complaint={complaint}
        pending={pending}
        edit={edit}
        send={send}
        cancel={() => setPending(null)}
        switchTo={(action) => setPending((p) => (p ? { ...p, action, rating: null, problem: null } : p))}
      />
    </View>
  );
}
