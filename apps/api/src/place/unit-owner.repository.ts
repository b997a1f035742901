import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { Unit } from './unit.entity.js';
import { UnitOwner } from './unit-owner.entity.js';

/** A link of a person to a unit, current (`endedAt` null) or ended, with the unit's key when it was made. */
export interface OwnerLinkRow {
  personId: number;
  unitId: number;
  ownerKey: string;
  endedAt: Date | null;
}

const CHUNK = 500;

/** Every query of unit_owner: who is, or was, a verified owner of which unit. */
@Injectable()
export class UnitOwnerRepository {
  constructor(@InjectRepository(UnitOwner) private readonly owners: Repository<UnitOwner>) {}

  async isCurrentOwner(personId: number, unitId: number): Promise<boolean> {
    return this.owners.exists({ where: { personId, unitId, endedAt: IsNull() } });
  }

  /**
   * Links the person to the unit under the unit's current key. A link that had ended (the unit changed owner, and
   * this person is its registered owner again) is re-opened: one row per person and unit.
   */
  async link(personId: number, unitId: number, claimId: number | null, manager: EntityManager): Promise<void> {
    const { ownerKey } = await manager.findOneOrFail(Unit, {
      where: { id: unitId },
      select: { id: true, ownerKey: true },
    });
    const ended = await manager.findOne(UnitOwner, {
      where: { personId, unitId },
      select: { id: true, endedAt: true },
    });
    if (ended?.endedAt) {
      await manager.update(
        UnitOwner,
        { id: ended.id },
        { endedAt: null, ownerKey, claimId, verifiedAt: wholeSeconds() },
      );
      return;
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(UnitOwner)
      .values({ personId, unitId, claimId, ownerKey })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  /** Removes the link an approved claim made (a revoked approval: it never counted); true when there was one. */
  async unlinkClaim(personId: number, unitId: number, claimId: number, manager: EntityManager): Promise<boolean> {
    const removed = await manager.delete(UnitOwner, { personId, unitId, claimId });
    return (removed.affected ?? 0) > 0;
  }

  /** Ends the current links of the units at `at`, keeping them; returns the persons whose links ended. */
  async endCurrentLinks(unitIds: number[], at: Date, manager: EntityManager): Promise<OwnerLinkRow[]> {
    const ended: OwnerLinkRow[] = [];
    for (let i = 0; i < unitIds.length; i += CHUNK) {
      const where = { unitId: In(unitIds.slice(i, i + CHUNK)), endedAt: IsNull() };
      const rows = await manager.find(UnitOwner, {
        where,
        select: { id: true, personId: true, unitId: true, ownerKey: true },
      });
      if (rows.length === 0) continue;
      await manager.update(UnitOwner, { id: In(rows.map((r) => r.id)) }, { endedAt: at });
      ended.push(...rows.map((r) => ({ personId: r.personId, unitId: r.unitId, ownerKey: r.ownerKey, endedAt: at })));
    }
    return ended;
  }

  async hasCurrentLinkIn(personId: number, compoundId: number, manager: EntityManager): Promise<boolean> {
    return manager
      .createQueryBuilder(UnitOwner, 'o')
      .innerJoin('o.unit', 'u')
      .where('o.personId = :personId AND o.endedAt IS NULL AND u.compoundId = :compoundId', { personId, compoundId })
      .getExists();
  }

  /** The person's links, current and ended, optionally in one compound. */
  async linksOf(personId: number, compoundId?: number): Promise<OwnerLinkRow[]> {
    const qb = this.owners
      .createQueryBuilder('o')
      .select(['o.id', 'o.personId', 'o.unitId', 'o.ownerKey', 'o.endedAt'])
      .where('o.personId = :personId', { personId })
      .orderBy('o.unitId');
    if (compoundId !== undefined) qb.innerJoin('o.unit', 'u').andWhere('u.compoundId = :compoundId', { compoundId });
    return (await qb.getMany()).map(toRow);
  }

  /** Links to the units that were current at `at` (not ended before it). */
  async linksOfUnitsAt(unitIds: number[], at: Date): Promise<OwnerLinkRow[]> {
    const rows: OwnerLinkRow[] = [];
    const unique = [...new Set(unitIds)];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const found = await this.owners
        .createQueryBuilder('o')
        .select(['o.id', 'o.personId', 'o.unitId', 'o.ownerKey', 'o.endedAt'])
        .where('o.unitId IN (:...unitIds)', { unitIds: unique.slice(i, i + CHUNK) })
        .andWhere('(o.endedAt IS NULL OR o.endedAt >= :at)', { at })
        .getMany();
      rows.push(...found.map(toRow));
    }
    return rows;
  }

  /** Distinct persons with a current link to a unit of the compound. */
  async currentOwnerIds(compoundId: number): Promise<number[]> {
    const rows = await this.owners
      .createQueryBuilder('o')
      .innerJoin('o.unit', 'u')
      .select('DISTINCT o.personId', 'personId')
      .where('u.compoundId = :compoundId AND o.endedAt IS NULL', { compoundId })
      .orderBy('o.personId')
      .getRawMany<{ personId: number | string }>();
    return rows.map((r) => Number(r.personId));
  }

  /** The units the person owns now, with their building and compound. */
  async currentUnitsOf(personId: number): Promise<Unit[]> {
    const rows = await this.owners.find({
      where: { personId, endedAt: IsNull() },
      relations: { unit: { building: true, compound: true } },
      order: { unitId: 'ASC' },
    });
    return rows.map((r) => r.unit as Unit);
  }
}

const toRow = (o: UnitOwner): OwnerLinkRow => ({
  personId: o.personId,
  unitId: o.unitId,
  ownerKey: o.ownerKey,
  endedAt: o.endedAt,
});
