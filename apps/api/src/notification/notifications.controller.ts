import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MarkNotificationsReadResponse, NotificationView, Page } from '@xiaoqu/shared';
import { Authenticated } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { MarkNotificationsReadDto, NotificationsQueryDto } from './notification.dto.js';
import { NotificationInbox } from './notification-inbox.service.js';

/** The message centre: the caller's own notices only. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInbox) {}

  @Get()
  @Authenticated()
  list(
    @Query() query: NotificationsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<NotificationView>> {
    return this.inbox.list(principal.personId, query.cursor);
  }

  @Post('read')
  @HttpCode(200)
  @Authenticated()
  markRead(
    @Body() body: MarkNotificationsReadDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MarkNotificationsReadResponse> {
    return this.inbox.markRead(principal.personId, body);
  }
}
