import { Tag } from '@nutui/nutui-react-taro';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@xiaoqu/shared';

// Dark text on a light tint: readable, and the word (not the colour) carries the meaning.
const TAG_COLORS = {
  pending: { background: '#fff4e5', color: '#7a4100' },
  approved: { background: '#e6f2ee', color: '#0b5a41' },
  rejected: { background: '#fdecea', color: '#8c1d18' },
} as const satisfies Record<ClaimStatus, { background: string; color: string }>;

/** A claim's status in words. */
export function StatusTag({ status }: { status: ClaimStatus }) {
  return (
    <Tag {...TAG_COLORS[status]} className={`xq-tag xq-status xq-status--${status}`}>
      {CLAIM_STATUS_LABELS[status]}
    </Tag>
  );
}
