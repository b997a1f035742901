import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, ResolvedPlace } from './principal.js';

export interface RequestWithPrincipal {
  principal?: Principal;
  /** The place a place-scoped route acts on, as the AccessGuard resolved it (found once per request). */
  accessTarget?: ResolvedPlace;
}

/** The caller, as authenticated by the AccessGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without an authenticated rule');
  return principal;
});
