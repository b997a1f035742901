import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, TextArea } from '@nutui/nutui-react-taro';
import { formatArea, formatDateCn, type ClaimView } from '@xiaoqu/shared';
import { unitLabel } from '../../../components/ClaimList';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { api } from '../../../services/api';
import { toastError, toastSuccess } from '../../../services/feedback';
import './index.scss';

const loadPending = () => api.adminClaims('pending');

export default function AdminClaimsPage() {
  const [state, reload] = useAsync(loadPending);
  const [done, setDone] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState<number | null>(null);
  const [rejecting, setRejecting] = useState<ClaimView | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  useDidShow(() => void reload().then(() => setDone(new Set())));
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

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

  async function confirmReject() {
    const claim = rejecting;
    if (!claim) return;
    const text = reason.trim();
    if (!text) {
      setReasonError('请写明不通过的原因，申请人会看到它');
      return;
    }
    setRejecting(null);
    await decide(claim, () => api.rejectClaim(claim.id, { reason: text }), '已退回');
  }

  if (!state.data) return <PageLoading state={state} failed="没能加载待审核的申请" onRetry={reload} />;

  const pending = state.data.filter((c) => !done.has(c.id));
  return (
    <View className="xq-page xq-admin-claims">
      {pending.length === 0 ? (
        <EmptyState
          icon="审"
          title="没有待审核的认证申请"
          description="居民提交的房屋认证与花名册核对一致后，会出现在这里等您审核。"
          actionText="刷新"
          onAction={() => void reload()}
        />
      ) : (
        <View>
          <View className="xq-admin-claims__count">
            <Text>待审核 {pending.length} 条</Text>
          </View>
          {pending.map((claim) => (
            <View key={claim.id} className="xq-admin-claims__card">
              <View className="xq-admin-claims__unit">
                <Text>
                  {claim.compound.name} {unitLabel(claim)}
                </Text>
              </View>
              <View className="xq-admin-claims__meta">
                <Text>
                  申请人 {claim.claimant?.name ?? `用户 ${claim.claimant?.personId ?? ''}`}（填报业主{' '}
                  {claim.claimant?.claimedOwnerName ?? '未知'}） · 登记面积 {formatArea(claim.areaCentiM2)} ·{' '}
                  {formatDateCn(claim.createdAt)}提交
                </Text>
              </View>
              <View className="xq-admin-claims__note">
                <Text>业主姓名和手机号后 4 位已与花名册核对一致。</Text>
              </View>
              <View className="xq-admin-claims__actions">
                <Button
                  type="primary"
                  size="large"
                  loading={busy === claim.id}
                  disabled={busy !== null}
                  onClick={() => void decide(claim, () => api.approveClaim(claim.id), '已通过')}
                >
                  通过
                </Button>
                <Button
                  size="large"
                  disabled={busy !== null}
                  onClick={() => {
                    setReason('');
                    setReasonError(null);
                    setRejecting(claim);
                  }}
                >
                  不通过
                </Button>
              </View>
            </View>
          ))}
        </View>
      )}
      <Dialog
        visible={rejecting !== null}
        title="不通过的原因"
        confirmText="确认不通过"
        cancelText="取消"
        onConfirm={() => void confirmReject()}
        // Closing is ours: the dialog stays open until a reason is written.
        onCancel={() => setRejecting(null)}
      >
        <View className="xq-admin-claims__dialog">
          <Text>{rejecting ? `${rejecting.compound.name} ${unitLabel(rejecting)}` : ''}</Text>
          <TextArea
            className="xq-admin-claims__reason"
            placeholder="例如：房屋已过户，请提供新的不动产权证"
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonError(null);
            }}
            maxLength={200}
            showCount
          />
          {reasonError && (
            <View className="xq-admin-claims__error" role="alert">
              <Text>⚠ {reasonError}</Text>
            </View>
          )}
        </View>
      </Dialog>
    </View>
  );
}
