import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { RosterRow } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { RosterDeed } from './roster-deed.entity.js';

/** The place of a unit in the roster. */
export interface RosterPlace {
  compoundId: number;
  building: string;
  room: string;
}

const CHUNK = 200;

/** The roster's deed and contract numbers, kept as keyed hashes of their last six characters. */
@Injectable()
export class RosterDeedsService {
  constructor(
    @InjectRepository(RosterDeed) private readonly deeds: Repository<RosterDeed>,
    private readonly cipher: PiiCipher,
  ) {}

  /** The keyed hash of `last6` (already normalised by deedLast6) for one unit: equal only for the same unit and six. */
  hash(place: RosterPlace, last6: string): string {
    return this.cipher.keyedHash('deed-last6', String(place.compoundId), place.building, place.room, last6);
  }

  /** The hash the roster holds for the unit, or null when the roster has no number for it. */
  async hashOf(place: RosterPlace): Promise<string | null> {
    const row = await this.deeds.findOne({ where: { ...place }, select: { id: true, last6Hash: true } });
    return row?.last6Hash ?? null;
  }

  /**
   * Applies an imported file's numbers: every unit of the file ends up with its row's number, or none when the row
   * (or the file) has no number; units absent from the file keep theirs, as they keep their roster entry.
   */
  async apply(compoundId: number, rows: RosterRow[], manager: EntityManager): Promise<void> {
    const existing = await manager.find(RosterDeed, { where: { compoundId } });
    const byPlace = new Map(existing.map((d) => [`${d.building}\u0000${d.room}`, d]));
    const inserts: Partial<RosterDeed>[] = [];
    const removals: number[] = [];
    for (const row of rows) {
      const place = { compoundId, building: row.building, room: row.room };
      const current = byPlace.get(`${row.building}\u0000${row.room}`);
      const wanted = row.deedLast6 ? this.hash(place, row.deedLast6) : null;
      if (current?.last6Hash === wanted) continue;
      if (current && wanted) await manager.update(RosterDeed, { id: current.id }, { last6Hash: wanted });
      else if (current) removals.push(current.id);
      else if (wanted) inserts.push({ ...place, last6Hash: wanted });
    }
    for (let i = 0; i < removals.length; i += CHUNK) await manager.delete(RosterDeed, removals.slice(i, i + CHUNK));
    for (let i = 0; i < inserts.length; i += CHUNK) await manager.insert(RosterDeed, inserts.slice(i, i + CHUNK));
  }
}
