import { Injectable } from '@nestjs/common';
import { DELETED_PERSON_NAME, type AuditEntryView, type AuditPage, type Role } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { PlaceService } from '../place/place.service.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditQueryDto } from './dto/audit.dto.js';
import { isWithin } from '../place/place-path.js';

/** A write to record, as the interceptor saw it. */
export interface AuditedWrite {
  personId: number;
  role: Role;
  placeId: number;
  placePath: string;
  method: string;
  route: string;
  recordIds: Record<string, string>;
  status: number;
  requestId: string;
}

const DEFAULT_LIMIT = 30;
const IDS_MAX = 500;

/** The ids as JSON within the column's 500 characters: overlong values are cut, so the text always parses. */
function idsText(ids: Record<string, string>): string {
  const text = JSON.stringify(ids);
  if (text.length <= IDS_MAX) return text;
  const each = Math.floor(IDS_MAX / (Object.keys(ids).length * 2 + 1));
  const cut = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k.slice(0, each), v.slice(0, each)]));
  const shorter = JSON.stringify(cut);
  return shorter.length <= IDS_MAX ? shorter : '{}';
}

/** The audit log: who wrote what, in which role and place, and when. */
@Injectable()
export class AuditService {
  constructor(
    private readonly entries: AuditRepository,
    private readonly people: PersonDirectory,
    private readonly places: PlaceService,
    private readonly cipher: PiiCipher,
  ) {}

  async record(write: AuditedWrite): Promise<void> {
    await this.entries.insert({
      ...write,
      // A copy of the sealed name: the entry stays readable when the person renames or deletes the account.
      personNameSealed: await this.people.sealedNameOf(write.personId),
      recordIds: idsText(write.recordIds),
      at: wholeSeconds(),
    });
  }

  /** Entries on `placeId` and everything below it (or one compound of it), newest first. */
  async page(placeId: number, query: AuditQueryDto): Promise<AuditPage> {
    const place = await this.places.getPlace(placeId);
    let pathPrefix = place.path;
    if (query.compoundId !== undefined) {
      const compound = await this.places.getCompound(query.compoundId);
      if (!isWithin(compound.path, place.path)) throw new DomainException('NOT_FOUND');
      pathPrefix = compound.path;
    }
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.entries.page({
      pathPrefix,
      personId: query.personId,
      before: decodeCursor(query.cursor),
      limit: limit + 1,
    });
    const shown = rows.slice(0, limit);
    const deleted = await this.people.deletedAmong(shown.map((r) => r.personId));
    const placeById = await this.places.placesOnPaths(shown.map((r) => r.placePath));
    const items: AuditEntryView[] = shown.map((r) => ({
      id: r.id,
      personId: r.personId,
      // A deleted account's name is gone here too (PIPL); the entry stays attributable by personId.
      personName: deleted.has(r.personId) ? DELETED_PERSON_NAME : this.cipher.decryptOptional(r.personNameSealed),
      personDeleted: deleted.has(r.personId),
      role: r.role,
      placeId: r.placeId,
      placeName: placeById.get(r.placeId)?.name ?? null,
      method: r.method,
      route: r.route,
      recordIds: JSON.parse(r.recordIds) as Record<string, string>, // always whole JSON: see idsText
      status: r.status,
      requestId: r.requestId,
      at: r.at.toISOString(),
    }));
    return { items, nextCursor: rows.length > limit ? encodeCursor(shown[shown.length - 1].id) : null };
  }
}
