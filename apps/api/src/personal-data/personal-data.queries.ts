import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { UnitClaim } from '../claim/unit-claim.entity.js';
import { UnitOwner } from '../place/unit-owner.entity.js';
import { Complaint, ComplaintEvent } from '../complaint/complaint.entities.js';
import {
  Ballot,
  PollVote,
  Proposal,
  ProposalEvaluation,
  ProposalSupport,
  VoteObjection,
} from '../deliberation/deliberation.entities.js';
import { LineQuestion, ReviewNote } from '../disclosure/disclosure.entities.js';
import { Notification } from '../notification/notification.entity.js';
import { Attachment } from '../files/attachment.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

/** What other domains hold about one person, row by row, as the export lists it. */
export interface HeldRows {
  unitClaims: UnitClaim[];
  unitLinks: UnitOwner[];
  complaintsFiled: Complaint[];
  complaintEvents: ComplaintEvent[];
  proposalsRaised: Proposal[];
  proposalSupports: ProposalSupport[];
  proposalEvaluations: ProposalEvaluation[];
  questionsAsked: LineQuestion[];
  reviewNotes: ReviewNote[];
  objectionsFiled: VoteObjection[];
  ballots: Ballot[];
  pollVotes: PollVote[];
  notifications: Notification[];
  uploads: Attachment[];
  auditEntries: AuditEntry[];
}

/**
 * The one place that reads and changes other domains' tables by person, for the person's own export and account
 * deletion (PIPL): those domains have no by-person queries, and both requests must see everything at once. It sits
 * above every domain (nothing imports it), so it closes no folder cycle.
 */
@Injectable()
export class PersonalDataQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async heldAbout(personId: number): Promise<HeldRows> {
    const m = this.dataSource.manager;
    const unitLinks = await m.find(UnitOwner, { where: { personId }, order: { id: 'ASC' } });
    const complaintsFiled = await m.find(Complaint, { where: { filedBy: personId }, order: { id: 'ASC' } });
    const ownerKeys = [...new Set(unitLinks.map((l) => l.ownerKey))];
    const complaintIds = complaintsFiled.map((c) => c.id);
    return {
      unitClaims: await m.find(UnitClaim, { where: { personId }, order: { id: 'ASC' } }),
      unitLinks,
      complaintsFiled,
      // Events on their complaints, and events they wrote on others' (as staff).
      complaintEvents: await m.find(ComplaintEvent, {
        where: [{ actorId: personId }, ...(complaintIds.length ? [{ complaintId: In(complaintIds) }] : [])],
        order: { id: 'ASC' },
      }),
      proposalsRaised: await m.find(Proposal, { where: { raisedBy: personId }, order: { id: 'ASC' } }),
      proposalSupports: await m.find(ProposalSupport, { where: { personId } }),
      proposalEvaluations: await m.find(ProposalEvaluation, { where: { personId } }),
      questionsAsked: await m.find(LineQuestion, { where: { askerId: personId }, order: { id: 'ASC' } }),
      reviewNotes: await m.find(ReviewNote, { where: { authorId: personId }, order: { id: 'ASC' } }),
      objectionsFiled: await m.find(VoteObjection, { where: { personId }, order: { id: 'ASC' } }),
      // Ballots of the owner keys they hold or held: theirs, however they were cast (online, paper, proxy).
      ballots: ownerKeys.length
        ? await m.find(Ballot, { where: { ownerKey: In(ownerKeys) }, order: { id: 'ASC' } })
        : [],
      pollVotes: await m.find(PollVote, { where: { personId } }),
      notifications: await m.find(Notification, { where: { personId }, order: { id: 'ASC' } }),
      uploads: await m.find(Attachment, { where: { uploadedBy: personId }, order: { id: 'ASC' } }),
      auditEntries: await m.find(AuditEntry, { where: { personId }, order: { id: 'ASC' } }),
    };
  }

  /**
   * What deleting an account does outside identity: pending claims are withdrawn (refused with a reason), every
   * claim forgets the name typed into it, and current owner links end (the roster and ballots keep the unit's key).
   * Complaints, ballots, published records and the log of notices sent (proof a vote was announced) stay.
   */
  async forget(personId: number, sealedPlaceholder: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(
      UnitClaim,
      { personId, status: 'pending' },
      { status: 'rejected', reason: '申请人已注销账号', decidedAt: at },
    );
    await manager.update(UnitClaim, { personId }, { claimedNameSealed: sealedPlaceholder });
    await manager.update(UnitOwner, { personId, endedAt: IsNull() }, { endedAt: at });
  }
}
