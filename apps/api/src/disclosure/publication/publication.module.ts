import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../../files/files.module.js';
import { Publication } from '../disclosure.entities.js';
import { PublicationService } from './publication.service.js';
import { PublicationController } from './publication.controller.js';

/** The compounds' tamper-evident chain of publications: disclosures and vote results append to it. */
@Module({
  imports: [TypeOrmModule.forFeature([Publication]), FilesModule],
  controllers: [PublicationController],
  providers: [PublicationService],
  exports: [PublicationService],
})
export class PublicationModule {}
