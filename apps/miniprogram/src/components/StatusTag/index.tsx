import { Tag } from '@nutui/nutui-react-taro';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@xiaoqu/shared';
import {
  proposalStageKey,
  stageKeyLabel,
  type ProposalStageKey,
  type StagedProposal,
} from '../../services/proposal-stage';

// Dark text on a light tint: readable, and the word (not the colour) carries the meaning.
const TAG_COLORS = {
  pending: { background: '#fff4e5', color: '#7a4100' },
  approved: { background: '#e6f2ee', color: '#0b5a41' },
  rejected: { background: '#fdecea', color: '#8c1d18' },
  revoked: { background: '#f1f2f4', color: '#3c4049' },
} as const satisfies Record<ClaimStatus, { background: string; color: string }>;

/** A claim's status in words. */
export function StatusTag({ status }: { status: ClaimStatus }) {
  return (
    <Tag {...TAG_COLORS[status]} className={`xq-tag xq-status xq-status--${status}`}>
      {CLAIM_STATUS_LABELS[status]}
    </Tag>
  );
}

const STAGE_COLORS = {
  raised: { background: '#eef1f6', color: '#2f3a4f' },
  consultation: { background: '#fff4e5', color: '#7a4100' },
  polling: { background: '#f1eafa', color: '#4b2a78' },
  voting: { background: '#e8f0fe', color: '#1a3f8a' },
  published: { background: '#e6f2ee', color: '#0b5a41' },
  implementing: { background: '#e6f2ee', color: '#0b5a41' },
  evaluated: { background: '#eef1f6', color: '#2f3a4f' },
  announced: { background: '#e8f0fe', color: '#1a3f8a' },
  objection: { background: '#fff4e5', color: '#7a4100' },
  effective: { background: '#e6f2ee', color: '#0b5a41' },
  terminated: { background: '#f1f2f4', color: '#3c4049' },
} as const satisfies Record<ProposalStageKey, { background: string; color: string }>;

/** A proposal's stage in words: 征询中 while a resident poll (not an owner vote) is under way, 询异公示中… */
export function StageTag({ proposal }: { proposal: StagedProposal }) {
  const key = proposalStageKey(proposal);
  return (
    <Tag {...STAGE_COLORS[key]} className={`xq-tag xq-stage xq-stage--${key}`}>
      {stageKeyLabel(key)}
    </Tag>
  );
}
