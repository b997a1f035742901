import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { Principal } from '../common/auth/principal.js';
import { PlaceService } from '../place/place.service.js';
import { AccountDisclosureService } from './account-disclosure.service.js';
import { printNotice } from './notice-print.js';

/** The printable A4 notice of a period, for the notice board. */
@Injectable()
export class NoticeService {
  private readonly logger = new Logger(NoticeService.name);

  constructor(
    private readonly accounts: AccountDisclosureService,
    private readonly places: PlaceService,
    private readonly config: AppConfig,
  ) {}

  async pdf(principal: Principal, disclosureId: number): Promise<{ fileName: string; bytes: Buffer }> {
    const detail = await this.accounts.detail(principal, disclosureId);
    const compound = await this.places.getCompound(detail.compoundId);
    const link = new URL(`#/disclosure/pages/period/index?id=${detail.id}`, this.config.PUBLIC_H5_URL).toString();
    try {
      const bytes = await printNotice({
        compoundName: compound.name,
        detail,
        link,
        font: { path: this.config.PDF_FONT_PATH, family: this.config.PDF_FONT_FAMILY },
      });
      return { fileName: `${compound.name}-${detail.periodKey}-收支公示.pdf`, bytes };
    } catch (err) {
      this.logger.error(`notice ${disclosureId} not printed: ${(err as Error).message}`);
      throw new DomainException('PRINT_UNAVAILABLE');
    }
  }
}
