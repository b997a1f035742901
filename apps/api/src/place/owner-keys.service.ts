import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { OwnerMergeView, RosterRow } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Unit } from './unit.entity.js';
import { OwnerKeyMerge } from './owner-key-merge.entity.js';

/** What a merge records besides the two keys. */
export interface MergeRecord {
  compoundId: number;
  fromKey: string;
  intoKey: string;
  fromUnitId: number;
  intoUnitId: number;
  reason: string;
  mergedBy: number | null;
}

/** A merge as recorded, naming the admin who made it by id only (the roster's owner-merge views name them). */
export type OwnerMergeRecord = Omit<OwnerMergeView, 'mergedBy'> & { mergedById: number | null };

/** Reason recorded when a roster import finds, by ID number, that one owner had two keys. */
export const ROSTER_REKEY_REASON = '花名册按证件号码认定为同一业主';

const CHUNK = 500;

/**
 * Owner keys: one key per owner person of a compound (one headcount). Derives them from roster rows, and merges two
 * keys found to be one person, keeping the merge on record for the roll's audit and for later imports.
 */
@Injectable()
export class OwnerKeyService {
  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    @InjectRepository(OwnerKeyMerge) private readonly merges: Repository<OwnerKeyMerge>,
    private readonly cipher: PiiCipher,
  ) {}

  /**
   * The key a roster row gives its owner, before merges: the ID number alone when the file has one (so one owner
   * listed with two phones is one key); otherwise the same name and phone give the same key. All developer-unsold
   * units of a compound share one key.
   */
  derive(
    compoundId: number,
    row: Pick<RosterRow, 'ownerName' | 'ownerPhone' | 'developerUnsold' | 'idNumber'>,
  ): string {
    if (row.developerUnsold) return `developer-${compoundId}`;
    if (row.idNumber) return `o-${this.cipher.keyedHash('owner-id', String(compoundId), row.idNumber).slice(0, 40)}`;
    return this.nameKey(compoundId, row.ownerName, row.ownerPhone);
  }

  /** The name-and-phone key, also to tell whether a unit's registered owner stayed the same person. */
  nameKey(compoundId: number, ownerName: string, ownerPhone: string): string {
    return `o-${this.cipher.keyedHash('owner', String(compoundId), ownerName, ownerPhone.replace(/-/g, '')).slice(0, 40)}`;
  }

  /** Absorbed key → surviving key, for every merge of the compound (one step: merges are re-pointed). */
  async mergeMap(compoundId: number, manager: EntityManager): Promise<Map<string, string>> {
    const rows = await manager.find(OwnerKeyMerge, {
      where: { compoundId },
      select: { id: true, fromKey: true, intoKey: true },
      order: { id: 'ASC' },
    });
    return new Map(rows.map((m) => [m.fromKey, m.intoKey]));
  }

  /**
   * Records that `fromKey` is `intoKey`'s person: every unit of the compound with `fromKey` takes `intoKey`, and
   * earlier merges into `fromKey` now point at `intoKey`. Votes already open keep the roll they froze.
   */
  async record(merge: MergeRecord, manager: EntityManager): Promise<number> {
    await manager.update(Unit, { compoundId: merge.compoundId, ownerKey: merge.fromKey }, { ownerKey: merge.intoKey });
    await manager.update(
      OwnerKeyMerge,
      { compoundId: merge.compoundId, intoKey: merge.fromKey },
      { intoKey: merge.intoKey },
    );
    const { identifiers } = await manager.insert(OwnerKeyMerge, merge);
    return Number(identifiers[0].id);
  }

  /** Is `key` (a unit's key at some time) the same person as the unit's `currentKey`, through merges? */
  async samePerson(key: string, currentKey: string): Promise<boolean> {
    return key === currentKey || (await this.merges.exists({ where: { fromKey: key, intoKey: currentKey } }));
  }

  /**
   * For each key, every key of the same person: itself, the key it was merged into, and every key merged into
   * that one. Two indexed queries whatever the number of keys.
   */
  async keyClasses(keys: string[]): Promise<Map<string, string[]>> {
    const unique = [...new Set(keys)];
    const into = new Map<string, string>();
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await this.merges.find({
        where: { fromKey: In(unique.slice(i, i + CHUNK)) },
        select: { id: true, fromKey: true, intoKey: true },
      });
      for (const m of rows) into.set(m.fromKey, m.intoKey);
    }
    const survivors = [...new Set(unique.map((k) => into.get(k) ?? k))];
    const absorbed = new Map<string, string[]>();
    for (let i = 0; i < survivors.length; i += CHUNK) {
      const rows = await this.merges.find({
        where: { intoKey: In(survivors.slice(i, i + CHUNK)) },
        select: { id: true, fromKey: true, intoKey: true },
        order: { id: 'ASC' },
      });
      for (const m of rows) absorbed.set(m.intoKey, [...(absorbed.get(m.intoKey) ?? []), m.fromKey]);
    }
    return new Map(
      unique.map((key) => {
        const survivor = into.get(key) ?? key;
        return [key, [...new Set([key, survivor, ...(absorbed.get(survivor) ?? [])])]];
      }),
    );
  }

  /** A community admin's merge: the owner of the second unit is the owner of the first, whose key survives. */
  async merge(
    compoundId: number,
    request: { unitIds: number[]; reason: string },
    adminId: number,
  ): Promise<OwnerMergeRecord> {
    const [intoId, fromId] = request.unitIds;
    const id = await this.units.manager.transaction(async (manager) => {
      const found = await manager.find(Unit, { where: { id: In([intoId, fromId]) } });
      const into = found.find((u) => u.id === intoId);
      const from = found.find((u) => u.id === fromId);
      if (!into || !from || into.compoundId !== compoundId || from.compoundId !== compoundId)
        throw new DomainException('NOT_FOUND', '这个小区的花名册里没有这套房屋');
      if (into.developerUnsold || from.developerUnsold)
        throw new DomainException('OWNER_MERGE_NOT_ALLOWED', '开发商未售的房屋不能与业主合并');
      if (into.ownerKey === from.ownerKey)
        throw new DomainException('OWNER_MERGE_NOT_ALLOWED', '这两套房屋已经登记为同一位业主');
      const merge = { compoundId, fromKey: from.ownerKey, intoKey: into.ownerKey, fromUnitId: from.id };
      return this.record({ ...merge, intoUnitId: into.id, reason: request.reason.trim(), mergedBy: adminId }, manager);
    });
    const [view] = await this.list(compoundId, id);
    return view;
  }

  /** The compound's merges, newest first (or just one), with their units as building and room. */
  async list(compoundId: number, onlyId?: number): Promise<OwnerMergeRecord[]> {
    const merges = await this.merges.find({
      where: { compoundId, ...(onlyId ? { id: onlyId } : {}) },
      order: { id: 'DESC' },
      take: 500,
    });
    if (merges.length === 0) return [];
    const named = await this.units.find({
      where: { id: In(merges.flatMap((m) => [m.fromUnitId, m.intoUnitId])) },
      relations: { building: true },
    });
    const keyed = await this.units.find({
      where: { compoundId, ownerKey: In([...new Set(merges.map((m) => m.intoKey))]) },
      relations: { building: true },
      order: { id: 'ASC' },
    });
    const label = (u: Unit | undefined) => (u ? `${u.building?.name ?? ''} ${u.room}` : '');
    return merges.map((m) => ({
      id: m.id,
      fromKey: m.fromKey,
      intoKey: m.intoKey,
      namedUnits: {
        from: label(named.find((u) => u.id === m.fromUnitId)),
        into: label(named.find((u) => u.id === m.intoUnitId)),
      },
      units: keyed.filter((u) => u.ownerKey === m.intoKey).map(label),
      reason: m.reason,
      mergedById: m.mergedBy,
      mergedAt: m.mergedAt.toISOString(),
    }));
  }
}
