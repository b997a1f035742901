import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { coveringGrants } from '../../common/auth/principal.js';
import { FilesService } from '../../files/files.service.js';
import { PlaceService } from '../../place/place.service.js';
import { Ballot } from '../deliberation.entities.js';

/** Who reads a vote's ballot records (the paper ballots with their scans). */
const BALLOT_RECORD_READERS = ['committee_member', 'community_admin'] as const;

/**
 * Deliberation's part of the file read rule. Whatever an objection, a correction, a notice or a result cites is
 * published to the compound with it; a paper ballot's scan and a proxy's signed authorisation are not, and are for
 * those who read the vote's ballot records.
 */
@Injectable()
export class BallotFilesReader implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly places: PlaceService,
  ) {}

  onModuleInit(): void {
    this.files.addReader(async (principal, attachment) => {
      const cited = await this.dataSource.manager.exists(Ballot, {
        where: [{ scanAttachmentId: attachment.id }, { proxyDocumentId: attachment.id }],
      });
      if (!cited) return false;
      const compound = await this.places.getCompound(attachment.compoundId);
      return coveringGrants(principal, BALLOT_RECORD_READERS, { placeId: compound.id, path: compound.path }).length > 0;
    });
  }
}
