import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../common/auth/access.decorator.js';
import { coveringGrants, grantsWithRoles } from '../common/auth/principal.js';
import type { RequestWithPrincipal } from '../common/auth/current-principal.decorator.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { AccessService } from './access.service.js';
import { AppConfig } from '../common/config/app-config.js';
import { TtlCache } from '../common/cache/ttl-cache.js';
import type { ResolvedPlace } from '../common/auth/principal.js';

/**
 * The one guard of the API. Every route declares its rule (@Public, @Authenticated or @Roles); a route that
 * declares nothing is refused. Place-scoped rules are checked here, before any handler runs.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  /**
   * Which place a record belongs to (a complaint's, a period's compound) hardly ever changes: kept as long as a
   * session is, so a request costs no query for its scope. Not-found is never kept.
   */
  private readonly places: TtlCache<string, ResolvedPlace>;

  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
    private readonly moduleRef: ModuleRef,
    config: AppConfig,
  ) {
    this.places = new TtlCache(config.AUTH_CACHE_SECONDS * 1000, config.AUTH_CACHE_MAX_ENTRIES);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`);
      throw new DomainException('FORBIDDEN');
    }
    if (rule.kind === 'public') return true;

    const request = context
      .switchToHttp()
      .getRequest<
        RequestWithPrincipal & { headers: Record<string, string | undefined>; params: Record<string, string> }
      >();
    const principal = await this.access.authenticate(request.headers.authorization);
    request.principal = principal;
    if (rule.kind === 'authenticated') return true;

    if (rule.place) {
      const raw = request.params[rule.place.param];
      const id = Number(raw);
      if (!Number.isSafeInteger(id) || id <= 0) throw new DomainException('NOT_FOUND');
      const key = `${rule.place.resolver.name}:${id}`;
      let target = this.places.get(key);
      if (!target) {
        target = (await this.moduleRef.get(rule.place.resolver, { strict: false }).resolvePlace(id)) ?? undefined;
        if (!target) throw new DomainException('NOT_FOUND');
        this.places.set(key, target);
      }
      request.accessTarget = target;
      if (coveringGrants(principal, rule.roles, target).length === 0) throw new DomainException('FORBIDDEN');
      return true;
    }
    if (grantsWithRoles(principal, rule.roles).length === 0) throw new DomainException('FORBIDDEN');
    return true;
  }
}
