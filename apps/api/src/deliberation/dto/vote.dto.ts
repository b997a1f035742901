import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import type {
  CastBallotRequest,
  OpenPollRequest,
  EvaluationRequest,
  MeetingRequest,
  PositionRequest,
  ProgressUpdateRequest,
  PaperBallotRequest,
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

export class PaperBallotDto implements PaperBallotRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty({ enum: ['agree', 'disagree', 'abstain'] })
  @IsIn(['agree', 'disagree', 'abstain'])
  choice: TallyBallot['choice'];

  @ApiProperty({ enum: ['paper', 'proxy'] })
  @IsIn(['paper', 'proxy'])
  method: 'paper' | 'proxy';

  @ApiProperty({ example: '2026-12-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  signedOn: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  scanAttachmentId: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 50)
  proxyName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  proxyDocumentId?: number;
}

export class PositionDto implements PositionRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  text: string;
}

export class MeetingDto implements MeetingRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  minutes: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  attendees: string[];

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(9)
  @IsInt({ each: true })
  attachmentIds: number[];
}

export class ProgressUpdateDto implements ProgressUpdateRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  text: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(9)
  @IsInt({ each: true })
  attachmentIds: number[];
}

export class EvaluationDto implements EvaluationRequest {
  @ApiProperty({ enum: [1, 2, 3, 4, 5] })
  @IsIn([1, 2, 3, 4, 5])
  score: 1 | 2 | 3 | 4 | 5;

  @ApiProperty()
  @IsString()
  @Length(0, 500)
  comment: string;
}

export class OpenPollDto implements OpenPollRequest {
  @ApiProperty()
  @IsISO8601({ strict: true })
  closesAt: string;
}
