import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import {
  COMPOUND_STAFF_ROLES,
  WORK_PHONE_PATTERN,
  type CompoundStaffRole,
  type GrantCompoundRoleRequest,
} from '@xiaoqu/shared';

const WORK_PHONE_MESSAGE = '请填写正确的工作电话（座机或手机号）';

export class GrantCompoundRoleDto implements GrantCompoundRoleRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  personId: number;

  @ApiProperty({ enum: COMPOUND_STAFF_ROLES })
  @IsIn(COMPOUND_STAFF_ROLES)
  role: CompoundStaffRole;

  /** The number residents may call about their complaints (not the person's own unless they agreed). */
  @ApiPropertyOptional({ nullable: true, example: '028-8765-4321' })
  @IsOptional()
  @Matches(WORK_PHONE_PATTERN, { message: WORK_PHONE_MESSAGE })
  workPhone?: string | null;
}

/** `PUT /api/grids/:gridId/workers/:personId`: the grid worker's work number, optional. */
export class AssignGridWorkerDto {
  @ApiPropertyOptional({ nullable: true, example: '028-8765-4321' })
  @IsOptional()
  @Matches(WORK_PHONE_PATTERN, { message: WORK_PHONE_MESSAGE })
  workPhone?: string | null;
}
