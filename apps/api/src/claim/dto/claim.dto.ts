import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { CLAIM_STATUSES, type ClaimStatus, type CreateClaimRequest, type RejectClaimRequest } from '@xiaoqu/shared';

export class CreateClaimDto implements CreateClaimRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  compoundId: number;

  @ApiProperty()
  @IsString()
  @Length(1, 32)
  building: string;

  @ApiProperty()
  @IsString()
  @Length(1, 32)
  room: string;

  @ApiProperty()
  @IsString()
  @Length(1, 50)
  ownerName: string;

  @ApiProperty()
  @Matches(/^\d{4}$/, { message: 'phoneLast4 must be 4 digits' })
  phoneLast4: string;
}

export class RejectClaimDto implements RejectClaimRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class AdminClaimsQuery {
  @ApiPropertyOptional({ enum: CLAIM_STATUSES })
  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  compoundId?: number;
}
