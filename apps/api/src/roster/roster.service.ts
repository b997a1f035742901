import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  validateRosterRows,
  type Page,
  type RosterImportResult,
  type RosterOwnerView,
  type RosterUnitView,
} from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { AuditService } from '../audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { PlaceService } from '../place/place.service.js';
import { UnitService } from '../place/unit.service.js';
import { RosterImport } from './roster-import.entity.js';
import { readRosterFile } from './roster-file.parser.js';
import { RosterDeedsService } from './roster-deeds.service.js';
import { GrantService } from '../identity/grant.service.js';
import { rosterSearchTerms } from './roster-search.js';

/** Who reveals an owner, and the request it is revealed in, for the audit entry. */
export interface RevealContext {
  personId: number;
  /** The compound as the AccessGuard resolved it. */
  placeId: number;
  placePath: string;
  route: string;
  requestId: string;
}

const MAX_ROWS = 20000;

/** Unit roster import: every row valid or nothing imported. */
@Injectable()
export class RosterService {
  constructor(
    @InjectRepository(RosterImport) private readonly imports: Repository<RosterImport>,
    private readonly places: PlaceService,
    private readonly units: UnitService,
    private readonly deeds: RosterDeedsService,
    private readonly grants: GrantService,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
  ) {}

  async import(
    compoundId: number,
    file: { fileName: string; buffer: Buffer },
    importedBy: number,
  ): Promise<RosterImportResult> {
    const compound = await this.places.getCompound(compoundId);
    const { inputs, rowNumbers } = await readRosterFile(file.buffer);
    if (inputs.length === 0) throw new DomainException('ROSTER_INVALID', '文件里没有数据行', []);
    if (inputs.length > MAX_ROWS) throw new DomainException('ROSTER_INVALID', `一次最多导入 ${MAX_ROWS} 行`, []);
    const { rows, errors } = validateRosterRows(inputs, rowNumbers);
    if (errors.length > 0) {
      throw new DomainException(
        'ROSTER_INVALID',
        `花名册有 ${errors.length} 行错误，未导入任何数据`,
        errors.map((e) => ({ row: e.row, message: e.message })),
      );
    }
    return this.units.transaction(async (manager) => {
      const { changes, formerOwners } = await this.units.applyRoster(compound, rows, manager, importedBy);
      // A seller left without a unit here is no longer an owner of the compound.
      for (const personId of formerOwners)
        await this.grants.revoke({ personId, role: 'owner', placeId: compoundId }, manager);
      await this.deeds.apply(compoundId, rows, manager);
      const record = await manager.save(
        RosterImport,
        manager.create(RosterImport, {
          compoundId,
          importedBy,
          fileName: file.fileName.slice(0, 255),
          total: rows.length,
          ...changes,
        }),
      );
      return { importId: record.id, total: rows.length, ...changes };
    });
  }

  /** The roster with owners masked; `q` finds units by building and room. */
  rosterPage(compoundId: number, opts: { cursor?: string; limit: number; q?: string }): Promise<Page<RosterUnitView>> {
    return this.units.rosterPage(compoundId, {
      cursor: opts.cursor,
      limit: opts.limit,
      terms: rosterSearchTerms(opts.q),
    });
  }

  /**
   * One unit's owner name and phone in full. The audit entry is written first: when it cannot be, nothing is
   * revealed. A unit of another compound is not found.
   */
  async revealOwner(compoundId: number, unitId: number, by: RevealContext): Promise<RosterOwnerView> {
    const unit = await this.units.getUnit(unitId);
    if (unit.compoundId !== compoundId) throw new DomainException('NOT_FOUND');
    await this.audit.record({
      personId: by.personId,
      role: 'community_admin',
      placeId: by.placeId,
      placePath: by.placePath,
      method: 'GET',
      route: by.route,
      recordIds: { compoundId: String(compoundId), unitId: String(unitId) },
      status: 200,
      requestId: by.requestId,
    });
    return {
      unitId: unit.id,
      ownerName: this.cipher.decryptOptional(unit.ownerNameSealed) ?? '',
      ownerPhone: this.cipher.decryptOptional(unit.ownerPhoneSealed) ?? '',
    };
  }

  async history(compoundId: number): Promise<RosterImport[]> {
    return this.imports.find({ where: { compoundId }, order: { id: 'DESC' }, take: 20 });
  }
}
