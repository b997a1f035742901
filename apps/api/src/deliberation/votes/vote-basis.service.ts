import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  OBJECTION_DAYS_DEFAULT,
  OBJECTION_DAYS_MAX,
  OBJECTION_DAYS_MIN,
  type VoteBasisRequest,
  type VoteBasisView,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { FilesService, toAttachmentView } from '../../files/files.service.js';
import { VoteBasis } from '../deliberation.entities.js';
import { ProposalService } from '../proposals/proposal.service.js';
import { toBasisView } from './vote-views.js';

/**
 * The basis for owner votes here: the clause of the compound's 管理规约 / 议事规则 that allows them, its document,
 * and the objection period those rules set. Each record is kept; the latest applies to votes opened afterwards.
 */
@Injectable()
export class VoteBases {
  constructor(
    @InjectRepository(VoteBasis) private readonly bases: Repository<VoteBasis>,
    private readonly files: FilesService,
    private readonly timeline: ProposalService,
  ) {}

  current(compoundId: number): Promise<VoteBasis | null> {
    return this.bases.findOne({ where: { compoundId }, order: { id: 'DESC' } });
  }

  async view(compoundId: number): Promise<VoteBasisView | null> {
    const basis = await this.current(compoundId);
    if (!basis) return null;
    const [document] = await this.files.byIds([basis.documentId]);
    return toBasisView(basis, document ? toAttachmentView(document) : null);
  }

  async record(compoundId: number, principal: Principal, request: VoteBasisRequest): Promise<VoteBasisView> {
    const days = request.objectionDays ?? OBJECTION_DAYS_DEFAULT;
    if (!Number.isInteger(days) || days < OBJECTION_DAYS_MIN || days > OBJECTION_DAYS_MAX)
      throw new DomainException(
        'VALIDATION_FAILED',
        `询异公示期须为 ${OBJECTION_DAYS_MIN} 至 ${OBJECTION_DAYS_MAX} 天`,
      );
    await this.files.requireOwn(compoundId, [request.documentAttachmentId], '规约文件', false, principal.personId);
    const recordedByRole = await this.timeline.actingRole(principal, compoundId);
    await this.bases.manager.transaction(async (manager) => {
      await manager.insert(VoteBasis, {
        compoundId,
        clause: request.clause.trim(),
        documentId: request.documentAttachmentId,
        objectionDays: days,
        recordedBy: principal.personId,
        recordedByRole,
      });
      // The rules owners vote under are for every owner to read.
      await this.files.setVisibility([request.documentAttachmentId], 'compound', manager);
    });
    return (await this.view(compoundId)) as VoteBasisView;
  }
}
