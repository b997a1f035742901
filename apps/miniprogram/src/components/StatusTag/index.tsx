import { Tag } from '@nutui/nutui-react-taro';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@xiaoqu/shared';

const TAG_TYPE = { pending: 'warning', approved: 'success', rejected: 'danger' } as const satisfies Record<
  ClaimStatus,
  'warning' | 'success' | 'danger'
>;

/** A claim's status: the word carries the meaning, the colour only repeats it. */
export function StatusTag({ status }: { status: ClaimStatus }) {
  return (
    <Tag type={TAG_TYPE[status]} plain className={`xq-status xq-status--${status}`}>
      {CLAIM_STATUS_LABELS[status]}
    </Tag>
  );
}
