import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../identity/access.module.js';
import { WechatModule } from '../wechat/wechat.module.js';
import { Notification } from './notification.entity.js';
import { NotificationService } from './notification.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Notification]), WechatModule, AccessModule],
  providers: [NotificationService],
  exports: [NotificationService],
})
export class NotificationModule {}
