import { Module } from '@nestjs/common';
import { AccessModule } from '../identity/access.module.js';
import { PlaceModule } from '../place/place.module.js';
import { AdminService } from './admin.service.js';
import { AdminController } from './admin.controller.js';

@Module({
  imports: [AccessModule, PlaceModule],
  controllers: [AdminController],
  providers: [AdminService],
})
export class AdminModule {}
