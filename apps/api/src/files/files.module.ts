import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { PlaceModule } from '../place/place.module.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentLink } from './attachment-link.entity.js';
import { AttachmentResolver } from './attachment.resolver.js';
import { FileIntegrityScheduler } from './file-integrity.scheduler.js';
import { FileStorage, storageFor } from './file-storage.js';
import { FilesController } from './files.controller.js';
import { FilesService } from './files.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Attachment, AttachmentLink]), PlaceModule],
  controllers: [FilesController],
  providers: [
    FilesService,
    AttachmentResolver,
    FileIntegrityScheduler,
    {
      provide: FileStorage,
      inject: [AppConfig],
      useFactory: storageFor,
    },
  ],
  exports: [FilesService],
})
export class FilesModule {}
