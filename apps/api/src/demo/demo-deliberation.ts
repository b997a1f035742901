import type { INestApplicationContext } from '@nestjs/common';
import { chinaDay, type MatterNo, type TallyPart } from '@xiaoqu/shared';
import { AccessService } from '../identity/access.service.js';
import { FilesService } from '../files/files.service.js';
import type { Principal } from '../common/auth/principal.js';
import { UnitService } from '../place/unit.service.js';
import { ProposalRegister } from '../deliberation/proposals/proposal-register.service.js';
import { ProposalService } from '../deliberation/proposals/proposal.service.js';
import { BallotService } from '../deliberation/votes/ballot.service.js';
import { VoteBases } from '../deliberation/votes/vote-basis.service.js';
import { VoteLifecycle } from '../deliberation/votes/vote-lifecycle.service.js';
import { VoteService } from '../deliberation/votes/vote.service.js';
import { DEMO_FUND_DECISION, demoPlan } from './demo-data.js';
import { DEMO_PHOTO, demoPdfs } from './demo-files.js';
import type { DemoIds } from './seed.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The end of a China day (24:00 Beijing time), as the mini program's closing dates are. */
const endOfChinaDay = (at: number) => `${chinaDay(at)}T15:59:59.000Z`;

/** 锦绣花园's headcount (owners, the developer's unsold units as one) and area, from its roster. */
function jinxiuTotals(): TallyPart {
  const roster = demoPlan().compounds[0].roster;
  const owners = new Set(roster.map((r) => (r.developerUnsold ? 'developer' : r.ownerPhone)));
  return { headcount: owners.size, areaCentiM2: roster.reduce((sum, r) => sum + r.areaCentiM2, 0) };
}

/** `part` per thousand of `whole`, rounded down: the imported result's parts, in integers. */
const share = (whole: TallyPart, perMille: number): TallyPart => ({
  headcount: Math.floor((whole.headcount * perMille) / 1000),
  areaCentiM2: Math.floor((whole.areaCentiM2 * perMille) / 1000),
});

/**
 * 锦绣花园's rules allow owner votes here (the basis, recorded by its committee); 玉林北苑 and 翠柳苑 have none
 * recorded, so their organisers see the official-channel path. With `proposals`, 锦绣花园 also gets a proposal in
 * every stage (see seedDemoProposals).
 */
export async function seedDemoDeliberation(
  app: INestApplicationContext,
  ids: DemoIds,
  options: { proposals: boolean },
): Promise<void> {
  const personId = ids.personIds['demo-committee'];
  const committee = { personId, grants: await app.get(AccessService).loadGrants(personId) };
  const jinxiu = ids.compoundIds.jinxiu;
  const document = await app.get(FilesService).store(
    jinxiu,
    {
      fileName: '锦绣花园管理规约.pdf',
      buffer: demoPdfs(app)({
        title: '《锦绣花园管理规约》（节选）',
        lines: [
          '第二十条  业主共同决定事项可以通过“小区共治”平台以电子投票',
          '方式表决，与书面表决具有同等效力。',
          '本文件为演示数据。',
        ],
      }),
    },
    committee.personId,
    ['pdf'],
  );
  await app.get(VoteBases).record(jinxiu, committee, {
    clause:
      '《锦绣花园管理规约》第二十条：业主共同决定事项可以通过“小区共治”平台以电子投票方式表决，与书面表决具有同等效力。',
    documentAttachmentId: document.id,
    objectionDays: 7,
  });
  if (options.proposals) await seedDemoProposals(app, ids);
}

/**
 * 锦绣花园's proposals, one in every stage, written through the services as the product makes them (oldest first):
 * the owners' decision the maintenance fund's use cites (held on the official system, final, being implemented and
 * evaluated); a vote held here that has closed, its preliminary result in the objection period; an open vote
 * demo-owner has not cast (demo-committee, an owner, has); a vote announced to open in 20 days; a consultation with
 * the four parties' positions and the meeting's minutes; and a proposal raised by demo-owner gathering support.
 * The closed vote ran for an hour: the scheduler closes it at its closing time as the test clock does, an hour
 * after the seed; nothing else here is dated ahead of it.
 */
async function seedDemoProposals(app: INestApplicationContext, ids: DemoIds): Promise<void> {
  const access = app.get(AccessService);
  const files = app.get(FilesService);
  const register = app.get(ProposalRegister);
  const proposals = app.get(ProposalService);
  const votes = app.get(VoteService);
  const ballots = app.get(BallotService);
  const units = app.get(UnitService);
  const pdfOf = demoPdfs(app);
  const jinxiu = ids.compoundIds.jinxiu;
  const as = async (openid: string): Promise<Principal> => {
    const personId = ids.personIds[openid];
    return { personId, grants: await access.loadGrants(personId) };
  };
  const [committee, owner, resident, property, admin] = await Promise.all(
    ['demo-committee', 'demo-owner', 'demo-resident', 'demo-property', 'demo-community-admin'].map(as),
  );
  const photo = async (by: Principal, fileName: string) =>
    (await files.store(jinxiu, { fileName, buffer: DEMO_PHOTO }, by.personId, ['png'])).id;
  const raise = (by: Principal, title: string, body: string) => register.createProposal(jinxiu, by, { title, body });
  const now = Date.now();
  /** Opens a vote here now, its notice posted on the boards `noticeDaysAgo` days ago (with the board's photo). */
  const openNow = async (proposalId: number, matterNo: MatterNo, closesAt: string, noticeDaysAgo: number) =>
    votes.open(proposalId, committee, {
      matterNo,
      closesAt,
      secret: true,
      noticePostedAt: new Date(now - noticeDaysAgo * DAY).toISOString(),
      noticeAttachmentId: await photo(committee, '公告栏张贴的表决公告.png'),
    });
  /** Paper ballots of roster units, entered by the committee with each signed form's scan. */
  const paper = async (voteId: number, entries: [building: string, room: string, agree: boolean][]) => {
    for (const [building, room, agree] of entries) {
      const unit = await units.findUnit(jinxiu, building, room);
      if (!unit) throw new Error(`demo: no unit ${building} ${room}`);
      await ballots.enterPaper(voteId, committee.personId, {
        unitId: unit.id,
        choice: agree ? 'agree' : 'disagree',
        method: 'paper',
        signedOn: chinaDay(now),
        scanAttachmentId: await photo(committee, `${building}${room}-签字表决票.png`),
      });
    }
  };

  // 1. The fund's decision: held on Sichuan's official e-voting system, its result imported; the works done.
  const roof = await raise(committee, DEMO_FUND_DECISION.title, DEMO_FUND_DECISION.body);
  const total = jinxiuTotals();
  await votes.importOfficial(roof.id, committee, {
    matterNo: 5,
    externalRef: DEMO_FUND_DECISION.externalRef,
    closedAt: DEMO_FUND_DECISION.closedAt,
    total,
    agreed: share(total, 712),
    disagreed: share(total, 61),
    abstained: share(total, 39),
    attachmentIds: [
      (
        await files.store(
          jinxiu,
          {
            fileName: '业主电子投票表决结果-5栋屋面防水.pdf',
            buffer: pdfOf({
              title: '业主共同决定表决结果（演示数据）',
              lines: [
                `锦绣花园 · ${DEMO_FUND_DECISION.title}`,
                '四川省业主电子投票系统 · 2026年8月20日表决结束',
                `编号 ${DEMO_FUND_DECISION.externalRef}`,
                '本文件为演示数据，不是官方系统出具的文件。',
              ],
            }),
          },
          committee.personId,
          ['pdf'],
        )
      ).id,
    ],
  });
  await proposals.progress(property, roof.id, '施工单位已进场，旧防水层铲除完毕，基层找平中。', 40, [
    await photo(property, '5栋屋面-基层处理.png'),
  ]);
  await proposals.progress(
    property,
    roof.id,
    '新防水层铺设完成，闭水试验48小时无渗漏，已验收；结算单见维修资金公示。',
    100,
    [await photo(property, '5栋屋面-闭水试验.png')],
  );
  await proposals.evaluate(owner, roof.id, { score: 5, comment: '施工及时，之后下雨没有再漏水。' });
  await proposals.evaluate(resident, roof.id, { score: 4, comment: '工期比预计长了几天，结果满意。' });

  // 2. Closed here, its preliminary result open to objections (too few took part: the result says so).
  const sheds = await raise(
    committee,
    '利用3栋与4栋之间的绿地建设电动自行车集中充电棚',
    '为减少电动自行车进楼入户充电的火灾隐患，拟将3栋与4栋之间约120平方米绿地改建为集中充电棚，由充电运营商投资建设，场地使用费计入公共收益。',
  );
  await proposals.position(
    admin,
    sheds.id,
    'residents_committee',
    '支持集中充电，消除楼道充电隐患；请物业做好消防验收。',
  );
  await proposals.position(property, sheds.id, 'property_company', '同意配合施工与日常巡查，充电棚纳入消防巡检。');
  const closing = new Date(Math.ceil((now + HOUR + 2 * 60_000) / 1000) * 1000);
  const shedsVote = await openNow(sheds.id, 8, closing.toISOString(), 16);
  await ballots.cast(shedsVote.id, owner.personId, { choice: 'agree' }, null);
  await ballots.cast(shedsVote.id, committee.personId, { choice: 'agree' }, null);
  await paper(shedsVote.id, [
    ['3栋', '101', true],
    ['3栋', '1203', true],
    ['4栋', '602', false],
    ['4栋', '1501', true],
  ]);
  await app.get(VoteLifecycle).closeDue(closing.getTime());

  // 3. Open now, until 21 days on: demo-committee has voted online, two paper ballots are in; demo-owner has not.
  const rules = await raise(
    committee,
    '修改《锦绣花园管理规约》养犬管理条款',
    '拟在管理规约中增加：犬只出户须牵绳，电梯内怀抱或使用短绳；公共区域犬只粪便由饲养人即时清理；屡次违反的由业委会书面提醒并公示。',
  );
  await proposals.position(
    committee,
    rules.id,
    'owners_committee',
    '业委会经两次征求意见后提出本修改稿，提请业主共同决定。',
  );
  const rulesVote = await openNow(rules.id, 2, endOfChinaDay(now + 21 * DAY), 18);
  await ballots.cast(rulesVote.id, committee.personId, { choice: 'agree' }, null);
  await paper(rulesVote.id, [
    ['2栋', '305', true],
    ['7栋', '1102', false],
  ]);

  // 4. Announced here: the announcement is the notice, and the vote opens by itself 20 days on.
  const income = await raise(
    committee,
    '2027年度公共收益使用计划',
    '2027年度广告、场地等公共收益预计约90万元，拟用于：电梯应急电源更换、儿童游乐设施翻新、补充维修资金。详细预算附后，请业主表决。',
  );
  const opensAt = `${chinaDay(now + 20 * DAY)}T01:00:00.000Z`;
  await votes.open(income.id, committee, {
    matterNo: 9,
    opensAt,
    closesAt: endOfChinaDay(Date.parse(opensAt) + 14 * DAY),
    secret: true,
  });

  // 5. In consultation: the four parties' positions and the meeting's minutes.
  const chargers = await raise(
    committee,
    '地下车库增设新能源汽车充电桩',
    '地下车库现有充电桩12个，排队充电现象突出。拟由供电部门评估容量后，在B区增设30个慢充桩，费用由使用者分摊。',
  );
  await proposals.position(committee, chargers.id, 'owners_committee', '赞成增设，建议先做电力容量评估再定数量。');
  await proposals.position(
    property,
    chargers.id,
    'property_company',
    '车库B区具备安装条件，施工期间需临时调整约20个车位。',
  );
  await proposals.position(admin, chargers.id, 'residents_committee', '支持；请明确收费标准并公示，避免个人私拉电线。');
  await proposals.position(
    admin,
    chargers.id,
    'social_organisation',
    '社区消防志愿队：建议同步增设烟感和灭火器，由志愿队协助巡查。',
  );
  await proposals.meeting(
    committee,
    chargers.id,
    '四方协商会议：同意先请供电部门做容量评估，评估结果出来后拟定方案，提交业主共同决定。',
    ['芳华社区居委会', '锦绣花园业委会', '成都锦城物业服务有限公司', '社区消防志愿队'],
    [await photo(committee, '四方协商会议.png')],
  );

  // 6. Just raised by demo-owner, gathering support.
  const parking = await raise(
    owner,
    '南门早晚高峰增设临时停车位',
    '上下学时段南门外接送车辆占道严重。建议在南门内侧划设10个限时15分钟的临时停车位，由门岗引导。',
  );
  await proposals.support(resident, parking.id);
  await proposals.support(committee, parking.id);
}
