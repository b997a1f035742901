import { IsIn, IsInt, Min } from 'class-validator';
import { COMPOUND_STAFF_ROLES, type CompoundStaffRole, type GrantCompoundRoleRequest } from '@xiaoqu/shared';

export class GrantCompoundRoleDto implements GrantCompoundRoleRequest {
  @IsInt()
  @Min(1)
  personId: number;

  @IsIn(COMPOUND_STAFF_ROLES)
  role: CompoundStaffRole;
}
