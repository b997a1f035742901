import { Person } from '../identity/person.entity.js';
import { Session } from '../identity/session.entity.js';
import { AccessChange } from '../identity/access-change.entity.js';
import { RoleGrant } from '../identity/role-grant.entity.js';
import { Place } from '../place/place.entity.js';
import { Unit } from '../place/unit.entity.js';
import { Grid, GridBuilding } from '../place/grid.entity.js';
import { UnitOwner } from '../place/unit-owner.entity.js';
import { OwnerKeyMerge } from '../place/owner-key-merge.entity.js';
import { UnitClaim } from '../claim/unit-claim.entity.js';
import { ClaimAttempt } from '../claim/claim-attempt.entity.js';
import { ClaimDecision } from '../claim/claim-decision.entity.js';
import { DeedPhotoUpload } from '../claim/deed-photo-upload.entity.js';
import { RosterImport } from '../roster/roster-import.entity.js';
import { RosterDeed } from '../roster/roster-deed.entity.js';
import { Attachment } from '../files/attachment.entity.js';
import { AttachmentLink } from '../files/attachment-link.entity.js';
import {
  Ballot,
  OwnerVote,
  Proposal,
  ProposalEvaluation,
  ProposalEvent,
  ProposalSupport,
  VoteRoll,
  ResidentPoll,
  PollVote,
  VoteOption,
  VoteBasis,
  VoteObjection,
  VoteCorrection,
} from '../deliberation/deliberation.entities.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { SchedulerLease } from '../scheduling/scheduler-lease.entity.js';
import { Notification } from '../notification/notification.entity.js';
import {
  Complaint,
  ComplaintEvent,
  ComplaintMeTooMark,
  ComplaintPhotoCheck,
  CompoundPlan,
  CompoundPlanUpdate,
} from '../complaint/complaint.entities.js';
import {
  AccountDisclosure,
  CompoundBilling,
  DisclosureLine,
  LineFlag,
  LineQuestion,
  Publication,
  ReviewNote,
  ServiceDisclosure,
  WorkRecord,
  FundEntry,
  AuditReport,
} from '../disclosure/disclosure.entities.js';

/** Every entity, for both engines. */
export const entities = [
  Person,
  Session,
  AccessChange,
  RoleGrant,
  Place,
  Unit,
  Grid,
  GridBuilding,
  UnitOwner,
  OwnerKeyMerge,
  UnitClaim,
  ClaimAttempt,
  ClaimDecision,
  DeedPhotoUpload,
  RosterImport,
  RosterDeed,
  Attachment,
  AttachmentLink,
  Notification,
  CompoundBilling,
  AccountDisclosure,
  DisclosureLine,
  ReviewNote,
  LineQuestion,
  LineFlag,
  Publication,
  ServiceDisclosure,
  WorkRecord,
  FundEntry,
  AuditReport,
  Proposal,
  OwnerVote,
  VoteRoll,
  Ballot,
  VoteOption,
  VoteBasis,
  VoteObjection,
  VoteCorrection,
  ProposalEvent,
  ProposalSupport,
  ProposalEvaluation,
  ResidentPoll,
  PollVote,
  Complaint,
  ComplaintEvent,
  ComplaintMeTooMark,
  ComplaintPhotoCheck,
  CompoundPlan,
  CompoundPlanUpdate,
  AuditEntry,
  SchedulerLease,
];
