import { CLAIM_FIELD_MATCH_LABELS, type ClaimView } from '@xiaoqu/shared';
import { unitLabel } from '../../components/ClaimList';

/** The confirm step before an approval: what is approved, how it matched, and what it does. */
export function approvalQuestion(claim: ClaimView): { title: string; content: string } {
  const m = claim.match;
  const lines = m
    ? [
        `业主姓名：${CLAIM_FIELD_MATCH_LABELS[m.ownerName]}`,
        `手机号后 4 位：${CLAIM_FIELD_MATCH_LABELS[m.phoneLast4]}`,
        `产权证号后 6 位：${CLAIM_FIELD_MATCH_LABELS[m.deedLast6]}`,
        `产权证照片：${m.deedPhoto === 'attached' ? '已附' : '未附'}`,
      ]
    : [];
  return {
    title: '确认通过认证？',
    content: [
      `${claim.compound.name} ${unitLabel(claim)}`,
      ...lines,
      '通过后申请人即成为这套房屋的认证业主，可参加业主表决。如有错误，可撤销并写明原因。',
    ].join('\n'),
  };
}
