import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { formatArea, formatDateCn, type ClaimView } from '@xiaoqu/shared';
import { StatusTag } from '../StatusTag';
import './index.scss';

export function unitLabel(unit: { building: string; entrance: string; room: string }): string {
  return [unit.building, unit.entrance, unit.room].filter(Boolean).join(' ');
}

function claimNote(claim: ClaimView): string {
  switch (claim.status) {
    case 'pending':
      return `${formatDateCn(claim.createdAt)}提交，等待社区核对`;
    case 'approved':
      return `${formatDateCn(claim.decidedAt ?? claim.createdAt)}通过，您已是这套房屋的认证业主`;
    case 'rejected':
      return `${formatDateCn(claim.decidedAt ?? claim.createdAt)}未通过`;
    case 'revoked':
      return `${formatDateCn(claim.revokedAt ?? claim.createdAt)}社区撤销了认证，您已不是这套房屋的认证业主`;
  }
}

/** The caller's unit claims with their status (and the reason of a refusal or a revocation). */
export function ClaimList({ claims, title }: { claims: ClaimView[]; title?: string }) {
  return (
    <Cell.Group className="xq-claims" title={title}>
      {claims.map((claim) => (
        <Cell
          key={claim.id}
          className={`xq-claims__item xq-claims__item--${claim.status}`}
          title={
            <View className="xq-claims__title">
              <Text>
                {claim.compound.name} {unitLabel(claim)}
              </Text>
            </View>
          }
          description={
            <View className="xq-claims__description">
              <Text>
                {formatArea(claim.areaCentiM2)} · {claimNote(claim)}
              </Text>
              {(claim.status === 'rejected' || claim.status === 'revoked') && (
                <View className="xq-claims__reason">
                  <Text>原因：{claim.reason || '未说明，请联系社区'}</Text>
                </View>
              )}
            </View>
          }
          extra={<StatusTag status={claim.status} />}
          align="center"
        />
      ))}
    </Cell.Group>
  );
}
