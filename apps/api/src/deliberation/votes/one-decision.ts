import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/errors/domain.exception.js';
import { OwnerVote, ResidentPoll } from '../deliberation.entities.js';

/** A proposal goes to one owner vote (held here or imported) or to one resident poll, never two. */
export async function assertUndecided(manager: EntityManager, proposalId: number): Promise<void> {
  if (
    (await manager.exists(OwnerVote, { where: { proposalId } })) ||
    (await manager.exists(ResidentPoll, { where: { proposalId } }))
  )
    throw new DomainException('VOTE_ALREADY_OPEN');
}
