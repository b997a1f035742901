import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, MoreThan, type EntityManager, type Repository } from 'typeorm';
import type { Page, RosterRow, RosterUnitView } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Place } from './place.entity.js';
import { Unit } from './unit.entity.js';
import { UnitOwner } from './unit-owner.entity.js';
import { toUnitView } from './place.service.js';

export interface RosterChanges {
  created: number;
  updated: number;
  unchanged: number;
}

const CHUNK = 200;

/** Units and their registered owners: the roster, and who is verified as owning what. */
@Injectable()
export class UnitService {
  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    @InjectRepository(UnitOwner) private readonly owners: Repository<UnitOwner>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  /**
   * The key that makes one owner one headcount: the same name and phone in one compound give the same key;
   * all developer-unsold units of a compound share one key.
   */
  ownerKey(compoundId: number, row: Pick<RosterRow, 'ownerName' | 'ownerPhone' | 'developerUnsold'>): string {
    if (row.developerUnsold) return `developer-${compoundId}`;
    return `o-${this.cipher.keyedHash('owner', String(compoundId), row.ownerName, row.ownerPhone.replace(/-/g, '')).slice(0, 40)}`;
  }

  /**
   * Applies a validated roster to a compound in one transaction: buildings are created as needed, units are
   * matched by building and room, so a re-import updates without duplicating. Units absent from the file stay.
   */
  async applyRoster(compound: Place, rows: RosterRow[], manager: EntityManager): Promise<RosterChanges> {
    const buildingIds = await this.ensureBuildings(compound, [...new Set(rows.map((r) => r.building))], manager);
    const existing = await manager.find(Unit, { where: { compoundId: compound.id } });
    const byKey = new Map(existing.map((u) => [`${u.buildingId}\u0000${u.room}`, u]));
    const toInsert: Partial<Unit>[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      const buildingId = buildingIds.get(row.building) as number;
      const ownerKey = this.ownerKey(compound.id, row);
      const current = byKey.get(`${buildingId}\u0000${row.room}`);
      const sealed = {
        ownerNameSealed: this.cipher.encryptOptional(row.ownerName),
        ownerPhoneSealed: this.cipher.encryptOptional(row.ownerPhone),
      };
      if (!current) {
        toInsert.push({
          compoundId: compound.id,
          buildingId,
          room: row.room,
          entrance: row.entrance,
          areaCentiM2: row.areaCentiM2,
          ownerKey,
          developerUnsold: row.developerUnsold,
          ...sealed,
        });
      } else if (
        current.entrance === row.entrance &&
        current.areaCentiM2 === row.areaCentiM2 &&
        current.ownerKey === ownerKey &&
        current.developerUnsold === row.developerUnsold
      ) {
        unchanged++;
      } else {
        await manager.update(
          Unit,
          { id: current.id },
          {
            entrance: row.entrance,
            areaCentiM2: row.areaCentiM2,
            ownerKey,
            developerUnsold: row.developerUnsold,
            ...sealed,
          },
        );
        updated++;
      }
    }
    for (let i = 0; i < toInsert.length; i += CHUNK) {
      await manager.insert(Unit, toInsert.slice(i, i + CHUNK));
    }
    return { created: toInsert.length, updated, unchanged };
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

  /** The roster as admins see it: owners' names and phones in full, since they keep it. */
  async rosterPage(compoundId: number, opts: { cursor?: string; limit: number }): Promise<Page<RosterUnitView>> {
    const rows = await this.units.find({
      where: { compoundId, id: MoreThan(decodeCursor(opts.cursor)) },
      relations: { building: true },
      order: { id: 'ASC' },
      take: opts.limit + 1,
    });
    const items = rows.slice(0, opts.limit).map((u) => ({
      ...toUnitView(u),
      ownerName: this.cipher.decryptOptional(u.ownerNameSealed) ?? '',
      ownerPhone: this.cipher.decryptOptional(u.ownerPhoneSealed) ?? '',
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

  async isOwner(personId: number, unitId: number): Promise<boolean> {
    return (await this.owners.count({ where: { personId, unitId } })) > 0;
  }

  async addOwner(personId: number, unitId: number, claimId: number | null, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(UnitOwner)
      .values({ personId, unitId, claimId })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
