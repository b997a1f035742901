import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { CLAIM_STATUSES, type ClaimStatus, type CreateClaimRequest, type RejectClaimRequest } from '@xiaoqu/shared';

export class CreateClaimDto implements CreateClaimRequest {
  @IsInt()
  @Min(1)
  compoundId: number;

  @IsString()
  @Length(1, 32)
  building: string;

  @IsString()
  @Length(1, 32)
  room: string;

  @IsString()
  @Length(1, 50)
  ownerName: string;

  @Matches(/^\d{4}$/, { message: 'phoneLast4 must be 4 digits' })
  phoneLast4: string;
}

export class RejectClaimDto implements RejectClaimRequest {
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class AdminClaimsQuery {
  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  compoundId?: number;
}
