import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, type Repository } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { Session } from './session.entity.js';
import { bearerTokenHash } from './access.service.js';
import { AccessCache } from './access-cache.js';

/** A person's login session as they see it: only what is stored (when it began and until when it holds). */
export interface SessionView {
  id: number;
  createdAt: string;
  expiresAt: string;
  /** The session this request was made with. */
  current: boolean;
}

/** Logging out and ending sessions: a deleted session is refused on its very next request. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly access: AccessCache,
  ) {}

  async logout(authorization: string | undefined): Promise<void> {
    const hash = bearerTokenHash(authorization);
    if (!hash) return;
    const session = await this.sessions.findOne({ where: { tokenHash: hash }, select: { id: true, personId: true } });
    if (!session) return;
    await this.sessions.delete({ id: session.id });
    await this.access.changed(session.personId);
  }

  async list(personId: number, authorization: string | undefined): Promise<SessionView[]> {
    const current = bearerTokenHash(authorization);
    const rows = await this.sessions.find({
      where: { personId, expiresAt: MoreThan(new Date()) },
      order: { id: 'DESC' },
    });
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      current: s.tokenHash === current,
    }));
  }

  /** Ends one of the caller's own sessions; someone else's is NOT_FOUND, as if it did not exist. */
  async end(personId: number, sessionId: number): Promise<void> {
    const ended = await this.sessions.delete({ id: sessionId, personId });
    if (!ended.affected) throw new DomainException('NOT_FOUND');
    await this.access.changed(personId);
  }
}
