import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config.js';
import type { RequestWithPrincipal } from '../auth/current-principal.decorator.js';
import { DomainException } from '../errors/domain.exception.js';
import { RATE_LIMIT_KEY, type RateLimitKind } from './rate-limit.decorator.js';
import { ThrottleStore } from './throttle-store.js';

/** Per-window limits of each kind of route, per IP and per person; 0 turns that limit off. */
export function rateLimits(config: AppConfig): Record<RateLimitKind, { perIp: number; perPerson: number }> {
  return {
    login: { perIp: config.THROTTLE_LOGIN_PER_IP, perPerson: 0 },
    write: { perIp: config.THROTTLE_WRITE_PER_IP, perPerson: config.THROTTLE_WRITE_PER_PERSON },
    claim: { perIp: config.THROTTLE_CLAIM_PER_IP, perPerson: config.THROTTLE_CLAIM_PER_PERSON },
    upload: { perIp: config.THROTTLE_UPLOAD_PER_IP, perPerson: config.THROTTLE_UPLOAD_PER_PERSON },
  };
}

/**
 * Counts the routes marked @RateLimit per route, per IP and per person (fixed windows of THROTTLE_WINDOW_SECONDS),
 * and refuses past a limit with TOO_MANY_REQUESTS and `Retry-After`. Registered after the AccessGuard, which sets the
 * principal; on public routes (login) nobody is known yet and only the IP counts.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limits: ReturnType<typeof rateLimits>;

  constructor(
    private readonly reflector: Reflector,
    private readonly store: ThrottleStore,
    private readonly config: AppConfig,
  ) {
    this.limits = rateLimits(config);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.getAllAndOverride<RateLimitKind | undefined>(RATE_LIMIT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!kind) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithPrincipal>();
    const route = `${context.getClass().name}.${context.getHandler().name}`;
    const windowMs = this.config.THROTTLE_WINDOW_SECONDS * 1000;
    const { perIp, perPerson } = this.limits[kind];
    const counts: { key: string; limit: number }[] = [];
    if (perIp > 0) counts.push({ key: `${route}|ip:${request.ip}`, limit: perIp });
    if (perPerson > 0 && request.principal)
      counts.push({ key: `${route}|person:${request.principal.personId}`, limit: perPerson });
    for (const { key, limit } of counts) {
      const { count, resetInMs } = await this.store.hit(key, windowMs);
      if (count > limit) {
        // Seconds until this caller may try again; the exception filter keeps the header and shapes the body.
        void context
          .switchToHttp()
          .getResponse<FastifyReply>()
          .header('retry-after', String(Math.max(1, Math.ceil(resetInMs / 1000))));
        throw new DomainException('TOO_MANY_REQUESTS');
      }
    }
    return true;
  }
}
