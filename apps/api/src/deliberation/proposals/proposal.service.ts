import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  PARTIES,
  ROLE_LABELS,
  type EvaluationRequest,
  type Party,
  type ProposalTimelineView,
  type Role,
  type TimelineKind,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import { coveringGrants, type Principal } from '../../common/auth/principal.js';
import { FilesService } from '../../files/files.service.js';
import { PlaceService } from '../../place/place.service.js';
import { OwnerVote, Proposal, ProposalEvaluation, ProposalEvent, ProposalSupport } from '../deliberation.entities.js';
import { wholeSeconds } from '../../common/time/whole-seconds.js';

/** The role a person acts in on a compound, the most responsible first: what the timeline shows instead of names. */
const ACTING_ORDER: Role[] = [
  'community_admin',
  'street_admin',
  'committee_member',
  'property_staff',
  'supervisor',
  'grid_worker',
  'owner',
  'resident',
];

/** Which party a role speaks for in the council. */
const PARTY_OF_ROLE: Partial<Record<Role, Party>> = {
  community_admin: 'residents_committee',
  committee_member: 'owners_committee',
  property_staff: 'property_company',
};

/** A proposal's life besides the vote: support, the four parties' positions, minutes, progress, evaluations. */
@Injectable()
export class ProposalService {
  constructor(
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(ProposalEvent) private readonly events: Repository<ProposalEvent>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlaceService,
    private readonly files: FilesService,
  ) {}

  async get(proposalId: number): Promise<Proposal> {
    const p = await this.proposals.findOne({ where: { id: proposalId } });
    if (!p) throw new DomainException('NOT_FOUND');
    return p;
  }

  /** The role the principal acts in on this proposal's compound. */
  async actingRole(principal: Principal, compoundId: number): Promise<Role> {
    const compound = await this.places.getCompound(compoundId);
    const roles = coveringGrants(principal, ACTING_ORDER, { placeId: compound.id, path: compound.path }).map(
      (g) => g.role,
    );
    return ACTING_ORDER.find((r) => roles.includes(r)) ?? 'resident';
  }

  async record(
    event: {
      proposalId: number;
      kind: TimelineKind;
      actorId: number;
      /** The role the actor acted in; `system` for what a scheduler did (a vote opening at its announced time). */
      actorRole: Role | 'system';
      text: string;
      party?: Party | null;
      attachmentIds?: number[];
      progress?: number | null;
    },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const { attachmentIds = [], ...fields } = event;
    const { identifiers } = await manager.insert(ProposalEvent, { party: null, progress: null, ...fields });
    await this.files.link(manager, 'proposal_event', Number(identifiers[0].id), attachmentIds);
  }

  async timeline(principal: Principal, proposalId: number): Promise<ProposalTimelineView> {
    await this.get(proposalId);
    const events = await this.events.find({ where: { proposalId }, order: { id: 'ASC' } });
    const files = await this.files.linked(
      'proposal_event',
      events.map((e) => e.id),
    );
    const latest = new Map<Party, ProposalEvent>();
    for (const e of events) if (e.kind === 'position' && e.party) latest.set(e.party, e);
    const manager = this.dataSource.manager;
    const [supportCount, mine, evaluations] = await Promise.all([
      manager.count(ProposalSupport, { where: { proposalId } }),
      manager.exists(ProposalSupport, { where: { proposalId, personId: principal.personId } }),
      manager.find(ProposalEvaluation, { where: { proposalId } }),
    ]);
    return {
      proposalId,
      events: events.map((e) => ({
        id: e.id,
        kind: e.kind,
        at: e.createdAt.toISOString(),
        actorRole: e.actorRole === 'system' ? '系统' : (ROLE_LABELS[e.actorRole as Role] ?? e.actorRole),
        text: e.text,
        party: e.party,
        attachmentIds: files.get(e.id) ?? [],
        progress: e.progress,
      })),
      positions: [...latest.values()].map((e) => ({
        party: e.party as Party,
        text: e.text,
        at: e.createdAt.toISOString(),
      })),
      supportCount,
      supportedByMe: mine,
      evaluation: {
        count: evaluations.length,
        scoreSum: evaluations.reduce((s, e) => s + e.score, 0),
        mine: evaluations.find((e) => e.personId === principal.personId)?.score ?? null,
      },
    };
  }

  /** Supporting twice is supporting once. */
  async support(principal: Principal, proposalId: number): Promise<ProposalTimelineView> {
    const p = await this.get(proposalId);
    if (await this.dataSource.manager.exists(ProposalSupport, { where: { proposalId, personId: principal.personId } }))
      return this.timeline(principal, proposalId);
    await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProposalSupport)
        .values({ proposalId, personId: principal.personId })
        .orIgnore()
        .updateEntity(false)
        .execute();
      await this.record(
        {
          proposalId,
          kind: 'supported',
          actorId: principal.personId,
          actorRole: await this.actingRole(principal, p.compoundId),
          text: '附议',
        },
        manager,
      );
    });
    return this.timeline(principal, proposalId);
  }

  /**
   * A party's position. The owners' committee, the property company and the residents' committee record their
   * own; the community office (who convenes the council) records any, including the social organisation's.
   */
  async position(
    principal: Principal,
    proposalId: number,
    partyParam: string,
    text: string,
  ): Promise<ProposalTimelineView> {
    if (!(PARTIES as readonly string[]).includes(partyParam)) throw new DomainException('NOT_FOUND');
    const party = partyParam as Party;
    const p = await this.get(proposalId);
    const role = await this.actingRole(principal, p.compoundId);
    // The meeting's organisers (the community office, the owners' committee) record every party's position as
    // stated at the consultation; the property company records its own. The timeline shows who recorded each.
    if (role !== 'community_admin' && role !== 'committee_member' && PARTY_OF_ROLE[role] !== party)
      throw new DomainException('FORBIDDEN', '只能记录本方的意见');
    await this.dataSource.transaction(async (manager) => {
      await this.record(
        { proposalId, kind: 'position', actorId: principal.personId, actorRole: role, text: text.trim(), party },
        manager,
      );
      if (p.stage === 'raised') await manager.update(Proposal, { id: proposalId }, { stage: 'consultation' });
    });
    return this.timeline(principal, proposalId);
  }

  async meeting(
    principal: Principal,
    proposalId: number,
    minutes: string,
    attendees: string[],
    attachmentIds: number[],
  ): Promise<ProposalTimelineView> {
    const p = await this.get(proposalId);
    await this.files.requireOwn(p.compoundId, attachmentIds, '照片', false, principal.personId);
    const text = `${minutes.trim()}\n参会：${attendees
      .map((a) => a.trim())
      .filter(Boolean)
      .join('、')}`;
    await this.dataSource.transaction(async (manager) => {
      await this.record(
        {
          proposalId,
          kind: 'meeting',
          actorId: principal.personId,
          actorRole: await this.actingRole(principal, p.compoundId),
          text,
          attachmentIds,
        },
        manager,
      );
      await this.files.setVisibility(attachmentIds, 'compound', manager);
      if (p.stage === 'raised') await manager.update(Proposal, { id: proposalId }, { stage: 'consultation' });
    });
    return this.timeline(principal, proposalId);
  }

  /** Implementation progress; only once a decision stands (its result is published). */
  async progress(
    principal: Principal,
    proposalId: number,
    text: string,
    progress: number,
    attachmentIds: number[],
  ): Promise<ProposalTimelineView> {
    const p = await this.get(proposalId);
    if (!['published', 'implementing'].includes(p.stage))
      throw new DomainException('CONFLICT', '议题的结果公示之后才能登记落实进展');
    // Only a final result is implemented: not one still open to objections (询异公示).
    const vote = await this.dataSource.manager.findOne(OwnerVote, { where: { proposalId } });
    if (vote && vote.status === 'closed' && vote.objectionEndsAt && !vote.finalAt)
      throw new DomainException('CONFLICT', '表决结果还在询异公示期，生效之后才能登记落实进展');
    await this.files.requireOwn(p.compoundId, attachmentIds, '照片', false, principal.personId);
    await this.dataSource.transaction(async (manager) => {
      await this.record(
        {
          proposalId,
          kind: 'update',
          actorId: principal.personId,
          actorRole: await this.actingRole(principal, p.compoundId),
          text: text.trim(),
          attachmentIds,
          progress,
        },
        manager,
      );
      await this.files.setVisibility(attachmentIds, 'compound', manager);
      await manager.update(Proposal, { id: proposalId }, { stage: 'implementing' });
    });
    return this.timeline(principal, proposalId);
  }

  /** Residents evaluate the outcome once it is being implemented; one evaluation each, changeable. */
  async evaluate(principal: Principal, proposalId: number, request: EvaluationRequest): Promise<ProposalTimelineView> {
    const p = await this.get(proposalId);
    if (!['implementing', 'evaluated'].includes(p.stage)) throw new DomainException('CONFLICT', '议题落实之后才能评价');
    const evaluatedAt = wholeSeconds();
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        ProposalEvaluation,
        {
          proposalId,
          personId: principal.personId,
          score: request.score,
          comment: request.comment.trim(),
          evaluatedAt,
        },
        ['proposalId', 'personId'],
      );
      await this.record(
        {
          proposalId,
          kind: 'evaluated',
          actorId: principal.personId,
          actorRole: await this.actingRole(principal, p.compoundId),
          text: `${request.score} 分${request.comment.trim() ? `：${request.comment.trim()}` : ''}`,
        },
        manager,
      );
    });
    return this.timeline(principal, proposalId);
  }
}
