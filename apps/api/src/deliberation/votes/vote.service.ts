import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, type EntityManager, type Repository } from 'typeorm';
import {
  formatDateCn,
  formatMinuteCn,
  canonicalJson,
  ruleOf,
  VOTE_NOTICE_DAYS,
  VOTE_OPTIONS_MAX,
  type ImportOfficialResultRequest,
  type OpenOwnerVoteRequest,
  type OwnerVoteView,
  type TallyPart,
  type Role,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import { FilesService } from '../../files/files.service.js';
import { PublicationService } from '../../disclosure/publication/publication.service.js';
import type { Principal } from '../../common/auth/principal.js';
import { UnitService } from '../../place/unit.service.js';
import { ProposalService } from '../proposals/proposal.service.js';
import { OwnerVote, Proposal, VoteOption, VoteRoll } from '../deliberation.entities.js';
import { parseInstant, wholeSeconds } from '../../common/time/whole-seconds.js';
import { closingTime } from './closing-time.js';
import { assertUndecided } from './one-decision.js';
import { VoteBases } from './vote-basis.service.js';
import { sha256 } from './vote-records.js';
import { VoteViews } from './vote-views.js';

/** The owner votes held on proposals: opening (notice, basis, frozen roll) and imported results. */
const DAY = 24 * 3600_000;
/** Roll rows per INSERT when a vote's roll is frozen. */
const ROLL_CHUNK = 1000;

@Injectable()
export class VoteService {
  constructor(
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(OwnerVote) private readonly votes: Repository<OwnerVote>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly views: VoteViews,
    private readonly publications: PublicationService,
    private readonly timeline: ProposalService,
    private readonly bases: VoteBases,
    private readonly units: UnitService,
  ) {}

  /**
   * Opens an owner vote on a proposal and freezes its roll: every unit of the compound with its area, owner key
   * and developer-unsold flag as they are now, copied from the place domain's roster, and hashed for the published
   * result.
   */
  async open(proposalId: number, principal: Principal, request: OpenOwnerVoteRequest): Promise<OwnerVoteView> {
    const by = principal.personId;
    const proposal = await this.proposals.findOne({ where: { id: proposalId } });
    if (!proposal) throw new DomainException('NOT_FOUND');
    const now = wholeSeconds();
    const opensAt = request.opensAt ? parseInstant(request.opensAt, '表决开始时间格式不对') : now;
    if (opensAt.getTime() < now.getTime()) throw new DomainException('VALIDATION_FAILED', '表决开始时间不能早于现在');
    const closesAt = closingTime(request.closesAt);
    if (closesAt.getTime() <= opensAt.getTime() + 3600_000)
      throw new DomainException('VALIDATION_FAILED', '截止时间须晚于表决开始时间');
    // A vote here rests on a clause of the compound's rules that allows it; without one, the official channel.
    const basis = await this.bases.current(proposal.compoundId);
    if (!basis) throw new DomainException('VOTE_BASIS_MISSING');
    const options = optionLabels(request.options);
    // Posted on the boards (with its photo), or announced here: then this announcement is the notice.
    const posted = request.noticePostedAt !== undefined;
    const noticePostedAt = this.noticeTime(request.noticePostedAt ?? now.toISOString(), opensAt);
    if (posted && request.noticeAttachmentId === undefined)
      throw new DomainException('VALIDATION_FAILED', '公告张贴于小区公告栏的，须附上张贴公告的照片');
    if (request.noticeAttachmentId !== undefined)
      await this.files.requireOwn(proposal.compoundId, [request.noticeAttachmentId], '公告照片', true, by);
    const scheduled = opensAt.getTime() > now.getTime();
    const voteId = await this.dataSource.transaction(async (manager) => {
      const vote = await this.createVote(
        manager,
        proposal,
        request.matterNo,
        by,
        {
          secret: request.secret,
          status: scheduled ? 'announced' : 'open',
          openedAt: opensAt,
          closesAt,
          closedAt: null,
          channel: 'here',
          kind: options ? 'choice' : 'approval',
          noticePostedAt,
          noticeMethod: posted ? 'posted' : 'platform',
          noticeAttachmentId: posted ? (request.noticeAttachmentId ?? null) : null,
          basisId: basis.id,
          objectionDays: basis.objectionDays,
        },
        // The posted notice is for every owner to see.
        request.noticeAttachmentId === undefined ? [] : [request.noticeAttachmentId],
      );
      if (options)
        await manager.insert(
          VoteOption,
          options.map((label, i) => ({ voteId: vote.id, optionId: String(i + 1), position: i, label })),
        );
      const actorRole = await this.timeline.actingRole(principal, proposal.compoundId);
      if (scheduled)
        await this.timeline.record(
          {
            proposalId,
            kind: 'vote_announced',
            actorId: by,
            actorRole,
            text: `业主共同决定表决公告（《民法典》第二百七十八条第${request.matterNo}项）：${formatMinuteCn(opensAt)} 开始，${formatMinuteCn(closesAt)} 截止`,
          },
          manager,
        );
      else await this.startVote(manager, vote, { actorId: by, actorRole });
      return vote.id;
    });
    return this.views.view(await this.votes.findOneByOrFail({ id: voteId }));
  }

  /**
   * Opens the announced votes whose time has come (the reminder scheduler calls it): each one's roll is frozen at
   * that moment. A vote another run opened first is left alone. Returns how many it opened.
   */
  async openAnnounced(now: number): Promise<number> {
    const due = await this.votes.find({ where: { status: 'announced', openedAt: LessThanOrEqual(new Date(now)) } });
    let opened = 0;
    for (const vote of due) {
      const done = await this.dataSource.transaction(async (manager) => {
        const moved = await manager.update(OwnerVote, { id: vote.id, status: 'announced' }, { status: 'open' });
        if (!moved.affected) return false;
        await this.startVote(manager, vote, { actorId: vote.openedBy, actorRole: 'system' });
        return true;
      });
      if (done) opened++;
    }
    return opened;
  }

  /**
   * The moment a vote opens: its roll frozen (every unit of the compound with its area, owner key and
   * developer-unsold flag, as UnitService.rollOf reads them in this transaction, written in unit id order and hashed
   * for the published result), the proposal at the voting stage, and the opening on the timeline.
   */
  private async startVote(
    manager: EntityManager,
    vote: OwnerVote,
    by: { actorId: number; actorRole: Role | 'system' },
  ): Promise<void> {
    const units = await this.units.rollOf(vote.compoundId, manager);
    for (let i = 0; i < units.length; i += ROLL_CHUNK)
      await manager.insert(
        VoteRoll,
        units.slice(i, i + ROLL_CHUNK).map((u) => ({
          voteId: vote.id,
          unitId: u.id,
          areaCentiM2: u.areaCentiM2,
          ownerKey: u.ownerKey,
          developerUnsold: u.developerUnsold,
        })),
      );
    const roll = await manager.find(VoteRoll, { where: { voteId: vote.id }, order: { unitId: 'ASC' } });
    if (roll.length === 0) throw new DomainException('CONFLICT', '小区还没有房屋花名册，不能发起业主表决');
    const canonical = canonicalJson(roll.map((r) => [r.unitId, r.areaCentiM2, r.ownerKey, r.developerUnsold]));
    await manager.update(OwnerVote, { id: vote.id }, { rollSha256: sha256(canonical) });
    await manager.update(Proposal, { id: vote.proposalId }, { stage: 'voting' });
    const notice =
      vote.noticeMethod === 'platform'
        ? `已于 ${formatDateCn(vote.noticePostedAt!)} 在本平台公告`
        : `公告已于 ${formatDateCn(vote.noticePostedAt!)} 张贴于小区公告栏`;
    const text = `业主共同决定表决开始（《民法典》第二百七十八条第${vote.matterNo}项），${notice}，${formatMinuteCn(vote.closesAt)} 截止`;
    await this.timeline.record({ proposalId: vote.proposalId, kind: 'vote_opened', ...by, text }, manager);
  }

  /**
   * The one way a vote comes to be, held here or imported: only on a proposal not decided yet, with the legal rule of
   * its matter, and the files it makes public (a posted notice's photo, an imported result's documents) published.
   */
  private async createVote(
    manager: EntityManager,
    proposal: Proposal,
    matterNo: OwnerVote['matterNo'],
    openedBy: number,
    fields: Partial<OwnerVote>,
    publicFiles: number[],
  ): Promise<OwnerVote> {
    await assertUndecided(manager, proposal.id);
    const vote = await manager.save(
      OwnerVote,
      manager.create(OwnerVote, {
        proposalId: proposal.id,
        compoundId: proposal.compoundId,
        matterNo,
        rule: ruleOf(matterNo),
        openedBy,
        rollSha256: '',
        ...fields,
      }),
    );
    await this.files.setVisibility(publicFiles, 'compound', manager);
    return vote;
  }

  /** The notice's time: not in the future, and at least VOTE_NOTICE_DAYS days before the vote opens. */
  private noticeTime(iso: string, opensAt: Date): Date {
    const at = parseInstant(iso, '公告张贴时间格式不对');
    if (at.getTime() > Date.now()) throw new DomainException('VALIDATION_FAILED', '公告张贴时间不能晚于现在');
    if (opensAt.getTime() - at.getTime() < VOTE_NOTICE_DAYS * DAY)
      throw new DomainException(
        'VOTE_NOTICE_TOO_SHORT',
        `业主表决须在开始前至少 ${VOTE_NOTICE_DAYS} 日通知全体业主（《物业管理条例》第十四条）：公告于 ${formatDateCn(at)}，最早可于 ${formatDateCn(new Date(at.getTime() + VOTE_NOTICE_DAYS * DAY))} 开始表决`,
      );
    return at;
  }

  /**
   * Records a decision held on Sichuan's official e-voting system: its counted parts and result document,
   * evaluated by the same rules, published on the compound's chain like a result held here. No ballots are cast.
   */
  async importOfficial(
    proposalId: number,
    principal: Principal,
    request: ImportOfficialResultRequest,
  ): Promise<OwnerVoteView> {
    const proposal = await this.proposals.findOne({ where: { id: proposalId } });
    if (!proposal) throw new DomainException('NOT_FOUND');
    const closedAt = parseInstant(request.closedAt, '表决结束时间格式不对');
    if (closedAt.getTime() > Date.now())
      throw new DomainException('VALIDATION_FAILED', '官方系统的表决结束时间不能晚于现在');
    const { total, agreed, disagreed, abstained } = request;
    if (
      total.headcount === 0 ||
      total.areaCentiM2 === 0 ||
      agreed.headcount + disagreed.headcount + abstained.headcount > total.headcount ||
      agreed.areaCentiM2 + disagreed.areaCentiM2 + abstained.areaCentiM2 > total.areaCentiM2
    )
      throw new DomainException('VALIDATION_FAILED', '参与表决的面积和人数不能超过总面积和总人数，总数须大于零');
    await this.files.requireOwn(proposal.compoundId, request.attachmentIds, '表决结果文件', false, principal.personId);
    const part = (p: TallyPart): TallyPart => ({ areaCentiM2: p.areaCentiM2, headcount: p.headcount });
    const voteId = await this.dataSource.transaction(async (manager) => {
      const vote = await this.createVote(
        manager,
        proposal,
        request.matterNo,
        principal.personId,
        {
          secret: true,
          status: 'closed',
          openedAt: closedAt,
          closesAt: closedAt,
          closedAt,
          channel: 'official',
          externalRef: request.externalRef.trim(),
          importedParts: JSON.stringify({
            total: part(total),
            agreed: part(agreed),
            disagreed: part(disagreed),
            abstained: part(abstained),
          }),
        },
        request.attachmentIds,
      );
      await this.files.link(manager, 'owner_vote', vote.id, request.attachmentIds);
      await manager.update(Proposal, { id: proposalId }, { stage: 'published' });
      const link = await this.publications.append(
        manager,
        proposal.compoundId,
        'vote_result',
        vote.id,
        principal.personId,
      );
      await this.timeline.record(
        {
          proposalId,
          kind: 'vote_closed',
          actorId: principal.personId,
          actorRole: await this.timeline.actingRole(principal, proposal.compoundId),
          text: `在四川省业主电子投票系统表决（编号 ${vote.externalRef}），结果已导入并公示（第 ${link.seq} 号公示）`,
          attachmentIds: request.attachmentIds,
        },
        manager,
      );
      return vote.id;
    });
    return this.views.view(await this.votes.findOneByOrFail({ id: voteId }));
  }
}

/** A multi-option vote's labels, trimmed: 2–9, none empty or longer than 100 characters, no two alike. */
function optionLabels(options: string[] | undefined): string[] | null {
  if (options === undefined) return null;
  const labels = options.map((o) => o.trim());
  if (labels.length < 2 || labels.length > VOTE_OPTIONS_MAX)
    throw new DomainException('VALIDATION_FAILED', `多选一表决须有 2 至 ${VOTE_OPTIONS_MAX} 个选项`);
  if (labels.some((l) => l.length === 0 || l.length > 100))
    throw new DomainException('VALIDATION_FAILED', '每个选项须写明内容，最多 100 字');
  if (new Set(labels).size !== labels.length) throw new DomainException('VALIDATION_FAILED', '选项不能重复');
  return labels;
}
