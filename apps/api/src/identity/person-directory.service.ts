import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
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

  async openidOf(personId: number): Promise<string | null> {
    return (await this.people.findOne({ where: { id: personId }, select: { id: true, openid: true } }))?.openid ?? null;
  }

  async contacts(personIds: number[]): Promise<Map<number, PersonContact>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.people.find({ where: { id: In([...new Set(personIds)]) } });
    return new Map(
      rows.map((p) => [
        p.id,
        { name: this.cipher.decryptOptional(p.nameSealed), phone: this.cipher.decryptOptional(p.phoneSealed) },
      ]),
    );
  }
}
