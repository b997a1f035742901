import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import type { ResidentPollView, TallyBallot } from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { PollVote, Proposal, ResidentPoll } from '../deliberation.entities.js';
import { ProposalService } from '../proposals/proposal.service.js';
import { wholeSeconds } from '../../common/time/whole-seconds.js';
import { closingTime } from '../votes/closing-time.js';
import { assertUndecided } from '../votes/one-decision.js';

/** Resident polls: consultative opinion, one vote per resident, never an owner decision. */
@Injectable()
export class PollService {
  constructor(
    @InjectRepository(ResidentPoll) private readonly polls: Repository<ResidentPoll>,
    @InjectRepository(PollVote) private readonly pollVotes: Repository<PollVote>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: ProposalService,
  ) {}

  /** A proposal goes to an owner vote or to a resident poll, not both. */
  async open(principal: Principal, proposalId: number, closesAtText: string): Promise<ResidentPollView> {
    const proposal = await this.timeline.get(proposalId);
    const closesAt = closingTime(closesAtText);
    const pollId = await this.dataSource.transaction(async (manager) => {
      await assertUndecided(manager, proposalId);
      const poll = await manager.save(
        ResidentPoll,
        manager.create(ResidentPoll, {
          proposalId,
          compoundId: proposal.compoundId,
          closesAt,
          closedAt: null,
          openedBy: principal.personId,
        }),
      );
      await manager.update(Proposal, { id: proposalId }, { stage: 'voting' });
      const role = await this.timeline.actingRole(principal, proposal.compoundId);
      await this.timeline.record(
        {
          proposalId,
          kind: 'vote_opened',
          actorId: principal.personId,
          actorRole: role,
          text: '居民意见征询开始（仅供参考，不是业主共同决定）',
        },
        manager,
      );
      return poll.id;
    });
    return this.view(principal, pollId);
  }

  private isOpen(p: ResidentPoll): boolean {
    return p.closedAt === null && p.closesAt.getTime() > Date.now();
  }

  /** One vote per resident: voting again replaces the earlier choice. */
  async vote(principal: Principal, pollId: number, choice: TallyBallot['choice']): Promise<ResidentPollView> {
    const poll = await this.polls.findOne({ where: { id: pollId } });
    if (!poll) throw new DomainException('NOT_FOUND');
    if (!this.isOpen(poll)) throw new DomainException('VOTE_CLOSED');
    const castAt = wholeSeconds();
    await this.pollVotes.upsert({ pollId, personId: principal.personId, choice, castAt }, ['pollId', 'personId']);
    return this.view(principal, pollId);
  }

  async close(principal: Principal, pollId: number): Promise<ResidentPollView> {
    const poll = await this.polls.findOne({ where: { id: pollId } });
    if (!poll) throw new DomainException('NOT_FOUND');
    if (poll.closedAt) throw new DomainException('VOTE_CLOSED');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ResidentPoll, { id: pollId }, { closedAt: wholeSeconds() });
      await manager.update(Proposal, { id: poll.proposalId }, { stage: 'published' });
    });
    return this.view(principal, pollId);
  }

  async view(principal: Principal, pollId: number): Promise<ResidentPollView> {
    const poll = await this.polls.findOne({ where: { id: pollId } });
    if (!poll) throw new DomainException('NOT_FOUND');
    const rows = (await this.dataSource.query(
      'SELECT choice, COUNT(*) AS n FROM poll_vote WHERE pollId = ? GROUP BY choice',
      [pollId],
    )) as { choice: TallyBallot['choice']; n: number | string }[];
    const count = (c: TallyBallot['choice']) => Number(rows.find((r) => r.choice === c)?.n ?? 0);
    const [agree, disagree, abstain] = [count('agree'), count('disagree'), count('abstain')];
    const mine = await this.pollVotes.findOne({ where: { pollId, personId: principal.personId } });
    return {
      id: poll.id,
      proposalId: poll.proposalId,
      status: this.isOpen(poll) ? 'open' : 'closed',
      closesAt: poll.closesAt.toISOString(),
      agree,
      disagree,
      abstain,
      majorityAgrees: agree * 2 > agree + disagree + abstain,
      myChoice: mine?.choice ?? null,
      notice: '居民意见征询结果仅供参考，不是业主共同决定',
    };
  }
}
