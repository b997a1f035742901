import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mergeMap, type Observable } from 'rxjs';
import { AUDITED_ROLES, type Role } from '@xiaoqu/shared';
import { ACCESS_KEY, type AccessRule, type PlaceResolver } from '../common/auth/access.decorator.js';
import type { RequestWithPrincipal } from '../common/auth/current-principal.decorator.js';
import { coveringGrants, grantsWithRoles } from '../common/auth/principal.js';
import { AuditService } from './audit.service.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type AuditedRequest = FastifyRequest & RequestWithPrincipal;

/** The role and place a caller acted in, when that role is audited. */
interface Actor {
  personId: number;
  role: Role;
  placeId: number;
  placePath: string;
}

/**
 * Records every successful write made in a staff or admin role. The role is the route's audited role the caller
 * holds on the place it acts on (the same test the AccessGuard passed); a caller who got in only as a resident or
 * owner, a failed write, and a public or personal (`@Authenticated`) route are not recorded.
 *
 * The entry is written after the write succeeded and before the answer leaves; a failure to write it is logged and
 * never turns the (already committed) write into an error.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
    private readonly audit: AuditService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    if (!WRITES.has(request.method) || !request.principal) return next.handle();
    // Found before the handler runs: a DELETE may take away the row the place is found from.
    const actor = await this.actor(context, request);
    if (!actor) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        if (reply.statusCode >= 200 && reply.statusCode < 300) await this.record(actor, request, reply, answer);
        return answer;
      }),
    );
  }

  private async actor(context: ExecutionContext, request: AuditedRequest): Promise<Actor | null> {
    const principal = request.principal;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!principal || rule?.kind !== 'roles') return null;
    const audited = rule.roles.filter((r) => (AUDITED_ROLES as readonly Role[]).includes(r));
    // Most writes are residents': no audited grant at all, no place to look up.
    if (grantsWithRoles(principal, audited).length === 0) return null;
    if (rule.place) {
      // The guard resolved the place already; asked again only if a route ever reached here without it.
      const params = request.params as Record<string, string>;
      const target =
        request.accessTarget ??
        (await this.moduleRef
          .get<PlaceResolver>(rule.place.resolver, { strict: false })
          .resolvePlace(Number(params[rule.place.param])));
      const grant = target ? coveringGrants(principal, audited, target)[0] : undefined;
      return target && grant
        ? { personId: principal.personId, role: grant.role, placeId: target.placeId, placePath: target.path }
        : null;
    }
    const grant = grantsWithRoles(principal, audited)[0];
    return grant
      ? { personId: principal.personId, role: grant.role, placeId: grant.placeId, placePath: grant.placePath }
      : null;
  }

  private async record(actor: Actor, request: AuditedRequest, reply: FastifyReply, answer: unknown): Promise<void> {
    const recordIds: Record<string, string> = { ...(request.params as Record<string, string>) };
    const answeredId = (answer as { id?: unknown } | null | undefined)?.id;
    if (typeof answeredId === 'number' || typeof answeredId === 'string') recordIds.id = String(answeredId);
    try {
      await this.audit.record({
        ...actor,
        method: request.method,
        route: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
        recordIds,
        status: reply.statusCode,
        requestId: String(request.id),
      });
    } catch (err) {
      this.logger.error(
        { err, requestId: request.id, route: request.routeOptions.url },
        'audit entry not written; the write itself succeeded',
      );
    }
  }
}
