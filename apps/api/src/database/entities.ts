import { Person } from '../identity/person.entity.js';
import { Session } from '../identity/session.entity.js';
import { RoleGrant } from '../identity/role-grant.entity.js';
import { Place } from '../place/place.entity.js';
import { Unit } from '../place/unit.entity.js';
import { Grid, GridBuilding } from '../place/grid.entity.js';
import { UnitOwner } from '../place/unit-owner.entity.js';
import { UnitClaim } from '../claim/unit-claim.entity.js';
import { RosterImport } from '../roster/roster-import.entity.js';

/** Every entity, for both engines. */
export const entities = [
  Person,
  Session,
  RoleGrant,
  Place,
  Unit,
  Grid,
  GridBuilding,
  UnitOwner,
  UnitClaim,
  RosterImport,
];
