import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import {
  CLAIM_STATUSES,
  type ApproveClaimRequest,
  type ClaimStatus,
  type CreateClaimRequest,
  type RejectClaimRequest,
  type RevokeClaimRequest,
} from '@xiaoqu/shared';

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

  @ApiPropertyOptional({ description: 'the last six characters of the 不动产权证号 or 购房合同号' })
  @IsOptional()
  @IsString()
  @Length(6, 32)
  deedLast6?: string;

  @ApiPropertyOptional({ description: 'a photo of the deed, from POST /api/claims/deed-photos' })
  @IsOptional()
  @IsInt()
  @Min(1)
  deedPhotoId?: number;
}

export class ApproveClaimDto implements ApproveClaimRequest {
  @ApiProperty({ description: 'must be true: the admin has checked the match' })
  @IsOptional()
  @IsBoolean()
  confirm: boolean;

  @ApiPropertyOptional({ description: 'a photo of the deed the approving admin took and uploaded' })
  @IsOptional()
  @IsInt()
  @Min(1)
  deedPhotoId?: number;
}

export class RejectClaimDto implements RejectClaimRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class RevokeClaimDto implements RevokeClaimRequest {
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

export class DeedPhotoQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  compoundId: number;
}
