import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, IsNull, type Repository } from 'typeorm';
import { DELETED_PERSON_NAME } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { Person } from './person.entity.js';

export interface PersonContact {
  name: string | null;
  phone: string | null;
}

/** Other domains' window on people: existence and contact data, decrypted for the caller to mask as needed. */
@Injectable()
export class PersonDirectory {
  constructor(
    @InjectRepository(Person) private readonly people: Repository<Person>,
    private readonly cipher: PiiCipher,
  ) {}

  async exists(personId: number): Promise<boolean> {
    return this.people.exists({ where: { id: personId } });
  }

  /** The WeChat openid to message; null for a deleted account (its openid is gone). */
  async openidOf(personId: number): Promise<string | null> {
    const row = await this.people.findOne({
      where: { id: personId },
      select: { id: true, openid: true, deletedAt: true },
    });
    return row && !row.deletedAt ? row.openid : null;
  }

  async contacts(personIds: number[]): Promise<Map<number, PersonContact>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.people.find({ where: { id: In([...new Set(personIds)]) } });
    return new Map(
      rows.map((p) => [
        p.id,
        p.deletedAt
          ? { name: DELETED_PERSON_NAME, phone: null }
          : { name: this.cipher.decryptOptional(p.nameSealed), phone: this.cipher.decryptOptional(p.phoneSealed) },
      ]),
    );
  }

  /** The person's name as stored (sealed), for records that keep a copy of it. */
  async sealedNameOf(personId: number): Promise<string | null> {
    const row = await this.people.findOne({ where: { id: personId }, select: { id: true, nameSealed: true } });
    return row?.nameSealed ?? null;
  }

  /** Which of these people have deleted their account. */
  async deletedAmong(personIds: number[]): Promise<Set<number>> {
    if (personIds.length === 0) return new Set();
    const rows = await this.people.find({
      where: { id: In([...new Set(personIds)]), deletedAt: Not(IsNull()) },
      select: { id: true },
    });
    return new Set(rows.map((p) => p.id));
  }
}
