import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../place/dto/place.dto.js';

export class RosterQuery extends PageQuery {
  /** Building and room, e.g. `3栋`, `502`, `3栋 502`: each word starts the building name or the room. */
  @ApiPropertyOptional({ example: '3栋 502' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  q?: string;
}
