import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../common/config/app-config.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { PlaceService } from '../../place/place.service.js';
import { AccountViews } from './account-views.service.js';
import { printNotice } from './notice-print.js';
import { buildLineTemplate } from './line-template.js';

/** A generated file and how to name it in the response. */
export interface GeneratedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Files made for people to print or fill in: a period's A4 notice for the notice board, the lines' spreadsheet template. */
@Injectable()
export class NoticeService {
  private readonly logger = new Logger(NoticeService.name);

  constructor(
    private readonly accounts: AccountViews,
    private readonly places: PlaceService,
    private readonly config: AppConfig,
  ) {}

  async pdf(principal: Principal, disclosureId: number): Promise<GeneratedFile> {
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
      return { fileName: `${compound.name}-${detail.periodKey}-收支公示.pdf`, contentType: 'application/pdf', bytes };
    } catch (err) {
      this.logger.error(`notice ${disclosureId} not printed: ${(err as Error).message}`);
      throw new DomainException('PRINT_UNAVAILABLE');
    }
  }

  async lineTemplate(): Promise<GeneratedFile> {
    return {
      fileName: '收支明细模板.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: await buildLineTemplate(),
    };
  }
}
