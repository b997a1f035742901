import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
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
  TallyPart,
  ImportOfficialResultRequest,
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

  @ApiPropertyOptional({ description: 'when the vote opens (default now); later announces it' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '表决开始时间格式不对' })
  opensAt?: string;

  @ApiPropertyOptional({
    description: 'when a notice was posted to all owners (default: this announcement); ≥ 15 days before opening',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '公告张贴日期格式不对' })
  noticePostedAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  noticeAttachmentId?: number;
}

export class TallyPartDto implements TallyPart {
  @ApiProperty()
  @IsInt({ message: '面积应为整数（0.01 平方米）' })
  @Min(0)
  @Max(1_000_000_000_000, { message: '面积过大' })
  areaCentiM2: number;

  @ApiProperty()
  @IsInt({ message: '人数应为整数' })
  @Min(0)
  @Max(10_000_000, { message: '人数过大' })
  headcount: number;
}

export class ImportOfficialResultDto implements ImportOfficialResultRequest {
  @ApiProperty({ enum: [1, 2, 3, 4, 5, 6, 7, 8, 9] })
  @IsIn([1, 2, 3, 4, 5, 6, 7, 8, 9])
  matterNo: MatterNo;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  externalRef: string;

  @ApiProperty()
  @IsISO8601({ strict: true })
  closedAt: string;

  @ApiProperty({ type: TallyPartDto })
  @ValidateNested()
  @Type(() => TallyPartDto)
  total: TallyPartDto;

  @ApiProperty({ type: TallyPartDto })
  @ValidateNested()
  @Type(() => TallyPartDto)
  agreed: TallyPartDto;

  @ApiProperty({ type: TallyPartDto })
  @ValidateNested()
  @Type(() => TallyPartDto)
  disagreed: TallyPartDto;

  @ApiProperty({ type: TallyPartDto })
  @ValidateNested()
  @Type(() => TallyPartDto)
  abstained: TallyPartDto;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1, { message: '请上传官方系统的表决结果文件' })
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  attachmentIds: number[];
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
