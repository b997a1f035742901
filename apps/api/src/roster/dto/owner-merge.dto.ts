import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Length, Min } from 'class-validator';
import type { CreateOwnerMergeRequest } from '@xiaoqu/shared';

export class CreateOwnerMergeDto implements CreateOwnerMergeRequest {
  /** `[surviving, absorbed]`: the first unit's owner key survives. */
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2 })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsInt({ each: true })
  @Min(1, { each: true })
  unitIds: number[];

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  reason: string;
}
