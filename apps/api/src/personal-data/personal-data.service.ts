import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ACCOUNT_DELETION_CONFIRMATION, DELETED_PERSON_NAME } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { MeService } from '../identity/me.service.js';
import { Person } from '../identity/person.entity.js';
import { PersonalDataQueries } from './personal-data.queries.js';
import { RoleGrant } from '../identity/role-grant.entity.js';
import { Session } from '../identity/session.entity.js';
import { SessionService } from '../identity/session.service.js';
import { AccessCache } from '../identity/access-cache.js';

/** Columns that are bookkeeping, not data about the person: left out of the export. */
const NOT_EXPORTED = new Set(['idempotencyKey', 'requestSha256', 'storageKey', 'version']);

/** Personal information rights (PIPL arts. 45 and 47): a person's copy of what is held, and deleting the account. */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly me: MeService,
    private readonly sessions: SessionService,
    private readonly held: PersonalDataQueries,
    private readonly cipher: PiiCipher,
    private readonly access: AccessCache,
  ) {}

  /** Everything the service holds about the person, as one JSON document. */
  async export(personId: number, authorization: string | undefined): Promise<Record<string, unknown>> {
    const profile = await this.me.me(personId);
    const person = await this.dataSource.manager.findOneByOrFail(Person, { id: personId });
    const rows = await this.held.heldAbout(personId);
    const plain = (list: object[]) => list.map((row) => this.plain(row));
    return {
      exportedAt: new Date().toISOString(),
      profile: {
        id: profile.id,
        name: profile.name,
        phone: profile.phone,
        wechatOpenid: person.openid,
        createdAt: person.createdAt.toISOString(),
      },
      roles: profile.roles,
      // A revoked role is deleted, not kept; the audit log records the grant and the revocation.
      rolesEnded: [],
      sessions: await this.sessions.list(personId, authorization),
      unitsOwned: profile.units,
      unitOwnerLinks: plain(rows.unitLinks),
      unitClaims: plain(rows.unitClaims),
      complaintsFiled: plain(rows.complaintsFiled),
      complaintEvents: plain(rows.complaintEvents),
      proposalsRaised: plain(rows.proposalsRaised),
      proposalSupports: plain(rows.proposalSupports),
      proposalEvaluations: plain(rows.proposalEvaluations),
      questionsAsked: plain(rows.questionsAsked),
      reviewNotes: plain(rows.reviewNotes),
      objectionsFiled: plain(rows.objectionsFiled),
      ballots: plain(rows.ballots),
      pollVotes: plain(rows.pollVotes),
      notifications: plain(rows.notifications),
      uploads: rows.uploads.map((a) => ({
        id: a.id,
        compoundId: a.compoundId,
        fileName: a.fileName,
        mime: a.mime,
        sizeBytes: a.sizeBytes,
        createdAt: a.createdAt.toISOString(),
      })),
      auditEntries: plain(rows.auditEntries),
    };
  }

  /**
   * Deletes the account: sessions and grants end, name, phone and openid go, owner links end and pending claims
   * are withdrawn. The person row stays (marked deleted) so ballots, published records, complaints and audit
   * entries stay attributable to "a deleted account"; a new login with the same WeChat account is a new person.
   */
  async deleteAccount(personId: number, confirm: string | null | undefined): Promise<void> {
    if (confirm !== ACCOUNT_DELETION_CONFIRMATION) throw new DomainException('ACCOUNT_DELETION_NOT_CONFIRMED');
    const at = wholeSeconds();
    await this.dataSource.transaction(async (manager) => {
      const person = await manager.findOneBy(Person, { id: personId });
      if (!person || person.deletedAt) throw new DomainException('UNAUTHENTICATED');
      await manager.delete(Session, { personId });
      await manager.delete(RoleGrant, { personId });
      await this.access.changed(personId, manager);
      await this.held.forget(personId, this.cipher.encrypt(DELETED_PERSON_NAME), at, manager);
      await manager.update(
        Person,
        { id: personId },
        {
          // Unguessable and never a WeChat openid, so nobody can log in as the deleted account.
          openid: `deleted:${personId}:${randomBytes(12).toString('hex')}`,
          nameSealed: null,
          phoneSealed: null,
          deletedAt: at,
        },
      );
    });
  }

  /** A row as JSON: dates as ISO text, sealed fields opened (they are the person's own), bookkeeping left out. */
  private plain(row: object): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      if (NOT_EXPORTED.has(key) || (value !== null && typeof value === 'object' && !(value instanceof Date))) continue;
      if (key.endsWith('Sealed')) out[key.slice(0, -'Sealed'.length)] = this.cipher.decryptOptional(value as string);
      else out[key] = value instanceof Date ? value.toISOString() : value;
    }
    return out;
  }
}
