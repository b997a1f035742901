import { Init1795667223705 } from './1795667223705-Init.js';
import { Disclosures1795669978680 } from './1795669978680-Disclosures.js';
import { MaintenanceFund1795670192072 } from './1795670192072-MaintenanceFund.js';
import { OwnerVotes1795672015538 } from './1795672015538-OwnerVotes.js';
import { PaperBallots1795672528366 } from './1795672528366-PaperBallots.js';
import { ProposalTimeline1795673029784 } from './1795673029784-ProposalTimeline.js';
import { ResidentPolls1795673278595 } from './1795673278595-ResidentPolls.js';
import { Complaints1795676758889 } from './1795676758889-Complaints.js';
import { VoteNoticeAndChannel1795677396036 } from './1795677396036-VoteNoticeAndChannel.js';
import { AnnouncedVotes1795681108012 } from './1795681108012-AnnouncedVotes.js';
import { NotificationSubject1795682387413 } from './1795682387413-NotificationSubject.js';
import { OwnerVoteLifecycle1795970106214 } from './1795970106214-OwnerVoteLifecycle.js';
import { IdempotentWritesAndClaimAttempts1795975658945 } from './1795975658945-IdempotentWritesAndClaimAttempts.js';
import { AuditLogPersonalDataOwnerVerification1795980830910 } from './1795980830910-AuditLogPersonalDataOwnerVerification.js';
import { DeedPhotoUploads1795981305059 } from './1795981305059-DeedPhotoUploads.js';
import { AccessChanges1795983063651 } from './1795983063651-AccessChanges.js';
import { SchedulerLeases1795984490566 } from './1795984490566-SchedulerLeases.js';
import { AttachmentLinks1795991617245 } from './1795991617245-AttachmentLinks.js';
import { ComplaintContactsAndMeToo1795997301842 } from './1795997301842-ComplaintContactsAndMeToo.js';
import { NotificationInbox1795998402113 } from './1795998402113-NotificationInbox.js';

// Migrations as imported classes, oldest first. Never edit one once it is committed: add a new one.
export const migrations = [
  Init1795667223705,
  Disclosures1795669978680,
  MaintenanceFund1795670192072,
  OwnerVotes1795672015538,
  PaperBallots1795672528366,
  ProposalTimeline1795673029784,
  ResidentPolls1795673278595,
  Complaints1795676758889,
  VoteNoticeAndChannel1795677396036,
  AnnouncedVotes1795681108012,
  NotificationSubject1795682387413,
  OwnerVoteLifecycle1795970106214,
  IdempotentWritesAndClaimAttempts1795975658945,
  AuditLogPersonalDataOwnerVerification1795980830910,
  DeedPhotoUploads1795981305059,
  AccessChanges1795983063651,
  SchedulerLeases1795984490566,
  AttachmentLinks1795991617245,
  ComplaintContactsAndMeToo1795997301842,
  NotificationInbox1795998402113,
];
