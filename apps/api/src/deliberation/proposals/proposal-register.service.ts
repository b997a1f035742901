import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import type { OwnerVoteView, ProposalView } from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { createOnce, type KeyStamp } from '../../common/http/idempotency-key.js';
import { OwnerVote, Proposal, ResidentPoll } from '../deliberation.entities.js';
import { VoteViews } from '../votes/vote-views.js';
import { ProposalService } from './proposal.service.js';

/** The register of a compound's proposals: raising one, and reading them with their owner vote and resident poll. */
@Injectable()
export class ProposalRegister {
  constructor(
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(OwnerVote) private readonly votes: Repository<OwnerVote>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: VoteViews,
    private readonly timeline: ProposalService,
  ) {}

  async createProposal(
    compoundId: number,
    principal: Principal,
    input: { title: string; body: string },
    key: string | null = null,
  ): Promise<ProposalView> {
    return createOnce(
      key,
      { compoundId, title: input.title, body: input.body },
      {
        earlier: (k) => this.proposals.findOne({ where: { raisedBy: principal.personId, idempotencyKey: k } }),
        create: (stamp) => this.raise(compoundId, principal, input, stamp),
        answer: (id) => this.proposal(id),
      },
    );
  }

  private async raise(
    compoundId: number,
    principal: Principal,
    input: { title: string; body: string },
    stamp: KeyStamp,
  ): Promise<ProposalView> {
    const raisedBy = principal.personId;
    const role = await this.timeline.actingRole(principal, compoundId);
    const saved = await this.proposals.save(
      this.proposals.create({
        compoundId,
        title: input.title.trim(),
        body: input.body.trim(),
        stage: 'raised',
        raisedBy,
        ...stamp,
      }),
    );
    await this.timeline.record({
      proposalId: saved.id,
      kind: 'raised',
      actorId: raisedBy,
      actorRole: role,
      text: saved.title,
    });
    return this.proposal(saved.id);
  }

  async proposalsOf(compoundId: number): Promise<ProposalView[]> {
    const rows = await this.proposals.find({ where: { compoundId }, order: { id: 'DESC' }, take: 100 });
    const votes = rows.length ? await this.votes.find({ where: { proposalId: In(rows.map((p) => p.id)) } }) : [];
    const views = await this.views.views(votes);
    const polls = rows.length
      ? await this.dataSource.getRepository(ResidentPoll).find({
          where: { proposalId: In(rows.map((p) => p.id)) },
          select: { id: true, proposalId: true },
        })
      : [];
    return rows.map((p) =>
      this.toProposalView(
        p,
        views.find((v) => v.proposalId === p.id) ?? null,
        polls.find((x) => x.proposalId === p.id)?.id ?? null,
      ),
    );
  }

  async proposal(id: number): Promise<ProposalView> {
    const p = await this.proposals.findOne({ where: { id } });
    if (!p) throw new DomainException('NOT_FOUND');
    const vote = await this.votes.findOne({ where: { proposalId: id } });
    const poll = await this.dataSource
      .getRepository(ResidentPoll)
      .findOne({ where: { proposalId: id }, select: { id: true } });
    return this.toProposalView(p, vote ? await this.views.view(vote) : null, poll?.id ?? null);
  }

  private toProposalView(p: Proposal, vote: OwnerVoteView | null, pollId: number | null): ProposalView {
    return {
      id: p.id,
      compoundId: p.compoundId,
      title: p.title,
      body: p.body,
      stage: p.stage,
      createdAt: p.createdAt.toISOString(),
      vote,
      pollId,
    };
  }
}
