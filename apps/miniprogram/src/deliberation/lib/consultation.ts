import {
  PARTIES,
  PARTY_LABELS,
  type MeResponse,
  type Party,
  type ProposalStage,
  type ProposalTimelineView,
  type RoleGrantView,
  type TimelineEventView,
  type TimelineKind,
} from '@xiaoqu/shared';

/** What each kind of step is called on the timeline. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  raised: '提出议题',
  supported: '附议',
  position: '表明意见',
  meeting: '协商会议',
  vote_announced: '表决公告',
  vote_opened: '开始表决',
  vote_closed: '表决结束',
  vote_terminated: '表决中止',
  objection: '提出异议',
  objection_answer: '答复异议',
  correction: '更正结果',
  result_final: '结果生效',
  update: '落实进展',
  evaluated: '居民评价',
};

/** `2026年11月26日 14:05` in China time (UTC+8). */
export function formatDateTimeCn(at: string): string {
  const cn = new Date(new Date(at).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${cn.getUTCFullYear()}年${cn.getUTCMonth() + 1}月${cn.getUTCDate()}日 ${pad(cn.getUTCHours())}:${pad(cn.getUTCMinutes())}`;
}

export interface TimelineLine {
  /** `业委会的意见`, `落实进展 · 60%`, `协商会议`… */
  title: string;
  /** Who (by role) and when: `业委会成员 · 2026年11月26日 14:05`. */
  meta: string;
  /** The text without the attendees line of a meeting. */
  text: string;
  /** A meeting's attendees, empty otherwise. */
  attendees: string[];
}

const ATTENDEES_PREFIX = '参会：';

/** ISO times inside a step's text (`截止 2026-11-27T15:59:59.000Z`) in the words people read. */
export function readableTimes(text: string): string {
  return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g, (iso) =>
    Number.isNaN(new Date(iso).getTime()) ? iso : formatDateTimeCn(iso),
  );
}

/** A timeline step as residents read it; a meeting's last line `参会：甲、乙` becomes its list of attendees. */
export function timelineLine(event: TimelineEventView): TimelineLine {
  const meta = `${event.actorRole} · ${formatDateTimeCn(event.at)}`;
  let title = TIMELINE_KIND_LABELS[event.kind];
  let text = readableTimes(event.text);
  let attendees: string[] = [];
  if (event.kind === 'position' && event.party) title = `${PARTY_LABELS[event.party]}的意见`;
  if (event.kind === 'update' && event.progress !== null) title = `${title} · ${event.progress}%`;
  if (event.kind === 'meeting') {
    const cut = text.lastIndexOf(`\n${ATTENDEES_PREFIX}`);
    if (cut >= 0) {
      attendees = text
        .slice(cut + 1 + ATTENDEES_PREFIX.length)
        .split('、')
        .map((a) => a.trim())
        .filter(Boolean);
      text = text.slice(0, cut);
    }
  }
  return { title, meta, text, attendees };
}

/** `张三，李四、王五` (commas, 、, spaces or lines) → the names once each, at most 50 as the API takes. */
export function parseAttendees(input: string): string[] {
  const names = input
    .split(/[,，、;；\s]+/)
    .map((n) => n.trim())
    .filter(Boolean);
  return [...new Set(names)].slice(0, 50);
}

export interface PartyPosition {
  party: Party;
  label: string;
  text: string | null;
  at: string | null;
}

/** All four parties in their fixed order, each with its latest position or null when it has not given one. */
export function partyPositions(positions: ProposalTimelineView['positions']): PartyPosition[] {
  return PARTIES.map((party) => {
    const found = positions.find((p) => p.party === party);
    return { party, label: PARTY_LABELS[party], text: found?.text ?? null, at: found?.at ?? null };
  });
}

/** Whether a grant covers the compound (granted on it or on a place above it). */
function onCompound(grant: RoleGrantView, compoundId: number): boolean {
  return (
    (grant.place.level === 'compound' && grant.place.id === compoundId) ||
    grant.placePath.some((p) => p.level === 'compound' && p.id === compoundId)
  );
}

function coversCompound(grant: RoleGrantView, compoundId: number): boolean {
  // A community admin's grant is on the community above the compound: the client cannot tell which compounds it
  // covers, and the server decides anyway.
  return grant.role === 'community_admin' || onCompound(grant, compoundId);
}

/**
 * The parties whose position I may record, as the API allows: the organisers of the consultation (the community
 * office, the owners' committee) any of the four, as stated there; the property company its own.
 */
export function recordableParties(me: MeResponse, compoundId: number): Party[] {
  const roles = me.roles.filter((g) => coversCompound(g, compoundId)).map((g) => g.role);
  if (roles.includes('community_admin')) return [...PARTIES];
  // The server acts in the most responsible role: a street admin has no party.
  if (roles.includes('street_admin')) return [];
  if (roles.includes('committee_member')) return [...PARTIES];
  if (roles.includes('property_staff')) return ['property_company'];
  return [];
}

/** Who may post implementation progress: organisers and the property company. */
export function mayPostUpdates(me: MeResponse, compoundId: number): boolean {
  return me.roles.some(
    (g) => coversCompound(g, compoundId) && ['community_admin', 'committee_member', 'property_staff'].includes(g.role),
  );
}

/** Residents and owners of the compound support proposals, answer polls and evaluate outcomes. */
export function isResidentOf(me: MeResponse, compoundId: number): boolean {
  return (
    me.units.some((u) => u.compound.id === compoundId) ||
    me.roles.some((g) => (g.role === 'resident' || g.role === 'owner') && onCompound(g, compoundId))
  );
}

/** Support is asked for while a proposal is being raised and discussed. */
export const supportOpen = (stage: ProposalStage) => stage === 'raised' || stage === 'consultation';
/** Progress is posted once the result is published. */
export const updatesOpen = (stage: ProposalStage) => stage === 'published' || stage === 'implementing';
/** Residents evaluate once the outcome is being implemented. */
export const evaluationOpen = (stage: ProposalStage) => stage === 'implementing' || stage === 'evaluated';

/** `4.3 分 · 12 人评价`, or null before anyone evaluated. */
export function averageScoreText(evaluation: ProposalTimelineView['evaluation']): string | null {
  if (evaluation.count === 0) return null;
  const avg = Math.round((evaluation.scoreSum * 10) / evaluation.count) / 10;
  return `${avg.toFixed(1)} 分 · ${evaluation.count} 人评价`;
}

/** Whether the timeline shows a resident poll was opened (its id is not in any view: see the proposal page). */
export function hasPollOpened(events: TimelineEventView[]): boolean {
  return events.some((e) => e.kind === 'vote_opened' && e.text.includes('居民意见征询'));
}
