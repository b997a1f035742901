import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { COMPOUND_STAFF_ROLES, type CompoundStaffRole, type GrantCompoundRoleRequest } from '@xiaoqu/shared';

export class GrantCompoundRoleDto implements GrantCompoundRoleRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  personId: number;

  @ApiProperty({ enum: COMPOUND_STAFF_ROLES })
  @IsIn(COMPOUND_STAFF_ROLES)
  role: CompoundStaffRole;
}
