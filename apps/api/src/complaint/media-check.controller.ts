import { createHash, timingSafeEqual } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth/access.decorator.js';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { FilesService } from '../files/files.service.js';
import { ContentChecks } from './content-checks.js';

interface PushQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
}

/** A wxa_media_check event of WeChat's message push (JSON mode, plaintext). */
interface MediaCheckEvent {
  Event?: string;
  trace_id?: string;
  result?: { suggest?: string };
}

/**
 * The two ends WeChat's asynchronous photo check talks to: the signed link it downloads a photo from, and the
 * message-push endpoint it posts the verdict to (signed with WECHAT_PUSH_TOKEN).
 */
@ApiExcludeController()
@Controller()
export class MediaCheckController {
  constructor(
    private readonly checks: ContentChecks,
    private readonly files: FilesService,
    private readonly config: AppConfig,
  ) {}

  @Get('complaint-photos/:attachmentId/:signature')
  @Public()
  async photo(
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @Param('signature') signature: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!this.checks.signatureValid(attachmentId, signature)) throw new DomainException('NOT_FOUND');
    const [attachment] = await this.files.byIds([attachmentId]);
    if (!attachment) throw new DomainException('NOT_FOUND');
    const bytes = await this.files.bytes(attachment);
    await reply
      .header('content-type', attachment.mime)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(bytes);
  }

  private verify(query: PushQuery): void {
    const token = this.config.WECHAT_PUSH_TOKEN;
    const { signature, timestamp, nonce } = query;
    if (!token || !signature || !timestamp || !nonce) throw new DomainException('FORBIDDEN');
    const expected = Buffer.from(createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex'));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new DomainException('FORBIDDEN');
  }

  /** WeChat checks the push URL once, when it is configured, by asking us to echo `echostr`. */
  @Get('wechat/events')
  @Public()
  async handshake(@Query() query: PushQuery, @Res() reply: FastifyReply): Promise<void> {
    this.verify(query);
    await reply.header('content-type', 'text/plain').send(query.echostr ?? '');
  }

  @Post('wechat/events')
  @HttpCode(200)
  @Public()
  async event(@Query() query: PushQuery, @Body() body: MediaCheckEvent): Promise<string> {
    this.verify(query);
    const suggest = body.result?.suggest;
    if (
      body.Event === 'wxa_media_check' &&
      typeof body.trace_id === 'string' &&
      (suggest === 'pass' || suggest === 'review' || suggest === 'risky')
    )
      await this.checks.mediaVerdict(body.trace_id, suggest);
    return 'success';
  }
}
