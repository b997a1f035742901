import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { MeResponse, RoleGrantView } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { idsOfPath } from '../place/place-path.js';
import { PlaceService, toPlaceRef } from '../place/place.service.js';
import type { Place } from '../place/place.entity.js';
import { Person } from './person.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import type { UpdateMeDto } from './dto/me.dto.js';

/** The caller's own view of themselves: unmasked, since it is theirs. */
@Injectable()
export class MeService {
  constructor(
    @InjectRepository(Person) private readonly people: Repository<Person>,
    @InjectRepository(RoleGrant) private readonly grants: Repository<RoleGrant>,
    private readonly places: PlaceService,
    private readonly cipher: PiiCipher,
  ) {}

  async me(personId: number): Promise<MeResponse> {
    const person = await this.people.findOne({ where: { id: personId } });
    if (!person) throw new DomainException('UNAUTHENTICATED');
    const grants = await this.grants.find({
      where: { personId },
      relations: { place: true, grid: true },
      order: { id: 'ASC' },
    });
    const byId = await this.places.placesOnPaths(grants.map((g) => (g.place as Place).path));
    const roles: RoleGrantView[] = grants.map((g) => ({
      role: g.role,
      place: toPlaceRef(g.place as Place),
      placePath: idsOfPath((g.place as Place).path).map((id) => toPlaceRef(byId.get(id) as Place)),
      grid: g.grid ? { id: g.grid.id, name: g.grid.name, kind: g.grid.kind } : null,
    }));
    return {
      id: person.id,
      name: this.cipher.decryptOptional(person.nameSealed),
      phone: this.cipher.decryptOptional(person.phoneSealed),
      roles,
      units: await this.places.ownedUnits(personId),
    };
  }

  async update(personId: number, change: UpdateMeDto): Promise<MeResponse> {
    const patch: Partial<Person> = {};
    if (change.name !== undefined) patch.nameSealed = this.cipher.encrypt(change.name.trim());
    if (change.phone !== undefined) patch.phoneSealed = this.cipher.encrypt(change.phone);
    if (Object.keys(patch).length > 0) await this.people.update({ id: personId }, patch);
    return this.me(personId);
  }
}
