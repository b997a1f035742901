import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { Principal } from '../common/auth/principal.js';
import type { Role } from '@xiaoqu/shared';
import { Session } from './session.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { fromSqlTime, wholeSeconds } from '../common/time/whole-seconds.js';
import { AccessCache } from './access-cache.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;

/** The stored hash of an `Authorization: Bearer …` header's token, or null when it holds none. */
export function bearerTokenHash(authorization: string | undefined): string | null {
  const match = BEARER.exec(authorization ?? '');
  return match ? hashToken(match[1]) : null;
}

/** Sessions and grants: who a bearer token belongs to, and what they may do where. */
@Injectable()
export class AccessService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(RoleGrant) private readonly grants: Repository<RoleGrant>,
    private readonly config: AppConfig,
    private readonly cache: AccessCache,
  ) {}

  async issueSession(personId: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = wholeSeconds(Date.now() + this.config.SESSION_TTL_SECONDS * 1000);
    await this.sessions.insert({ tokenHash: hashToken(token), personId, expiresAt });
    return { token, expiresAt };
  }

  async authenticate(authorization: string | undefined): Promise<Principal> {
    const hash = bearerTokenHash(authorization);
    if (!hash) throw new DomainException('UNAUTHENTICATED');
    const cached = this.cache.get(hash);
    if (cached) return cached;
    // The session and its person's grants in one round trip: every request but login pays for this query.
    const rows = await this.sessions
      .createQueryBuilder('s')
      .leftJoin(RoleGrant, 'g', 'g.personId = s.personId')
      .leftJoin('g.place', 'p')
      .select([
        's.personId AS personId',
        's.expiresAt AS expiresAt',
        'g.id AS grantId',
        'g.role AS role',
        'g.placeId AS placeId',
        'g.gridId AS gridId',
        'p.path AS placePath',
      ])
      .where('s.tokenHash = :hash', { hash })
      .orderBy('g.id')
      .getRawMany<{
        personId: number;
        expiresAt: Date | string;
        grantId: number | null;
        role: Role;
        placeId: number;
        gridId: number | null;
        placePath: string;
      }>();
    if (rows.length === 0) throw new DomainException('UNAUTHENTICATED');
    const expiresAt = fromSqlTime(rows[0].expiresAt);
    if (expiresAt.getTime() <= Date.now()) throw new DomainException('TOKEN_EXPIRED');
    const grants = rows
      .filter((r) => r.grantId !== null)
      .map((r) => ({
        role: r.role,
        placeId: Number(r.placeId),
        gridId: r.gridId === null ? null : Number(r.gridId),
        placePath: r.placePath,
      }));
    const principal = { personId: Number(rows[0].personId), grants };
    this.cache.set(hash, principal, expiresAt);
    return principal;
  }

  async loadGrants(personId: number): Promise<Principal['grants']> {
    const rows = await this.grants
      .createQueryBuilder('g')
      .innerJoin('g.place', 'p')
      .select(['g.role AS role', 'g.placeId AS placeId', 'g.gridId AS gridId', 'p.path AS placePath'])
      .where('g.personId = :personId', { personId })
      .orderBy('g.id')
      .getRawMany<{
        role: Principal['grants'][number]['role'];
        placeId: number;
        gridId: number | null;
        placePath: string;
      }>();
    return rows.map((r) => ({
      role: r.role,
      placeId: Number(r.placeId),
      gridId: r.gridId === null ? null : Number(r.gridId),
      placePath: r.placePath,
    }));
  }
}
