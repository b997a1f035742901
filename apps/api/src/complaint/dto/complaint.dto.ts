import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_LIST_STATUSES,
  MAX_COMPLAINT_PHOTOS,
  WORK_PHONE_PATTERN,
  type ComplaintActionRequest,
  type ComplaintCategory,
  type ComplaintListQuery,
  type ComplaintListStatus,
  type CompoundPlanRequest,
  type FileComplaintRequest,
  type WorkPhoneRequest,
} from '@xiaoqu/shared';
import { IsDay } from '../../common/validation/is-day.decorator.js';

export class FileComplaintDto implements FileComplaintRequest {
  @ApiProperty({ enum: COMPLAINT_CATEGORIES })
  @IsIn(COMPLAINT_CATEGORIES, { message: '请选择诉求类别' })
  category: ComplaintCategory;

  @ApiProperty()
  @IsString()
  @Length(5, 1000, { message: '请用 5 到 1000 个字说明情况' })
  text: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(MAX_COMPLAINT_PHOTOS, { message: `最多 ${MAX_COMPLAINT_PHOTOS} 张照片` })
  @IsInt({ each: true })
  photoIds: number[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  buildingId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 100)
  placeText?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  visible?: boolean;

  @ApiPropertyOptional({ description: 'The handler may call the filer back on their account phone' })
  @IsOptional()
  @IsBoolean()
  callBack?: boolean;
}

export class ComplaintActionDto implements ComplaintActionRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  note?: string;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COMPLAINT_PHOTOS, { message: `最多 ${MAX_COMPLAINT_PHOTOS} 张照片` })
  @IsInt({ each: true })
  photoIds?: number[];

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt({ message: '评分应为 1 到 5 的整数' })
  @Min(1, { message: '评分应为 1 到 5 的整数' })
  @Max(5, { message: '评分应为 1 到 5 的整数' })
  rating?: number;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CompoundPlanDto implements CompoundPlanRequest {
  @ApiProperty({ example: '2026-11' })
  @Matches(PERIOD, { message: '期间应为 YYYY-MM' })
  period: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  causes: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  measures: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  responsible: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsDay({}, { message: '期限应为真实存在的日期，写成 YYYY-MM-DD' })
  dueDate: string;
}

export class PlanUpdateDto {
  @ApiProperty()
  @IsString()
  @Length(1, 1000)
  text: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;
}

export class RankingQueryDto {
  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @Matches(PERIOD, { message: '期间应为 YYYY-MM' })
  period?: string;
}

export class CursorQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  cursor?: string;
}

export class InboxQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'resolved', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'resolved', 'closed'])
  status?: 'open' | 'resolved' | 'closed';

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES)
  category?: ComplaintCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['1', 'true'])
  overdue?: string;
}

export class CompoundComplaintsQueryDto extends CursorQueryDto implements ComplaintListQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES, { message: '没有这个诉求类别' })
  category?: ComplaintCategory;

  @ApiPropertyOptional({ enum: COMPLAINT_LIST_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_LIST_STATUSES, { message: '状态只能是处理中、已办结或已关闭' })
  status?: ComplaintListStatus;

  @ApiPropertyOptional({ description: 'words in the text or the place, 1–30 characters' })
  @IsOptional()
  @IsString()
  @Length(1, 30, { message: '搜索词请在 30 个字以内' })
  q?: string;
}

export class WorkPhoneDto implements WorkPhoneRequest {
  @ApiProperty({ nullable: true, example: '028-8765-4321' })
  @IsOptional()
  @Matches(WORK_PHONE_PATTERN, { message: '请填写正确的工作电话（座机或手机号）' })
  workPhone: string | null;
}
