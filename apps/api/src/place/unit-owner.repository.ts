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

/** A link with every owner key it votes for (see UnitOwnerRepository.votingLinks). */
export interface VotingLinkRow {
  unitId: number;
  ownerKeys: string[];
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

  /**
   * The person's links (in the compound, if given), each with every key it votes for: the link's key, the key that
   * one was merged into, and every key merged into that (merges are one step: they are re-pointed). One statement,
   * as casting a ballot reads it on every request.
   */
  async votingLinks(personId: number, compoundId?: number): Promise<VotingLinkRow[]> {
    const rows = (await this.owners.query(
      `SELECT o.unitId AS unitId, o.ownerKey AS ownerKey, o.endedAt AS endedAt,
              m1.intoKey AS survivor, m2.fromKey AS absorbed
         FROM unit_owner o
         ${compoundId === undefined ? '' : 'JOIN unit u ON u.id = o.unitId AND u.compoundId = ?'}
         LEFT JOIN owner_key_merge m1 ON m1.fromKey = o.ownerKey
         LEFT JOIN owner_key_merge m2 ON m2.intoKey = COALESCE(m1.intoKey, o.ownerKey)
        WHERE o.personId = ?
        ORDER BY o.unitId, m2.id`,
      compoundId === undefined ? [personId] : [compoundId, personId],
    )) as {
      unitId: number | string;
      ownerKey: string;
      endedAt: Date | string | null;
      survivor: string | null;
      absorbed: string | null;
    }[];
    const endedAt = this.owners.metadata.findColumnWithPropertyName('endedAt')!;
    const driver = this.owners.manager.connection.driver;
    const links = new Map<number, { ownerKey: string; endedAt: Date | null; keys: string[] }>();
    for (const r of rows) {
      const unitId = Number(r.unitId);
      let link = links.get(unitId);
      if (!link) {
        const ended = r.endedAt === null ? null : (driver.prepareHydratedValue(r.endedAt, endedAt) as Date);
        link = { ownerKey: r.ownerKey, endedAt: ended, keys: [r.ownerKey, r.survivor ?? r.ownerKey] };
        links.set(unitId, link);
      }
      if (r.absorbed !== null) link.keys.push(r.absorbed);
    }
    return [...links].map(([unitId, l]) => ({ unitId, ownerKeys: [...new Set(l.keys)], endedAt: l.endedAt }));
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
