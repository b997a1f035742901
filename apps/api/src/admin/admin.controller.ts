import { Body, Controller, Delete, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { COMPOUND_STAFF_ROLES, type CompoundStaffRole, type GridView, type MemberView } from '@xiaoqu/shared';
import { Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { CompoundResolver, GridResolver } from '../place/place.resolvers.js';
import { AdminService } from './admin.service.js';
import { AssignGridWorkerDto, GrantCompoundRoleDto } from './dto/admin.dto.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };
const grid = { param: 'gridId', resolver: GridResolver };

const staffRole = (role: string): CompoundStaffRole => {
  if (!(COMPOUND_STAFF_ROLES as readonly string[]).includes(role)) throw new DomainException('GRANT_NOT_ALLOWED');
  return role as CompoundStaffRole;
};

@ApiTags('admin')
@ApiBearerAuth()
@Controller()
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Get('compounds/:compoundId/members')
  @Roles(['community_admin', 'street_admin'], compound)
  members(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<MemberView[]> {
    return this.admin.members(compoundId);
  }

  @Put('compounds/:compoundId/staff')
  @Roles(['community_admin'], compound)
  grantStaff(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: GrantCompoundRoleDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MemberView[]> {
    return this.admin.grantStaff(compoundId, body.personId, body.role, principal.personId, body.workPhone);
  }

  @Delete('compounds/:compoundId/staff/:personId/:role')
  @Roles(['community_admin'], compound)
  revokeStaff(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Param('personId', ParseIntPipe) personId: number,
    @Param('role') role: string,
  ): Promise<MemberView[]> {
    return this.admin.revokeStaff(compoundId, personId, staffRole(role));
  }

  @Get('compounds/:compoundId/grids')
  @Roles(['community_admin', 'street_admin', 'grid_worker'], compound)
  grids(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<GridView[]> {
    return this.admin.grids(compoundId);
  }

  @Put('grids/:gridId/workers/:personId')
  @Roles(['community_admin'], grid)
  assignWorker(
    @Param('gridId', ParseIntPipe) gridId: number,
    @Param('personId', ParseIntPipe) personId: number,
    @CurrentPrincipal() principal: Principal,
    @Body() body: AssignGridWorkerDto = {},
  ): Promise<GridView[]> {
    return this.admin.assignGridWorker(gridId, personId, principal.personId, body?.workPhone);
  }

  @Delete('grids/:gridId/workers/:personId')
  @Roles(['community_admin'], grid)
  unassignWorker(
    @Param('gridId', ParseIntPipe) gridId: number,
    @Param('personId', ParseIntPipe) personId: number,
  ): Promise<GridView[]> {
    return this.admin.unassignGridWorker(gridId, personId);
  }
}
