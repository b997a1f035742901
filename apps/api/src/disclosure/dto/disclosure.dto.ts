import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MAX_LINE_FEN,
  BILLING_MODELS,
  type BillingModel,
  type CompoundBillingView,
  FUND_ENTRY_KINDS,
  type AuditReportInput,
  type FundEntryInput,
  type FundEntryKind,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  WORK_RECORD_KINDS,
  type LineCategory,
  type LineInput,
  type ServiceDisclosureInput,
  type WorkRecordKind,
} from '@xiaoqu/shared';
import { IsDay } from '../../common/validation/is-day.decorator.js';

export class CompoundBillingDto implements CompoundBillingView {
  @ApiProperty({ enum: BILLING_MODELS })
  @IsIn(BILLING_MODELS)
  billingModel: BillingModel;

  @ApiPropertyOptional({ description: 'fen; null → the server default' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  voucherRequiredAboveFen: number | null;
}

export class CreateAccountDisclosureDto {
  @ApiProperty({ example: '2026-11' })
  @Matches(/^(\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4]|\d{4})$/, { message: 'periodKey must be YYYY-MM, YYYY-Qn or YYYY' })
  periodKey: string;
}

export class LineInputDto implements LineInput {
  @ApiProperty({ enum: [...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES] })
  @IsIn([...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES])
  category: LineCategory;

  @ApiProperty({ description: 'fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_LINE_FEN)
  amountFen: number;

  @ApiProperty({ example: '2026-11-05' })
  @IsDay({ notAfterToday: true })
  occurredOn: string;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  counterparty: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  householdsBilled?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  householdsPaid?: number | null;
}

export class ReplaceLinesDto {
  @ApiProperty({ type: [LineInputDto] })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => LineInputDto)
  lines: LineInputDto[];
}

export class TextDto {
  @ApiProperty()
  @IsString()
  @Length(1, 500)
  text: string;
}

export class AnswerDto {
  @ApiProperty()
  @IsString()
  @Length(1, 1000)
  text: string;
}

export class FlagDto {
  @ApiProperty()
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class CompoundQuestionsQuery {
  @ApiPropertyOptional({ enum: ['1'] })
  @IsOptional()
  @IsIn(['1'])
  unanswered?: '1';
}

export class ListDisclosuresQuery {
  @ApiPropertyOptional({ enum: ['drafts'] })
  @IsOptional()
  @IsIn(['drafts'])
  include?: 'drafts';
}

export class VerifyQuery {
  /** `1`: also re-hash the compound's stored files against the digests recorded at upload. */
  @ApiPropertyOptional({ enum: ['1'] })
  @IsOptional()
  @IsIn(['1'])
  files?: '1';
}

class StaffPostDto {
  @ApiProperty()
  @IsString()
  @Length(1, 50)
  post: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(10000)
  headcount: number;
}

class ServiceItemDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty()
  @IsString()
  @Length(1, 50)
  frequency: string;
}

export class ServiceDisclosureDto implements ServiceDisclosureInput {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  company: string;

  @ApiProperty()
  @IsDay()
  contractStart: string;

  @ApiProperty()
  @IsDay()
  contractEnd: string;

  @ApiProperty()
  @IsString()
  @Length(1, 50)
  serviceLevel: string;

  @ApiProperty({ description: 'fen per m² per month' })
  @IsInt()
  @Min(0)
  @Max(100000)
  feeStandardFenPerM2Month: number;

  @ApiProperty({ type: [StaffPostDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => StaffPostDto)
  staffPosts: StaffPostDto[];

  @ApiProperty({ type: [ServiceItemDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ServiceItemDto)
  items: ServiceItemDto[];
}

export class WorkRecordDto {
  @ApiProperty({ enum: WORK_RECORD_KINDS })
  @IsIn(WORK_RECORD_KINDS)
  kind: WorkRecordKind;

  @ApiProperty()
  @IsDay({ notAfterToday: true })
  doneOn: string;

  @ApiProperty()
  @IsString()
  @Length(1, 500)
  description: string;

  @ApiProperty({ type: [Number], description: 'attachment ids from POST /api/compounds/:compoundId/attachments' })
  @IsArray()
  @ArrayMaxSize(9)
  @IsInt({ each: true })
  photoIds: number[];
}

export class FundEntryDto implements FundEntryInput {
  @ApiProperty({ enum: FUND_ENTRY_KINDS })
  @IsIn(FUND_ENTRY_KINDS)
  kind: FundEntryKind;

  @ApiProperty()
  @IsDay({ notAfterToday: true })
  occurredOn: string;

  @ApiProperty({ description: 'fen' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;

  @ApiProperty()
  @IsString()
  @Length(1, 500)
  description: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  decisionRef?: string | null;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(9)
  @IsInt({ each: true })
  attachmentIds: number[];
}

export class AuditReportDto implements AuditReportInput {
  @ApiProperty()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  title: string;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  auditor: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  attachmentId: number;
}
