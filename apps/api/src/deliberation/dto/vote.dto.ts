import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsString, Length } from 'class-validator';
import type {
  CastBallotRequest,
  CreateProposalRequest,
  MatterNo,
  OpenOwnerVoteRequest,
  TallyBallot,
} from '@xiaoqu/shared';

export class CreateProposalDto implements CreateProposalRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  title: string;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  body: string;
}

export class OpenOwnerVoteDto implements OpenOwnerVoteRequest {
  @ApiProperty({ enum: [1, 2, 3, 4, 5, 6, 7, 8, 9], description: 'Civil Code art. 278 item' })
  @IsIn([1, 2, 3, 4, 5, 6, 7, 8, 9])
  matterNo: MatterNo;

  @ApiProperty()
  @IsISO8601({ strict: true })
  closesAt: string;

  @ApiProperty()
  @IsBoolean()
  secret: boolean;
}

export class CastBallotDto implements CastBallotRequest {
  @ApiProperty({ enum: ['agree', 'disagree', 'abstain'] })
  @IsIn(['agree', 'disagree', 'abstain'])
  choice: TallyBallot['choice'];
}
