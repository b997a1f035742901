import type { PlaceRef } from './api.js';
import type { ComplaintCategory, ComplaintRoute, ComplaintStatus } from './complaint.js';
import type { ComplaintLevel } from './deadline.js';
import type { Role } from './roles.js';

/** Something new in the compound, newest first on 首页; `countdownTo` is when an announced vote opens or an open one closes. */
export interface HomeNotice {
  kind: 'disclosure' | 'proposal' | 'vote_announced' | 'vote_open' | 'vote_result';
  title: string;
  /** When it happened (published, raised, announced, opened, closed). */
  at: string;
  countdownTo: string | null;
  /** The mini program page that shows it. */
  page: string;
}

/** An open owner vote the person may cast and has not yet (未投票). */
export interface HomeVoteItem {
  voteId: number;
  proposalId: number;
  title: string;
  closesAt: string;
}

/** One of my complaints still open (not closed or withdrawn), with where it stands. */
export interface HomeComplaintItem {
  id: number;
  category: ComplaintCategory;
  status: ComplaintStatus;
  level: ComplaintLevel;
  route: ComplaintRoute;
  createdAt: string;
}

/** A complaint waiting on a handler, by the deadline that applies now. */
export interface HomeDeadline {
  complaintId: number;
  category: ComplaintCategory;
  status: ComplaintStatus;
  dueAt: string;
  dueKind: 'accept' | 'resolve';
  overdue: boolean;
}

/** A resident's or owner's compound: its news, my open complaints there, and the votes I have not cast. */
export interface ResidentHomeSection {
  kind: 'resident';
  place: PlaceRef;
  roles: Role[];
  notices: HomeNotice[];
  openComplaints: HomeComplaintItem[];
  /** Only owners vote; empty for residents. */
  unvotedVotes: HomeVoteItem[];
}

/** A grid worker's grids in one compound: their inbox (open items), how many are overdue, the next deadlines. */
export interface GridWorkerHomeSection {
  kind: 'grid_worker';
  place: PlaceRef;
  grids: string[];
  inbox: number;
  overdue: number;
  nextDeadlines: HomeDeadline[];
}

/**
 * A compound's staff (property staff, committee, supervisor), what each of their roles there owes: null where none of
 * their roles does that work.
 */
export interface CompoundStaffHomeSection {
  kind: 'compound_staff';
  place: PlaceRef;
  roles: Role[];
  /** Property staff: account-disclosure drafts and a service-disclosure draft not yet published. */
  draftsToPublish: number | null;
  /** Property staff: residents' questions on line items with no answer yet, and when the oldest was asked. */
  questionsWaiting: { count: number; oldestAskedAt: string | null } | null;
  /** Supervisor, committee: account drafts they have not written a review note on. */
  reviewsToGive: number | null;
  /** Property staff: open complaints routed to the property company, and how many are overdue. */
  complaintsRouted: { count: number; overdue: number } | null;
}

/** A community, street or district admin's place: claims to decide, escalated complaints, problem compounds. */
export interface AdminHomeSection {
  kind: 'admin';
  role: 'community_admin' | 'street_admin' | 'district_admin';
  place: PlaceRef;
  /** The place's ancestors, largest first. */
  placePath: PlaceRef[];
  /** Claims waiting for a decision under the place (community and street admins). */
  pendingClaims: number | null;
  /** Open difficult and major complaints under the place, and how many are overdue. */
  escalatedComplaints: { count: number; overdue: number };
  /** Compounds marked on this month's problem-compound list (street and district admins). */
  problemCompounds: number | null;
  /** The month of that list, `2026-11`. */
  period: string;
}

export type HomeSection = ResidentHomeSection | GridWorkerHomeSection | CompoundStaffHomeSection | AdminHomeSection;

/** The red dots of the tab bar: 首页 pending work, 议事 unvoted votes, 诉求 unread complaint news, 我的 unread messages. */
export interface HomeBadges {
  pendingWork: number;
  unvotedVotes: number;
  unreadComplaintUpdates: number;
  unreadMessages: number;
}

/** `GET /api/me/home`: a section for every role the person holds (each naming its place), and the badge counts. */
export interface HomeResponse {
  sections: HomeSection[];
  badges: HomeBadges;
}

/** The work a section asks of its person now (what 首页's badge adds up); residents' sections ask none. */
export function pendingWorkOf(section: HomeSection): number {
  switch (section.kind) {
    case 'resident':
      return 0;
    case 'grid_worker':
      return section.inbox;
    case 'compound_staff':
      return (
        (section.draftsToPublish ?? 0) +
        (section.questionsWaiting?.count ?? 0) +
        (section.reviewsToGive ?? 0) +
        (section.complaintsRouted?.count ?? 0)
      );
    case 'admin':
      return (section.pendingClaims ?? 0) + section.escalatedComplaints.count;
  }
}

/** Topics of the notices a person receives (the message centre's kinds). */
export const NOTIFICATION_TOPICS = [
  'question_answered',
  'vote_announced',
  'vote_opened',
  'vote_closing',
  'vote_result',
  'vote_terminated',
  'vote_final',
  'objections_waiting',
  'objection_answered',
  'complaint_update',
  'complaint_assigned',
  'complaint_overdue',
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

/** What a notice is, in words: the title of notices logged before titles were stored. */
export const NOTIFICATION_TOPIC_LABELS: Record<NotificationTopic, string> = {
  question_answered: '您的质询已答复',
  vote_announced: '业主表决公告',
  vote_opened: '业主表决已开始',
  vote_closing: '业主表决即将截止',
  vote_result: '表决结果已公示',
  vote_terminated: '表决已终止',
  vote_final: '表决结果已确定',
  objections_waiting: '有异议待答复',
  objection_answered: '您的异议已答复',
  complaint_update: '诉求有新进展',
  complaint_assigned: '有新诉求待办',
  complaint_overdue: '诉求已超期',
};

/** Topics that count as complaint news (the 诉求 tab's red dot). */
export const COMPLAINT_NOTIFICATION_TOPICS: readonly NotificationTopic[] = [
  'complaint_update',
  'complaint_assigned',
  'complaint_overdue',
];

/** One notice in the message centre. */
export interface NotificationView {
  id: number;
  topic: NotificationTopic;
  title: string;
  /** The mini program page it opens; null for old notices whose page was not kept. */
  page: string | null;
  createdAt: string;
  read: boolean;
}

/** `POST /api/me/notifications/read`: some of my notices (`ids`), or all of them (`all: true`). */
export interface MarkNotificationsReadRequest {
  ids?: number[];
  all?: boolean;
  /** The notices about one complaint (its updates, assignment, deadline): read by opening its page. */
  complaintId?: number;
}

/** The answer to marking: how many of my notices are still unread. */
export interface MarkNotificationsReadResponse {
  unread: number;
}
