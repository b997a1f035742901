import type { OwnerVoteView, ProposalView } from '@xiaoqu/shared';
import { closeByClock, upload } from './vote-helpers.js';
import { VoteReminders } from '../src/deliberation/votes/vote-reminders.js';
import { Notification } from '../src/notification/notification.entity.js';
import { startTestApp, type TestApp } from './test-app.js';
import { FAKE_APPID, FAKE_SECRET, startWechatFake, type WechatFake } from './wechat-fake.js';

let t: TestApp;
let wechat: WechatFake;
beforeAll(async () => {
  wechat = await startWechatFake();
  t = await startTestApp({
    env: {
      WECHAT_API_BASE_URL: wechat.url,
      WECHAT_APPID: FAKE_APPID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_TPL_VOTE_REMINDER: 'tpl-vote',
      REMINDER_INTERVAL_SECONDS: '0',
    },
  });
});
afterAll(async () => {
  await t.close();
  await wechat.close();
});

test('owners are reminded once when a vote opens and once a day before it closes; running twice sends nothing twice', async () => {
  const committee = await t.login('demo-committee');
  const jinxiu = t.demo!.compoundIds.jinxiu;
  const proposal = await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
    token: committee,
    json: { title: '选聘物业服务企业', body: '公开招标结果提请表决。' },
  });
  const closesAt = Date.now() + 10 * 24 * 3600_000;
  const vote = await t.http<OwnerVoteView>('POST', `/api/proposals/${proposal.body.id}/owner-vote`, {
    token: committee,
    json: {
      matterNo: 4,
      closesAt: new Date(closesAt).toISOString(),
      secret: true,
      noticePostedAt: new Date(Date.now() - 16 * 86400_000).toISOString(),
      noticeAttachmentId: await upload(t, jinxiu, committee),
    },
  });
  const reminders = t.app.get(VoteReminders);

  expect(await reminders.run(Date.now())).toBe(2); // demo-owner and demo-committee, 锦绣花园's verified owners in the demo
  expect(await reminders.run(Date.now())).toBe(0);
  expect(wechat.sent.filter((m) => m.template_id === 'tpl-vote')).toEqual(
    ['demo-owner', 'demo-committee'].map((touser) =>
      expect.objectContaining({
        touser,
        page: `deliberation/pages/proposal/index?id=${proposal.body.id}`,
        data: expect.objectContaining({ thing2: { value: '业主表决已开始' } }),
      }),
    ),
  );

  const dayBefore = closesAt - 12 * 3600_000;
  expect(await reminders.run(dayBefore)).toBe(2);
  expect(await reminders.run(dayBefore)).toBe(0);
  expect(wechat.sent.at(-1)?.data.thing2).toEqual({ value: '表决将在24小时内截止' });
  const log = await t.dataSource.getRepository(Notification).find({ where: { subjectId: vote.body.id } });
  expect(log.map((n) => [n.topic, n.status]).sort()).toEqual([
    ['vote_closing', 'sent'],
    ['vote_closing', 'sent'],
    ['vote_opened', 'sent'],
    ['vote_opened', 'sent'],
  ]);

  // A vote closed before any run is never announced; a closed one gets nothing more.
  const other = await t.http<ProposalView>('POST', `/api/compounds/${jinxiu}/proposals`, {
    token: committee,
    json: { title: '增设快递柜', body: '提请表决。' },
  });
  const closedEarly = await t.http<OwnerVoteView>('POST', `/api/proposals/${other.body.id}/owner-vote`, {
    token: committee,
    json: {
      matterNo: 9,
      closesAt: new Date(closesAt).toISOString(),
      secret: true,
      noticePostedAt: new Date(Date.now() - 16 * 86400_000).toISOString(),
      noticeAttachmentId: await upload(t, jinxiu, committee),
    },
  });
  await closeByClock(t, closedEarly.body.id);
  await closeByClock(t, vote.body.id);
  expect(await reminders.run(Date.now())).toBe(0);
  const closedEarlyLog = await t.dataSource
    .getRepository(Notification)
    .find({ where: { subjectId: closedEarly.body.id } });
  // Its owners hear of its result, never that it opened or is about to close.
  expect(closedEarlyLog.map((n) => n.topic)).toEqual(['vote_result', 'vote_result']);
});
