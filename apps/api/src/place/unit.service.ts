import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { maskName, maskPhone, type Page, type RosterRow, type RosterUnitView } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Place } from './place.entity.js';
import { Unit } from './unit.entity.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { toUnitView } from './place.service.js';
import { UnitOwnerRepository } from './unit-owner.repository.js';
import { OwnerKeyService, ROSTER_REKEY_REASON } from './owner-keys.service.js';

export interface RosterChanges {
  created: number;
  updated: number;
  unchanged: number;
  /** Owner links ended because their unit got a new owner. */
  ownersEnded: number;
}

/** A roster applied: its counts, and the sellers left without a current unit in the compound (no longer owners). */
export interface AppliedRoster {
  changes: RosterChanges;
  formerOwners: number[];
}

/** A link of a person to a unit as a vote reads it: `ownerKeys` are the unit's key then and every key merged with it. */
export interface VotingLink {
  unitId: number;
  ownerKeys: string[];
  endedAt: Date | null;
}

/** A unit as a frozen vote roll copies it: area, owner key and the developer-unsold flag. */
export interface RollUnit {
  id: number;
  areaCentiM2: number;
  ownerKey: string;
  developerUnsold: boolean;
}

/** Where a unit is, for showing it: its building (id and name) and room. */
export interface UnitLabel {
  buildingId: number;
  building: string;
  room: string;
}

const CHUNK = 200;
/** Ids per `IN (…)` list when reading units by id. */
const ID_CHUNK = 1000;

/** Units and their registered owners: the roster, and who is verified as owning what. */
@Injectable()
export class UnitService {
  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    private readonly owners: UnitOwnerRepository,
    private readonly keys: OwnerKeyService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  /**
   * Applies a validated roster to a compound in one transaction: buildings are created as needed, units are
   * matched by building and room, so a re-import updates without duplicating. Units absent from the file stay.
   * Owner keys come from the rows through the compound's recorded merges. A unit whose key changes for another
   * person is a sale: its current owner links end (kept, with `endedAt`); a seller left without a current unit in
   * the compound is among `formerOwners`, for the caller to take the `owner` role away there. A key that changes for the same registered person (the file now
   * keys owners by ID number) is recorded as a merge instead, so nobody's link ends.
   */
  async applyRoster(
    compound: Place,
    rows: RosterRow[],
    manager: EntityManager,
    importedBy: number | null = null,
  ): Promise<AppliedRoster> {
    const buildingIds = await this.ensureBuildings(compound, [...new Set(rows.map((r) => r.building))], manager);
    const existing = await manager.find(Unit, { where: { compoundId: compound.id } });
    const byPlace = new Map(existing.map((u) => [`${u.buildingId}\u0000${u.room}`, u]));
    const merged = await this.keys.mergeMap(compound.id, manager);
    const planned = rows.map((row) => {
      const derived = this.keys.derive(compound.id, row);
      const current = byPlace.get(`${buildingIds.get(row.building) as number}\u0000${row.room}`);
      const key = merged.get(derived) ?? derived;
      // A row without an ID number that names the unit's registered owner again keeps the unit's key (which may
      // be an ID key from an earlier file): only a new ID number, or a new name or phone, is a change of owner.
      if (current && key !== current.ownerKey && !row.idNumber && this.sameRegistration(compound.id, current, row))
        return { row, current, key: current.ownerKey };
      return { row, current, key };
    });
    const rekeys = this.rekeysOf(compound.id, planned);
    for (const [fromKey, { intoKey, unitId }] of rekeys) {
      const reason = ROSTER_REKEY_REASON;
      const merge = { compoundId: compound.id, fromKey, intoKey, fromUnitId: unitId, intoUnitId: unitId };
      await this.keys.record({ ...merge, reason, mergedBy: importedBy }, manager);
    }
    const toInsert: Partial<Unit>[] = [];
    const sold: number[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const { row, current, key } of planned) {
      const ownerKey = rekeys.get(key)?.intoKey ?? key;
      const sealed = {
        ownerNameSealed: this.cipher.encryptOptional(row.ownerName),
        ownerPhoneSealed: this.cipher.encryptOptional(row.ownerPhone),
      };
      const fields = { entrance: row.entrance, areaCentiM2: row.areaCentiM2, developerUnsold: row.developerUnsold };
      if (!current) {
        const place = { compoundId: compound.id, buildingId: buildingIds.get(row.building) as number, room: row.room };
        toInsert.push({ ...place, ...fields, ownerKey, ...sealed });
        continue;
      }
      // The unit's key before this import, as re-keyed by it: a difference now is another person.
      const before = rekeys.get(current.ownerKey)?.intoKey ?? current.ownerKey;
      if (before !== ownerKey) sold.push(current.id);
      if (
        current.entrance === row.entrance &&
        current.areaCentiM2 === row.areaCentiM2 &&
        before === ownerKey &&
        current.developerUnsold === row.developerUnsold &&
        !rekeys.has(current.ownerKey)
      ) {
        unchanged++;
      } else {
        await manager.update(Unit, { id: current.id }, { ...fields, ownerKey, ...sealed });
        updated++;
      }
    }
    for (let i = 0; i < toInsert.length; i += CHUNK) {
      await manager.insert(Unit, toInsert.slice(i, i + CHUNK));
    }
    const { ended, formerOwners } = await this.endOwnership(compound.id, sold, manager);
    return { changes: { created: toInsert.length, updated, unchanged, ownersEnded: ended }, formerOwners };
  }

  /**
   * Units whose key changes by an ID number while their registered name and phone stay: the same person, now keyed
   * by ID (or by a corrected one). Old key → new key, when the file gives that old key one new key only and the new
   * key is not itself re-keyed; anything less clear is treated as a change of owner.
   */
  private rekeysOf(
    compoundId: number,
    planned: { row: RosterRow; current: Unit | undefined; key: string }[],
  ): Map<string, { intoKey: string; unitId: number }> {
    const candidates = new Map<string, { intoKey: string; unitId: number } | null>();
    for (const { row, current, key } of planned) {
      if (!current || current.ownerKey === key || !row.idNumber || !this.sameRegistration(compoundId, current, row))
        continue;
      const earlier = candidates.get(current.ownerKey);
      candidates.set(
        current.ownerKey,
        earlier === undefined || earlier?.intoKey === key ? { intoKey: key, unitId: current.id } : null,
      );
    }
    const rekeys = new Map<string, { intoKey: string; unitId: number }>();
    for (const [fromKey, target] of candidates)
      if (target && !candidates.has(target.intoKey)) rekeys.set(fromKey, target);
    return rekeys;
  }

  /** Does the row name the unit's registered owner (same name and phone), both being owners, not the developer? */
  private sameRegistration(compoundId: number, unit: Unit, row: RosterRow): boolean {
    if (unit.developerUnsold || row.developerUnsold) return false;
    const name = this.cipher.decryptOptional(unit.ownerNameSealed);
    const phone = this.cipher.decryptOptional(unit.ownerPhoneSealed);
    if (!name || !phone) return false;
    return this.keys.nameKey(compoundId, name, phone) === this.keys.nameKey(compoundId, row.ownerName, row.ownerPhone);
  }

  /** Ends the current owner links of sold units now; the sellers with no other current unit there. */
  private async endOwnership(
    compoundId: number,
    unitIds: number[],
    manager: EntityManager,
  ): Promise<{ ended: number; formerOwners: number[] }> {
    if (unitIds.length === 0) return { ended: 0, formerOwners: [] };
    const ended = await this.owners.endCurrentLinks(unitIds, wholeSeconds(), manager);
    const formerOwners: number[] = [];
    for (const personId of new Set(ended.map((l) => l.personId)))
      if (!(await this.owners.hasCurrentLinkIn(personId, compoundId, manager))) formerOwners.push(personId);
    return { ended: ended.length, formerOwners };
  }

  private async ensureBuildings(
    compound: Place,
    names: string[],
    manager: EntityManager,
  ): Promise<Map<string, number>> {
    const existing = await manager.find(Place, { where: { parentId: compound.id, level: 'building' } });
    const ids = new Map(existing.map((b) => [b.name, b.id]));
    for (const name of names) {
      if (ids.has(name)) continue;
      const { identifiers } = await manager.insert(Place, {
        level: 'building',
        name,
        parentId: compound.id,
        path: `${compound.path}pending/`,
        propertyCompany: null,
      });
      const id = Number(identifiers[0].id);
      await manager.update(Place, { id }, { path: `${compound.path}${id}/` });
      ids.set(name, id);
    }
    return ids;
  }

  /**
   * The roster as admins see it, a page at a time: owners' names and phones masked (`李**`, `138****5678`); one
   * owner in full is RosterService.revealOwner's, audited. Each of `terms` must start the building name or the room.
   */
  async rosterPage(
    compoundId: number,
    opts: { cursor?: string; limit: number; terms?: readonly string[] },
  ): Promise<Page<RosterUnitView>> {
    const qb = this.units
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.building', 'b')
      .where('u.compoundId = :compoundId AND u.id > :after', { compoundId, after: decodeCursor(opts.cursor) });
    (opts.terms ?? []).forEach((term, i) =>
      qb.andWhere(`(b.name LIKE :term${i} OR u.room LIKE :term${i})`, { [`term${i}`]: `${term}%` }),
    );
    // A many-to-one join: LIMIT counts units, no need for take's two queries.
    const rows = await qb
      .orderBy('u.id', 'ASC')
      .limit(opts.limit + 1)
      .getMany();
    const items = rows.slice(0, opts.limit).map((u) => ({
      ...toUnitView(u),
      ownerName: maskName(this.cipher.decryptOptional(u.ownerNameSealed) ?? ''),
      ownerPhone: maskPhone(this.cipher.decryptOptional(u.ownerPhoneSealed) ?? ''),
      ownerKey: u.ownerKey,
      developerUnsold: u.developerUnsold,
    }));
    return { items, nextCursor: rows.length > opts.limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  async findUnit(compoundId: number, building: string, room: string): Promise<Unit | null> {
    return this.units
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.building', 'b')
      .where('u.compoundId = :compoundId AND b.name = :building AND u.room = :room', {
        compoundId,
        building: building.trim(),
        room: room.trim(),
      })
      .getOne();
  }

  async getUnit(unitId: number): Promise<Unit> {
    const unit = await this.units.findOne({ where: { id: unitId }, relations: { building: true, compound: true } });
    if (!unit) throw new DomainException('NOT_FOUND');
    return unit;
  }

  /** Does the unit's roster entry name this owner (name and the last 4 digits of the phone)? */
  matchesOwner(unit: Unit, ownerName: string, phoneLast4: string): boolean {
    if (unit.developerUnsold) return false;
    const name = this.cipher.decryptOptional(unit.ownerNameSealed);
    const phone = this.cipher.decryptOptional(unit.ownerPhoneSealed);
    return !!name && !!phone && name === ownerName.trim() && phone.replace(/\D/g, '').endsWith(phoneLast4);
  }

  /** Is the person a current owner of the unit (a link that has not ended)? */
  async isOwner(personId: number, unitId: number): Promise<boolean> {
    return this.owners.isCurrentOwner(personId, unitId);
  }

  /** Makes the person a current owner of the unit under its current key; re-opens their ended link if any. */
  async addOwner(personId: number, unitId: number, claimId: number | null, manager: EntityManager): Promise<void> {
    await this.owners.link(personId, unitId, claimId, manager);
  }

  /**
   * Undoes an approved claim that is revoked: the link it made is removed (it never counted, not even for votes
   * opened while it stood). True when the person is left without a current unit in the compound (no longer an owner).
   */
  async removeClaimedOwner(
    claim: { personId: number; unitId: number; claimId: number; compoundId: number },
    manager: EntityManager,
  ): Promise<boolean> {
    await this.owners.unlinkClaim(claim.personId, claim.unitId, claim.claimId, manager);
    return !(await this.owners.hasCurrentLinkIn(claim.personId, claim.compoundId, manager));
  }

  /** Is the unit's owner still the person it had under `key` (its key then, e.g. when a claim matched)? */
  async stillOwnedUnder(unit: Unit, key: string): Promise<boolean> {
    return this.keys.samePerson(key, unit.ownerKey);
  }

  /**
   * Every link of the person, current and ended (optionally in one compound), for the record-date rule: the person
   * votes for a unit of a vote's frozen roll when a link to that unit has the roll's key among `ownerKeys` and had
   * not ended when the vote opened.
   */
  async votingLinks(personId: number, compoundId?: number): Promise<VotingLink[]> {
    return this.owners.votingLinks(personId, compoundId);
  }

  /** Distinct persons with a current link to a unit of the compound (e.g. to tell every owner of a vote ahead). */
  async currentOwnerIds(compoundId: number): Promise<number[]> {
    return this.owners.currentOwnerIds(compoundId);
  }

  /** Distinct persons who vote for some unit of a roll frozen at `openedAt`, by the record-date rule of votingLinks. */
  async ownerIdsForRoll(rows: { unitId: number; ownerKey: string }[], openedAt: Date): Promise<number[]> {
    const rollKey = new Map(rows.map((r) => [r.unitId, r.ownerKey]));
    const links = await this.owners.linksOfUnitsAt([...rollKey.keys()], openedAt);
    const classes = await this.keys.keyClasses(links.map((l) => l.ownerKey));
    const voters = links.filter((l) => classes.get(l.ownerKey)?.includes(rollKey.get(l.unitId) as string));
    return [...new Set(voters.map((l) => l.personId))].sort((a, b) => a - b);
  }

  /**
   * Every unit of the compound as a vote's roll freezes it, in id order, read with `manager` (the vote's
   * transaction). On MySQL/MariaDB the rows are read shared, as the INSERT … SELECT that once copied them did, so a
   * roster import waits for the roll being frozen; SQLite has one writer anyway.
   */
  async rollOf(compoundId: number, manager: EntityManager = this.dataSource.manager): Promise<RollUnit[]> {
    const type = manager.connection.options.type;
    const units = await manager.find(Unit, {
      where: { compoundId },
      select: { id: true, areaCentiM2: true, ownerKey: true, developerUnsold: true },
      order: { id: 'ASC' },
      ...(type === 'mysql' || type === 'mariadb' ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    return units.map((u) => ({
      id: u.id,
      areaCentiM2: u.areaCentiM2,
      ownerKey: u.ownerKey,
      developerUnsold: u.developerUnsold,
    }));
  }

  /** Building and room of each unit id that exists (`3栋` and `502`), by one query per 1000 ids. */
  async unitLabels(unitIds: number[]): Promise<Map<number, UnitLabel>> {
    const ids = [...new Set(unitIds)];
    const labels = new Map<number, UnitLabel>();
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const chunk = ids.slice(i, i + ID_CHUNK);
      const rows = (await this.dataSource.query(
        `SELECT u.id AS id, u.buildingId AS buildingId, p.name AS building, u.room AS room FROM unit u JOIN place p ON p.id = u.buildingId WHERE u.id IN (${chunk.map(() => '?').join(',')})`,
        chunk,
      )) as { id: number | string; buildingId: number | string; building: string; room: string }[];
      for (const r of rows)
        labels.set(Number(r.id), { buildingId: Number(r.buildingId), building: r.building, room: r.room });
    }
    return labels;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
