import { Controller, Get, Param, ParseIntPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES, type AttachmentView } from '@xiaoqu/shared';
import { Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { readUploadedFile } from '../common/http/uploaded-file.js';
import { RateLimit } from '../common/throttle/rate-limit.decorator.js';
import { CompoundResolver } from '../place/place.resolvers.js';
import { AttachmentResolver } from './attachment.resolver.js';
import { FilesService, toAttachmentView } from './files.service.js';

@ApiTags('files')
@ApiBearerAuth()
@Controller()
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /**
   * A photo or document (work record, report, ballot scan, an owner's evidence for an objection), uploaded before
   * the record that uses it; it stays private to staff and its uploader until a record publishes it.
   */
  @Post('compounds/:compoundId/attachments')
  @RateLimit('upload')
  @ApiConsumes('multipart/form-data')
  // `resident` too: a seller keeps only that role, and may still object on a vote opened before the sale.
  @Roles(['property_staff', 'committee_member', 'community_admin', 'owner', 'resident'], {
    param: 'compoundId',
    resolver: CompoundResolver,
  })
  async upload(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AttachmentView> {
    return toAttachmentView(
      await this.files.store(compoundId, await readUploadedFile(request), principal.personId, [
        'jpeg',
        'png',
        'webp',
        'pdf',
      ]),
    );
  }

  @Get('attachments/:attachmentId')
  @Roles(ROLES, { param: 'attachmentId', resolver: AttachmentResolver })
  async download(
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { attachment, bytes } = await this.files.read(principal, attachmentId);
    // The type checked at upload, never sniffed again by the browser; only images are shown in place.
    const disposition = attachment.mime.startsWith('image/') ? 'inline' : 'attachment';
    await reply
      .header('content-type', attachment.mime)
      .header('content-length', bytes.length)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, max-age=86400, immutable')
      .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
      .send(bytes);
  }
}
