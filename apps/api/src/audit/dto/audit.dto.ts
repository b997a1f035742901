import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { AuditQuery } from '@xiaoqu/shared';

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ description: 'only entries on this compound (within the place)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  compoundId?: number;

  @ApiPropertyOptional({ description: 'only entries by this person' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  personId?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
