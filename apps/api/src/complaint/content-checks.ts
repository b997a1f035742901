import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { WechatClient, type ContentVerdict } from '../wechat/wechat.client.js';
import { Attachment } from '../files/attachment.entity.js';
import { Complaint, ComplaintEvent, ComplaintPhotoCheck } from './complaint.entities.js';

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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    if (traces.length > 0)
      await manager.insert(
        ComplaintPhotoCheck,
        traces.map((t) => ({ ...t, complaintId })),
      );
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
    await this.dataSource.transaction(async (manager) => {
      const check = await manager.findOneBy(ComplaintPhotoCheck, { traceId });
      if (!check || check.suggest !== null) return;
      await manager.update(ComplaintPhotoCheck, { traceId }, { suggest });
      if (suggest === 'pass') return;
      // `review`: WeChat is not sure. The photo stays for the resident and the handlers, but other residents no
      // longer see it (as text under review is not shown to them).
      if (suggest === 'review') {
        await manager.update(Attachment, { id: check.attachmentId }, { visibility: 'staff' });
        return;
      }
      const complaint = await manager.findOneByOrFail(Complaint, { id: check.complaintId });
      const without = (list: string) =>
        list
          .split(',')
          .filter((id) => id && Number(id) !== check.attachmentId)
          .join(',');
      await manager.update(Complaint, { id: complaint.id }, { photoIds: without(complaint.photoIds) });
      for (const e of await manager.findBy(ComplaintEvent, { complaintId: complaint.id }))
        if (e.photoIds.split(',').includes(String(check.attachmentId)))
          await manager.update(ComplaintEvent, { id: e.id }, { photoIds: without(e.photoIds) });
      await manager.update(Attachment, { id: check.attachmentId }, { visibility: 'staff' });
      await manager.insert(ComplaintEvent, {
        complaintId: complaint.id,
        kind: 'photo_removed',
        actorId: null,
        actorRole: 'system',
        fromStatus: null,
        toStatus: null,
        level: complaint.level,
        note: '一张照片未通过微信内容安全检测，已移除',
        photoIds: '',
        at: wholeSeconds(),
      });
      this.logger.log(`photo ${check.attachmentId} of complaint ${complaint.id} removed: risky`);
    });
  }
}
