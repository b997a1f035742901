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
  TerminateVoteRequest,
  VoteBasisRequest,
  ObjectionRequest,
  ObjectionKind,
  CorrectionRequest,
  CorrectionKind,
  AnswerObjectionRequest,
} from '@xiaoqu/shared';
import {
  CORRECTION_KINDS,
  OBJECTION_DAYS_MAX,
  OBJECTION_DAYS_MIN,
  OBJECTION_KINDS,
  VOTE_OPTIONS_MAX,
} from '@xiaoqu/shared';
import { IsDay } from '../../common/validation/is-day.decorator.js';

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

  @ApiPropertyOptional({ type: [String], description: 'a multi-option decision: 2–9 option labels' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2, { message: '多选一表决至少要有 2 个选项' })
  @ArrayMaxSize(VOTE_OPTIONS_MAX, { message: `多选一表决最多 ${VOTE_OPTIONS_MAX} 个选项` })
  @IsString({ each: true })
  @Length(1, 100, { each: true, message: '每个选项须写明内容，最多 100 字' })
  options?: string[];
}

export class TerminateVoteDto implements TerminateVoteRequest {
  @ApiProperty({ description: 'why the vote is terminated (published)' })
  @IsString()
  @Length(5, 500, { message: '请写明中止表决的理由（5 至 500 字）' })
  reason: string;
}

export class VoteBasisDto implements VoteBasisRequest {
  @ApiProperty({ description: 'the clause of the compound rules that allows voting here' })
  @IsString()
  @Length(5, 1000, { message: '请写明管理规约或议事规则的条款（5 至 1000 字）' })
  clause: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  documentAttachmentId: number;

  @ApiPropertyOptional({ minimum: OBJECTION_DAYS_MIN, maximum: OBJECTION_DAYS_MAX })
  @IsOptional()
  @IsInt()
  @Min(OBJECTION_DAYS_MIN, { message: `询异公示期至少 ${OBJECTION_DAYS_MIN} 天` })
  @Max(OBJECTION_DAYS_MAX, { message: `询异公示期最多 ${OBJECTION_DAYS_MAX} 天` })
  objectionDays?: number;
}

export class ObjectionDto implements ObjectionRequest {
  @ApiProperty({ enum: OBJECTION_KINDS })
  @IsIn(OBJECTION_KINDS)
  kind: ObjectionKind;

  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiProperty()
  @IsString()
  @Length(5, 2000, { message: '请写明异议的内容（5 至 2000 字）' })
  text: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(9)
  @IsInt({ each: true })
  attachmentIds: number[];
}

export class CorrectionDto implements CorrectionRequest {
  @ApiProperty({ enum: CORRECTION_KINDS })
  @IsIn(CORRECTION_KINDS)
  kind: CorrectionKind;

  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  ballotId?: number;

  @ApiPropertyOptional({ enum: ['agree', 'disagree', 'abstain'] })
  @IsOptional()
  @IsIn(['agree', 'disagree', 'abstain'])
  choice?: TallyBallot['choice'];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 8)
  optionId?: string | null;

  @ApiPropertyOptional({ description: '0.01 m²' })
  @IsOptional()
  @IsInt({ message: '面积应为整数（0.01 平方米）' })
  @Min(1)
  @Max(100_000_000, { message: '面积过大' })
  areaCentiM2?: number;

  @ApiProperty()
  @IsString()
  @Length(5, 1000, { message: '请写明更正的理由（5 至 1000 字）' })
  reason: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1, { message: '更正须附上证据' })
  @ArrayMaxSize(9)
  @IsInt({ each: true })
  evidenceAttachmentIds: number[];
}

export class AnswerObjectionDto implements AnswerObjectionRequest {
  @ApiProperty()
  @IsString()
  @Length(2, 2000, { message: '请写明答复（2 至 2000 字）' })
  text: string;

  @ApiPropertyOptional({ type: CorrectionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CorrectionDto)
  correction?: CorrectionDto;
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
  @ApiPropertyOptional({ enum: ['agree', 'disagree', 'abstain'], description: 'agree/disagree votes' })
  @IsOptional()
  @IsIn(['agree', 'disagree', 'abstain'])
  choice?: TallyBallot['choice'];

  @ApiPropertyOptional({ nullable: true, description: 'multi-option votes: the option, or null to abstain' })
  @IsOptional()
  @IsString()
  @Length(1, 8)
  optionId?: string | null;
}

/** A resident poll's vote: agree, disagree or abstain. */
export class PollVoteDto {
  @ApiProperty({ enum: ['agree', 'disagree', 'abstain'] })
  @IsIn(['agree', 'disagree', 'abstain'])
  choice: TallyBallot['choice'];
}

export class PaperBallotDto implements PaperBallotRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @ApiPropertyOptional({ enum: ['agree', 'disagree', 'abstain'] })
  @IsOptional()
  @IsIn(['agree', 'disagree', 'abstain'])
  choice?: TallyBallot['choice'];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 8)
  optionId?: string | null;

  @ApiProperty({ enum: ['paper', 'proxy'] })
  @IsIn(['paper', 'proxy'])
  method: 'paper' | 'proxy';

  @ApiProperty({ example: '2026-12-01' })
  @IsDay({ notAfterToday: true })
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
