import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type DataSource } from 'typeorm';
import { periodLabel, type HomeNotice } from '@xiaoqu/shared';
import { fromSqlTime } from '../common/time/whole-seconds.js';
import { AccountDisclosure, LineQuestion, Publication, ReviewNote, ServiceDisclosure } from './disclosure.entities.js';

/** The publications 首页 announces to residents (votes' results come from deliberation, with their proposal). */
const ANNOUNCED = ['account', 'service', 'fund_entry', 'audit_report'] as const;
type Announced = (typeof ANNOUNCED)[number];

/** What residents are told of the publications besides a period's accounts, and the page that shows each. */
const OTHER_NOTICES: Record<Exclude<Announced, 'account'>, { title: string; page: string }> = {
  service: { title: '物业服务信息已公示', page: 'service' },
  fund_entry: { title: '维修资金使用已公示', page: 'fund' },
  audit_report: { title: '审计报告已公示', page: 'audit' },
};

/** What 首页 shows of disclosures: the staff's drafts, questions and reviews by COUNT queries, and what was published. */
@Injectable()
export class DisclosureDigest {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Account drafts and a service-disclosure draft of the compound, not yet published. */
  async draftsToPublish(compoundId: number): Promise<number> {
    const [accounts, service] = await Promise.all([
      this.dataSource.getRepository(AccountDisclosure).count({ where: { compoundId, status: 'draft' } }),
      this.dataSource.getRepository(ServiceDisclosure).count({ where: { compoundId, status: 'draft' } }),
    ]);
    return accounts + service;
  }

  /** Residents' questions on the compound's line items with no answer yet, and when the oldest was asked. */
  async questionsWaiting(compoundId: number): Promise<{ count: number; oldestAskedAt: string | null }> {
    const row = await this.dataSource
      .getRepository(LineQuestion)
      .createQueryBuilder('q')
      .innerJoin(AccountDisclosure, 'd', 'd.id = q.disclosureId')
      .select('COUNT(*)', 'count')
      .addSelect('MIN(q.askedAt)', 'oldest')
      .where('d.compoundId = :compoundId AND q.answeredAt IS NULL', { compoundId })
      .getRawOne<{ count: number | string; oldest: Date | string | null }>();
    const count = Number(row?.count ?? 0);
    return { count, oldestAskedAt: count > 0 && row?.oldest ? fromSqlTime(row.oldest).toISOString() : null };
  }

  /** The compound's account drafts the reviewer has written no note on yet. */
  async reviewsToGive(compoundId: number, reviewerId: number): Promise<number> {
    return this.dataSource
      .getRepository(AccountDisclosure)
      .createQueryBuilder('d')
      .where("d.compoundId = :compoundId AND d.status = 'draft'", { compoundId })
      .andWhere(
        (qb) =>
          `NOT EXISTS ${qb
            .subQuery()
            .select('1')
            .from(ReviewNote, 'n')
            .where('n.disclosureId = d.id AND n.authorId = :reviewerId')
            .getQuery()}`,
        { reviewerId },
      )
      .getCount();
  }

  /** Disclosures published in these compounds since `since`, newest first, each with its compound. */
  async recentNotices(compoundIds: number[], since: Date): Promise<(HomeNotice & { compoundId: number })[]> {
    if (compoundIds.length === 0) return [];
    const links = await this.dataSource.getRepository(Publication).find({
      where: { compoundId: In(compoundIds), kind: In([...ANNOUNCED]), publishedAt: MoreThanOrEqual(since) },
      order: { id: 'DESC' },
      take: 10,
    });
    const accountIds = links.filter((l) => l.kind === 'account').map((l) => l.subjectId);
    const periods = new Map(
      (accountIds.length
        ? await this.dataSource
            .getRepository(AccountDisclosure)
            .find({ where: { id: In(accountIds) }, select: { id: true, periodKey: true } })
        : []
      ).map((d) => [d.id, d.periodKey]),
    );
    return links.map((l) => {
      const at = l.publishedAt.toISOString();
      const base = { compoundId: l.compoundId, kind: 'disclosure' as const, at, countdownTo: null };
      if (l.kind === 'account') {
        const period = periods.get(l.subjectId);
        const title = period ? `${periodLabel(period)}收支已公示` : '新一期收支已公示';
        return { ...base, title, page: `disclosure/pages/period/index?id=${l.subjectId}` };
      }
      const { title, page } = OTHER_NOTICES[l.kind as Exclude<Announced, 'account'>];
      return { ...base, title, page: `disclosure/pages/${page}/index?compoundId=${l.compoundId}` };
    });
  }
}
