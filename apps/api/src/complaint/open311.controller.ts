import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '@xiaoqu/shared';
import { Public } from '../common/auth/access.decorator.js';
import { Open311Service, type Open311Request, type Open311RequestsQuery } from './open311.service.js';

/** GeoReport v2 `requests.json` query. */
class RequestsQuery implements Open311RequestsQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES)
  service_code?: ComplaintCategory;

  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601()
  start_date?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601()
  end_date?: string;
}

/**
 * Open311 GeoReport v2, read only (https://wiki.open311.org/GeoReport_v2): the compounds' visible complaints for the
 * city's hotline and for researchers. Public, JSON.
 */
@ApiTags('open311')
@Controller('open311/v2')
export class Open311Controller {
  constructor(private readonly open311: Open311Service) {}

  @Get('services.json')
  @Public()
  services() {
    return this.open311.services();
  }

  /** Requests filed in [start_date, end_date) (default: the last 90 days), newest first, at most 1,000. */
  @Get('requests.json')
  @Public()
  requests(@Query() query: RequestsQuery): Promise<Open311Request[]> {
    return this.open311.requests(query);
  }

  @Get('requests/:file')
  @Public()
  request(@Param('file') file: string): Promise<Open311Request[]> {
    return this.open311.request(file);
  }
}
