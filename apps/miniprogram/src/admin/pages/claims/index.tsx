import { useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ClaimStatus, ClaimView } from '@xiaoqu/shared';
import { unitLabel } from '../../../components/ClaimList';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { claimsApi } from '../../../services/clients/claims';
import { openAttachment } from '../../../services/attachments';
import { toastError, toastSuccess } from '../../../services/feedback';
import { ClaimCard } from '../../components/ClaimCard';
import { ReasonDialog } from '../../components/ReasonDialog';
import { approvalQuestion } from '../../lib/confirm-approval';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

const TABS: { status: ClaimStatus; label: string; empty: string }[] = [
  {
    status: 'pending',
    label: '待审核',
    empty: '居民提交的房屋认证与花名册核对一致后，会出现在这里等您审核。',
  },
  { status: 'approved', label: '已通过', empty: '通过的认证会列在这里；发现认证有误时，可在这里撤销。' },
];

type Asking = { claim: ClaimView; action: 'reject' | 'revoke' } | null;

/** A deed photo, shown in the image viewer (its bytes need the token). */
const openPhoto = (id: number) =>
  void openAttachment({ id, fileName: '产权证照片', mime: 'image/jpeg', sizeBytes: 0, sha256: '' });

export default function AdminClaimsPage() {
  const [tab, setTab] = useState<ClaimStatus>('pending');
  // The loader reads the tab from here: a switch reloads at once, before the next render.
  const shown = useRef<ClaimStatus>('pending');
  const [state, reload] = useAsync(() => claimsApi.adminClaims(shown.current));
  const [done, setDone] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState<number | null>(null);
  const [asking, setAsking] = useState<Asking>(null);

  const refresh = () => reload().then(() => setDone(new Set()));
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));

  async function decide(claim: ClaimView, action: () => Promise<ClaimView>, message: string) {
    setBusy(claim.id);
    try {
      await action();
      setDone((prev) => new Set(prev).add(claim.id));
      toastSuccess(message);
    } catch (error) {
      toastError(error);
      // The claim may have been handled by someone else meanwhile: show the list as it is now.
      void reload();
    } finally {
      setBusy(null);
    }
  }

  async function approve(claim: ClaimView) {
    const sure = await Taro.showModal({ ...approvalQuestion(claim), confirmText: '确认通过', cancelText: '再看看' });
    if (!sure.confirm) return;
    await decide(claim, () => claimsApi.approveClaim(claim.id, { confirm: true }), '已通过');
  }

  function answer(reason: string) {
    const current = asking;
    if (!current) return;
    setAsking(null);
    const { claim, action } = current;
    if (action === 'reject') void decide(claim, () => claimsApi.rejectClaim(claim.id, { reason }), '已退回');
    else void decide(claim, () => claimsApi.revokeClaim(claim.id, { reason }), '已撤销认证');
  }

  function switchTo(status: ClaimStatus) {
    if (status === tab) return;
    shown.current = status;
    setTab(status);
    void refresh();
  }

  const current = TABS.find((t) => t.status === tab) ?? TABS[0];
  const list = state.data?.filter((c) => !done.has(c.id) && c.status === tab) ?? null;
  return (
    <View className="xq-page xq-admin-claims">
      <CareMeta />
      <View className="xq-admin-claims__tabs" role="tablist">
        {TABS.map((t) => (
          <View
            key={t.status}
            role="tab"
            aria-selected={t.status === tab}
            className={`xq-admin-claims__tab${t.status === tab ? ' xq-admin-claims__tab--on' : ''}`}
            onClick={() => switchTo(t.status)}
          >
            <Text>
              {t.label}
              {t.status === tab ? '（当前）' : ''}
            </Text>
          </View>
        ))}
      </View>
      {!list ? (
        <PageLoading state={state} failed="没能加载认证申请" onRetry={reload} />
      ) : list.length === 0 ? (
        <EmptyState
          icon="审"
          title={`没有${current.label}的认证申请`}
          description={current.empty}
          actionText="刷新"
          onAction={() => void refresh()}
        />
      ) : (
        <View>
          <View className="xq-admin-claims__count">
            <Text>
              {current.label} {list.length} 条
            </Text>
          </View>
          {list.map((claim) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              busy={busy !== null}
              onApprove={() => void approve(claim)}
              onReject={() => setAsking({ claim, action: 'reject' })}
              onRevoke={() => setAsking({ claim, action: 'revoke' })}
              onOpenPhoto={openPhoto}
              loadHistory={() => claimsApi.claimHistory(claim.id)}
            />
          ))}
        </View>
      )}
      <ReasonDialog
        open={asking !== null}
        title={asking?.action === 'revoke' ? '撤销认证的原因' : '不通过的原因'}
        subject={asking ? `${asking.claim.compound.name} ${unitLabel(asking.claim)}` : ''}
        confirmText={asking?.action === 'revoke' ? '确认撤销' : '确认不通过'}
        placeholder={
          asking?.action === 'revoke'
            ? '例如：产权人来社区说明并未委托申请人认证'
            : '例如：房屋已过户，请携带新的不动产权证到社区核对'
        }
        onConfirm={answer}
        onCancel={() => setAsking(null)}
      />
    </View>
  );
}
