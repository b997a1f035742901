import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThan, MoreThanOrEqual, type DataSource } from 'typeorm';
import type { HomeNotice, HomeVoteItem } from '@xiaoqu/shared';
import { UnitService } from '../place/unit.service.js';
import { OwnerVote, Proposal } from './deliberation.entities.js';
import { num } from './votes/vote-records.js';

const proposalPage = (proposalId: number) => `deliberation/pages/proposal/index?id=${proposalId}`;

/** What 首页 shows of deliberation: a compound's new proposals and votes, and the open votes an owner has not cast. */
@Injectable()
export class DeliberationDigest {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitService,
  ) {}

  /**
   * The compounds' proposals raised since `since`, votes announced or open now (with the moment to count down to),
   * and results published since `since`; each with its compound, newest first.
   */
  async recentNotices(
    compoundIds: number[],
    since: Date,
    now: number,
  ): Promise<(HomeNotice & { compoundId: number })[]> {
    if (compoundIds.length === 0) return [];
    const [proposals, votes] = await Promise.all([
      this.dataSource.getRepository(Proposal).find({
        where: { compoundId: In(compoundIds), createdAt: MoreThanOrEqual(since) },
        select: { id: true, compoundId: true, title: true, createdAt: true },
        order: { id: 'DESC' },
        take: 10,
      }),
      this.dataSource.getRepository(OwnerVote).find({
        where: [
          { compoundId: In(compoundIds), status: 'announced' },
          { compoundId: In(compoundIds), status: 'open', closesAt: MoreThan(new Date(now)) },
          { compoundId: In(compoundIds), status: 'closed', closedAt: MoreThanOrEqual(since) },
        ],
        relations: { proposal: true },
        order: { id: 'DESC' },
        take: 20,
      }),
    ]);
    const notices: (HomeNotice & { compoundId: number })[] = proposals.map((p) => ({
      compoundId: p.compoundId,
      kind: 'proposal',
      title: `新议题：${p.title}`,
      at: p.createdAt.toISOString(),
      countdownTo: null,
      page: proposalPage(p.id),
    }));
    for (const v of votes) {
      const title = v.proposal?.title ?? '';
      const base = { compoundId: v.compoundId, page: proposalPage(v.proposalId) };
      if (v.status === 'announced')
        notices.push({
          ...base,
          kind: 'vote_announced',
          title: `表决公告：${title}`,
          at: (v.noticePostedAt ?? v.openedAt).toISOString(),
          countdownTo: v.openedAt.toISOString(),
        });
      else if (v.status === 'open')
        notices.push({
          ...base,
          kind: 'vote_open',
          title: `正在表决：${title}`,
          at: v.openedAt.toISOString(),
          countdownTo: v.closesAt.toISOString(),
        });
      else
        notices.push({
          ...base,
          kind: 'vote_result',
          title: `表决结果已公示：${title}`,
          at: (v.closedAt as Date).toISOString(),
          countdownTo: null,
        });
    }
    return notices;
  }

  /**
   * Open votes of these compounds that the person may cast (a current link to a unit of the frozen roll that is not
   * the developer's unsold stock, by the record-date rule of casting) and has not: no ballot for any of those owner
   * keys, online or paper. One query over the rolls and ballots of the open votes.
   */
  async unvotedOpenVotes(
    personId: number,
    compoundIds: number[],
    now: number,
  ): Promise<(HomeVoteItem & { compoundId: number })[]> {
    if (compoundIds.length === 0) return [];
    const votes = await this.dataSource.getRepository(OwnerVote).find({
      where: { compoundId: In(compoundIds), status: 'open', closesAt: MoreThan(new Date(now)) },
      relations: { proposal: true },
      order: { closesAt: 'ASC', id: 'ASC' },
    });
    if (votes.length === 0) return [];
    const links = await this.units.votingLinks(personId);
    const pairs = links.flatMap((l) => l.ownerKeys.map((ownerKey) => ({ unitId: l.unitId, ownerKey })));
    if (pairs.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT r.voteId AS voteId, r.unitId AS unitId,
              CASE WHEN EXISTS (SELECT 1 FROM ballot b WHERE b.voteId = r.voteId AND b.ownerKey = r.ownerKey) THEN 1 ELSE 0 END AS voted
         FROM vote_roll r
        WHERE r.voteId IN (${votes.map(() => '?').join(', ')}) AND r.developerUnsold = 0
          AND (${pairs.map(() => '(r.unitId = ? AND r.ownerKey = ?)').join(' OR ')})`,
      [...votes.map((v) => v.id), ...pairs.flatMap((p) => [p.unitId, p.ownerKey])],
    )) as { voteId: number | string; unitId: number | string; voted: number | string }[];
    const endedAt = new Map(links.map((l) => [l.unitId, l.endedAt]));
    return votes
      .filter((v) => {
        // As casting does: a link counts if it had not ended when the vote opened.
        const mine = rows.filter((r) => {
          const ended = endedAt.get(num(r.unitId));
          return num(r.voteId) === v.id && (!ended || ended.getTime() >= v.openedAt.getTime());
        });
        return mine.length > 0 && mine.every((r) => num(r.voted) === 0);
      })
      .map((v) => ({
        compoundId: v.compoundId,
        voteId: v.id,
        proposalId: v.proposalId,
        title: v.proposal?.title ?? '',
        closesAt: v.closesAt.toISOString(),
      }));
  }
}
