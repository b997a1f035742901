import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { WechatClient, type ContentVerdict } from '../wechat/wechat.client.js';
import { FilesService } from '../files/files.service.js';
import { ComplaintRepository } from './complaint.repository.js';

/** A signed photo link for WeChat's check stays valid for one to two of these. */
export const MEDIA_LINK_SECONDS = 3600;
const windowOf = (now: number) => Math.floor(now / 1000 / MEDIA_LINK_SECONDS);

/**
 * WeChat's content checks of residents' text (msgSecCheck, synchronous) and photos (mediaCheckAsync: WeChat
 * downloads the photo from a signed link and calls back with its verdict), when CONTENT_CHECK is on.
 */
@Injectable()
export class ContentChecks {
  private readonly logger = new Logger(ContentChecks.name);
  // Injected as a property so the signing helpers construct with the four arguments tests pass.
  @Inject(FilesService) private readonly files!: FilesService;

  constructor(
    private readonly repository: ComplaintRepository,
    private readonly wechat: WechatClient,
    private readonly people: PersonDirectory,
    private readonly config: AppConfig,
  ) {}

  private async openid(personId: number): Promise<string> {
    const openid = await this.people.openidOf(personId);
    if (!openid) throw new DomainException('WECHAT_UNAVAILABLE', '无法完成内容安全检测：缺少微信身份');
    return openid;
  }

  /** `pass` or `review` (published only after a person looks); `risky` is refused with 422 and nothing stored. */
  async text(personId: number, content: string): Promise<ContentVerdict> {
    if (!this.config.CONTENT_CHECK) return 'pass';
    const verdict = await this.wechat.checkText(await this.openid(personId), content.slice(0, 2500));
    if (verdict === 'risky') throw new DomainException('CONTENT_REJECTED');
    return verdict;
  }

  /** Sends each photo to the asynchronous check; returns the trace ids to record with the complaint. */
  async images(personId: number, attachmentIds: number[]): Promise<{ attachmentId: number; traceId: string }[]> {
    if (!this.config.CONTENT_CHECK || attachmentIds.length === 0) return [];
    if (!this.config.PUBLIC_API_URL)
      throw new DomainException('WECHAT_UNAVAILABLE', '服务器未配置 PUBLIC_API_URL，无法检测图片');
    const openid = await this.openid(personId);
    const traces: { attachmentId: number; traceId: string }[] = [];
    for (const attachmentId of attachmentIds) {
      const { traceId } = await this.wechat.checkImageAsync(openid, this.mediaUrl(attachmentId));
      traces.push({ attachmentId, traceId });
    }
    return traces;
  }

  async recordTraces(
    manager: EntityManager,
    complaintId: number,
    traces: { attachmentId: number; traceId: string }[],
  ): Promise<void> {
    await this.repository.recordPhotoChecks(manager, complaintId, traces);
  }

  /** Signed for one photo and one window of time: the link names the photo and dies with the next window. */
  private signature(attachmentId: number, window: number): string {
    return createHmac('sha256', this.config.PII_KEY)
      .update(`media-check:${attachmentId}:${window}`)
      .digest('hex')
      .slice(0, 32);
  }

  /**
   * The link WeChat downloads a photo from: public, but only for this one photo, only with its signature, and only
   * for one to two MEDIA_LINK_SECONDS windows (WeChat fetches within minutes, retries included).
   */
  mediaUrl(attachmentId: number, now = Date.now()): string {
    return new URL(
      `api/complaint-photos/${attachmentId}/${this.signature(attachmentId, windowOf(now))}`,
      this.config.PUBLIC_API_URL!.replace(/\/?$/, '/'),
    ).toString();
  }

  /** Signed for this photo in the current window or the one before. */
  signatureValid(attachmentId: number, signature: string, now = Date.now()): boolean {
    const given = Buffer.from(signature);
    return [windowOf(now), windowOf(now) - 1].some((window) => {
      const expected = Buffer.from(this.signature(attachmentId, window));
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
  }

  /**
   * WeChat's verdict on a photo. A photo under review is kept from other residents; a risky one is taken off the
   * complaint (and its timeline) and kept from residents; the complaint itself stays, with an event saying a photo was removed. Repeated calls do nothing more.
   */
  async mediaVerdict(traceId: string, suggest: ContentVerdict): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const check = await this.repository.settlePhotoCheck(manager, traceId, suggest);
      if (!check || suggest === 'pass') return;
      // `review`: WeChat is not sure. The photo stays for the resident and the handlers, but other residents no
      // longer see it (as text under review is not shown to them). `risky`: it leaves the complaint too.
      await this.files.setVisibility([check.attachmentId], 'staff', manager);
      if (suggest === 'review') return;
      await this.files.unlink(manager, 'complaint', [check.complaintId], check.attachmentId);
      const events = await this.repository.eventIdsOf(manager, check.complaintId);
      await this.files.unlink(manager, 'complaint_event', events, check.attachmentId);
      await this.repository.notePhotoRemoved(manager, check.complaintId);
      this.logger.log(`photo ${check.attachmentId} of complaint ${check.complaintId} removed: risky`);
    });
  }
}
