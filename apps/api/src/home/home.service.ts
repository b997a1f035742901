import { Injectable } from '@nestjs/common';
import {
  pendingWorkOf,
  type AdminHomeSection,
  type CompoundStaffHomeSection,
  type GridWorkerHomeSection,
  type HomeNotice,
  type HomeResponse,
  type HomeSection,
  type ResidentHomeSection,
  type Role,
} from '@xiaoqu/shared';
import type { Principal, PrincipalGrant } from '../common/auth/principal.js';
import { ClaimService } from '../claim/claim.service.js';
import { ComplaintDigest } from '../complaint/complaint-digest.service.js';
import { currentPeriod } from '../complaint/problem-compounds.service.js';
import { DeliberationDigest } from '../deliberation/deliberation-digest.service.js';
import { DisclosureDigest } from '../disclosure/disclosure-digest.service.js';
import { NotificationInbox } from '../notification/notification-inbox.service.js';
import { idsOfPath } from '../place/place-path.js';
import type { Place } from '../place/place.entity.js';
import { PlaceService, toPlaceRef } from '../place/place.service.js';

const DAY = 24 * 3600_000;
/** How far back 首页 looks for a compound's news. */
const NEWS_DAYS = 30;
/** How many notices a compound's section shows. */
const NOTICES_SHOWN = 8;

const RESIDENT_ROLES: readonly Role[] = ['resident', 'owner'];
const STAFF_ROLES: readonly Role[] = ['property_staff', 'committee_member', 'supervisor'];
const ADMIN_ROLES = ['community_admin', 'street_admin', 'district_admin'] as const;
type AdminRole = (typeof ADMIN_ROLES)[number];

/** Grants grouped by the place they are on, in the order first granted. */
function byPlace(grants: PrincipalGrant[]): Map<number, PrincipalGrant[]> {
  const groups = new Map<number, PrincipalGrant[]>();
  for (const g of grants) groups.set(g.placeId, [...(groups.get(g.placeId) ?? []), g]);
  return groups;
}

/** Countdowns first (the soonest first), then the newest. */
function noticeOrder(a: HomeNotice, b: HomeNotice): number {
  if (a.countdownTo && b.countdownTo) return a.countdownTo.localeCompare(b.countdownTo);
  if (a.countdownTo || b.countdownTo) return a.countdownTo ? -1 : 1;
  return b.at.localeCompare(a.at);
}

/**
 * 首页 for every role the caller holds: a section per place (its news and my complaints and votes for residents and
 * owners, the inbox for grid workers, drafts, questions, reviews and routed complaints for compound staff, claims,
 * escalated complaints and problem compounds for admins), each counted only in the places of that role's grants,
 * by asking the domains that own the data. With the tab bar's badge counts.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly places: PlaceService,
    private readonly complaints: ComplaintDigest,
    private readonly deliberation: DeliberationDigest,
    private readonly disclosures: DisclosureDigest,
    private readonly claims: ClaimService,
    private readonly inbox: NotificationInbox,
  ) {}

  async home(principal: Principal, now = Date.now()): Promise<HomeResponse> {
    const placeOf = await this.places.placesOnPaths(principal.grants.map((g) => g.placePath));
    const ref = (id: number) => toPlaceRef(placeOf.get(id) as Place);
    const [residents, grids, staff, admins, unread] = await Promise.all([
      this.residentSections(principal, ref, now),
      this.gridSections(principal, placeOf, ref, now),
      this.staffSections(principal, ref, now),
      this.adminSections(principal, ref, now),
      this.inbox.unreadCounts(principal.personId),
    ]);
    const sections: HomeSection[] = [...residents, ...grids, ...staff, ...admins];
    return {
      sections,
      badges: {
        pendingWork: sections.reduce((sum, s) => sum + pendingWorkOf(s), 0),
        unvotedVotes: residents.reduce((sum, s) => sum + s.unvotedVotes.length, 0),
        unreadComplaintUpdates: unread.complaints,
        unreadMessages: unread.all,
      },
    };
  }

  private async residentSections(
    principal: Principal,
    ref: (id: number) => ReturnType<typeof toPlaceRef>,
    now: number,
  ): Promise<ResidentHomeSection[]> {
    const groups = byPlace(principal.grants.filter((g) => RESIDENT_ROLES.includes(g.role)));
    if (groups.size === 0) return [];
    const compoundIds = [...groups.keys()];
    const ownerOf = compoundIds.filter((id) => groups.get(id)!.some((g) => g.role === 'owner'));
    const since = new Date(now - NEWS_DAYS * DAY);
    const [votesNews, disclosureNews, complaints, unvoted] = await Promise.all([
      this.deliberation.recentNotices(compoundIds, since, now),
      this.disclosures.recentNotices(compoundIds, since),
      this.complaints.openOfFiler(principal.personId),
      this.deliberation.unvotedOpenVotes(principal.personId, ownerOf, now),
    ]);
    return compoundIds.map((compoundId) => ({
      kind: 'resident',
      place: ref(compoundId),
      roles: [...new Set(groups.get(compoundId)!.map((g) => g.role))],
      notices: [...votesNews, ...disclosureNews]
        .filter((n) => n.compoundId === compoundId)
        .sort(noticeOrder)
        .slice(0, NOTICES_SHOWN)
        .map(({ compoundId: _, ...notice }) => notice),
      openComplaints: complaints.filter((c) => c.compoundId === compoundId).map(({ compoundId: _, ...c }) => c),
      unvotedVotes: unvoted.filter((v) => v.compoundId === compoundId).map(({ compoundId: _, ...v }) => v),
    }));
  }

  private async gridSections(
    principal: Principal,
    placeOf: Map<number, Place>,
    ref: (id: number) => ReturnType<typeof toPlaceRef>,
    now: number,
  ): Promise<GridWorkerHomeSection[]> {
    const groups = byPlace(principal.grants.filter((g) => g.role === 'grid_worker' && g.gridId !== null));
    return Promise.all(
      [...groups].map(async ([compoundId, grants]) => {
        const gridIds = grants.map((g) => g.gridId as number);
        const [queue, gridsThere] = await Promise.all([
          this.complaints.gridQueue(gridIds, now),
          this.places.gridsUnder((placeOf.get(compoundId) as Place).path),
        ]);
        return {
          kind: 'grid_worker' as const,
          place: ref(compoundId),
          grids: gridsThere.filter((g) => gridIds.includes(g.id)).map((g) => g.name),
          inbox: queue.count,
          overdue: queue.overdue,
          nextDeadlines: queue.next,
        };
      }),
    );
  }

  private async staffSections(
    principal: Principal,
    ref: (id: number) => ReturnType<typeof toPlaceRef>,
    now: number,
  ): Promise<CompoundStaffHomeSection[]> {
    const groups = byPlace(principal.grants.filter((g) => STAFF_ROLES.includes(g.role)));
    return Promise.all(
      [...groups].map(async ([compoundId, grants]) => {
        const roles = [...new Set(grants.map((g) => g.role))];
        const property = roles.includes('property_staff');
        const reviewer = roles.includes('supervisor') || roles.includes('committee_member');
        const [drafts, questions, reviews, routed] = await Promise.all([
          property ? this.disclosures.draftsToPublish(compoundId) : null,
          property ? this.disclosures.questionsWaiting(compoundId) : null,
          reviewer ? this.disclosures.reviewsToGive(compoundId, principal.personId) : null,
          property ? this.complaints.propertyQueue(compoundId, now) : null,
        ]);
        return {
          kind: 'compound_staff' as const,
          place: ref(compoundId),
          roles,
          draftsToPublish: drafts,
          questionsWaiting: questions,
          reviewsToGive: reviews,
          complaintsRouted: routed,
        };
      }),
    );
  }

  private async adminSections(
    principal: Principal,
    ref: (id: number) => ReturnType<typeof toPlaceRef>,
    now: number,
  ): Promise<AdminHomeSection[]> {
    const period = currentPeriod(now);
    const grants = principal.grants.filter((g): g is PrincipalGrant & { role: AdminRole } =>
      (ADMIN_ROLES as readonly Role[]).includes(g.role),
    );
    return Promise.all(
      grants.map(async (g) => {
        const [pendingClaims, escalated, problems] = await Promise.all([
          g.role === 'district_admin' ? null : this.claims.pendingUnder(g.placePath),
          this.complaints.escalatedUnder(g.placePath, now),
          g.role === 'community_admin' ? null : this.complaints.problemCompoundCount(g.placePath, period),
        ]);
        return {
          kind: 'admin' as const,
          role: g.role,
          place: ref(g.placeId),
          placePath: idsOfPath(g.placePath)
            .filter((id) => id !== g.placeId)
            .map(ref),
          pendingClaims,
          escalatedComplaints: escalated,
          problemCompounds: problems,
          period,
        };
      }),
    );
  }
}
