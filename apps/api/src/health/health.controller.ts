import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HealthResponse } from '@xiaoqu/shared';
import { Public } from '../common/auth/access.decorator.js';
import { DomainException } from '../common/errors/domain.exception.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up only when the database answers. */
  @Get()
  @Public()
  async check(): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainException('DATABASE_UNAVAILABLE');
    }
    return { status: 'ok', database: 'up' };
  }
}
