import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LineView, ReviewNoteView } from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import { coveringGrants, type Principal } from '../../common/auth/principal.js';
import { PlaceService } from '../../place/place.service.js';
import type { Place } from '../../place/place.entity.js';
import { LineFlag, ReviewNote } from '../disclosure.entities.js';
import { AccountDisclosureService } from './account-disclosure.service.js';
import { AccountViews } from './account-views.service.js';

/** Reviewers' part of a period's accounts (监督): notes on a draft, flags on a line. */
@Injectable()
export class AccountReviews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountDisclosureService,
    private readonly views: AccountViews,
    private readonly places: PlaceService,
  ) {}

  async addReviewNote(principal: Principal, id: number, text: string): Promise<ReviewNoteView> {
    const d = await this.accounts.draft(id);
    const role = await this.reviewerRole(principal, d.compoundId);
    const note = await this.dataSource.manager.save(
      ReviewNote,
      this.dataSource.manager.create(ReviewNote, {
        disclosureId: id,
        authorId: principal.personId,
        role,
        text: text.trim(),
      }),
    );
    return (await this.views.reviewNotes(id)).find((n) => n.id === note.id) as ReviewNoteView;
  }

  /** Flags a line and answers with the line as the reviewer now sees it. */
  async flagLine(principal: Principal, lineId: number, reason: string): Promise<LineView> {
    const line = await this.views.lineOf(lineId);
    const d = await this.views.get(principal, line.disclosureId);
    const role = await this.reviewerRole(principal, d.compoundId);
    await this.dataSource.manager.insert(LineFlag, {
      lineId,
      flaggedBy: principal.personId,
      role,
      reason: reason.trim(),
    });
    this.views.forget(line.disclosureId);
    return (await this.views.detail(principal, line.disclosureId)).lines.find((l) => l.id === lineId) as LineView;
  }

  private async reviewerRole(principal: Principal, compoundId: number): Promise<'supervisor' | 'committee_member'> {
    const compound: Place = await this.places.getCompound(compoundId);
    const grants = coveringGrants(principal, ['supervisor', 'committee_member'], {
      placeId: compound.id,
      path: compound.path,
    });
    if (grants.length === 0) throw new DomainException('FORBIDDEN');
    return grants.some((g) => g.role === 'supervisor') ? 'supervisor' : 'committee_member';
  }
}
