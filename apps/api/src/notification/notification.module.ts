import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../identity/access.module.js';
import { WechatModule } from '../wechat/wechat.module.js';
import { Notification } from './notification.entity.js';
import { NotificationService } from './notification.service.js';
import { NotificationInbox } from './notification-inbox.service.js';
import { NotificationsController } from './notifications.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Notification]), WechatModule, AccessModule],
  controllers: [NotificationsController],
  providers: [NotificationService, NotificationInbox],
  exports: [NotificationService, NotificationInbox],
})
export class NotificationModule {}
