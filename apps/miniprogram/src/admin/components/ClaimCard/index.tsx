import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatArea, formatDateCn, type ClaimDecisionView, type ClaimView } from '@xiaoqu/shared';
import { unitLabel } from '../../../components/ClaimList';
import { StatusTag } from '../../../components/StatusTag';
import { ClaimMatchRows } from '../ClaimMatchRows';
import { ClaimHistory } from '../ClaimHistory';

/** One claim for the admin who decides it: who, which unit, the roster match, the next action, the record. */
export function ClaimCard({
  claim,
  busy,
  onApprove,
  onReject,
  onRevoke,
  onOpenPhoto,
  loadHistory,
}: {
  claim: ClaimView;
  /** Some decision is being sent: every button waits. */
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
  onRevoke: () => void;
  onOpenPhoto: (attachmentId: number) => void;
  loadHistory: () => Promise<ClaimDecisionView[]>;
}) {
  const who = claim.claimant?.name ?? `用户 ${claim.claimant?.personId ?? ''}`;
  return (
    <View className="xq-admin-claims__card">
      <View className="xq-admin-claims__unit">
        <Text>
          {claim.compound.name} {unitLabel(claim)}
        </Text>
        <StatusTag status={claim.status} />
      </View>
      <View className="xq-admin-claims__meta">
        <Text>
          申请人 {who}（填报业主 {claim.claimant?.claimedOwnerName ?? '未知'}） · 登记面积{' '}
          {formatArea(claim.areaCentiM2)} · {formatDateCn(claim.createdAt)}提交
          {claim.decidedAt && claim.status === 'approved' ? ` · ${formatDateCn(claim.decidedAt)}通过` : ''}
        </Text>
      </View>
      {claim.match && (
        <ClaimMatchRows match={claim.match} pending={claim.status === 'pending'} onOpenPhoto={onOpenPhoto} />
      )}
      {claim.status === 'pending' && (
        <View className="xq-admin-claims__actions">
          <Button type="primary" size="large" loading={busy} disabled={busy} onClick={onApprove}>
            通过
          </Button>
          <Button size="large" disabled={busy} onClick={onReject}>
            不通过
          </Button>
        </View>
      )}
      {claim.status === 'approved' && (
        <View className="xq-admin-claims__actions">
          <Button size="large" disabled={busy} onClick={onRevoke}>
            撤销认证
          </Button>
        </View>
      )}
      <ClaimHistory load={loadHistory} />
    </View>
  );
}
