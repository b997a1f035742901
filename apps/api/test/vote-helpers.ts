import type { MatterNo, OwnerVoteView, ProposalView } from '@xiaoqu/shared';
import { OwnerVote } from '../src/deliberation/deliberation.entities.js';
import { VoteReminders } from '../src/deliberation/votes/vote-reminders.js';
import type { TestApp } from './test-app.js';

/** A real (tiny) PNG: 1×1 pixel. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const DAY = 24 * 3600_000;

/** Uploads a file to the compound as `token`'s person; returns its id. */
export async function upload(t: TestApp, compoundId: number, token: string, name = 'photo.png'): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), name);
  const answer = await t.http<{ id: number }>('POST', `/api/compounds/${compoundId}/attachments`, {
    token,
    body: form,
  });
  if (answer.status !== 201) throw new Error(`upload: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

export async function raiseProposal(t: TestApp, compoundId: number, token: string, title = '续聘物业服务企业') {
  const proposal = await t.http<ProposalView>('POST', `/api/compounds/${compoundId}/proposals`, {
    token,
    json: { title, body: '合同期满，提请业主共同决定。' },
  });
  if (proposal.status !== 201) throw new Error(`proposal: ${proposal.status} ${JSON.stringify(proposal.body)}`);
  return proposal.body;
}

/**
 * Opens an owner vote now on a new proposal, its notice posted on the boards 16 days ago with a photo (the demo's
 * 锦绣花园 has a basis to vote here). `options` makes it a multi-option vote.
 */
export async function openVote(
  t: TestApp,
  compoundId: number,
  token: string,
  opts: { matterNo?: MatterNo; secret?: boolean; options?: string[]; closesInMs?: number } = {},
): Promise<OwnerVoteView> {
  const proposal = await raiseProposal(t, compoundId, token);
  const vote = await t.http<OwnerVoteView>('POST', `/api/proposals/${proposal.id}/owner-vote`, {
    token,
    json: {
      matterNo: opts.matterNo ?? 4,
      closesAt: new Date(Date.now() + (opts.closesInMs ?? 14 * DAY)).toISOString(),
      secret: opts.secret ?? true,
      noticePostedAt: new Date(Date.now() - 16 * DAY).toISOString(),
      noticeAttachmentId: await upload(t, compoundId, token, 'notice.png'),
      ...(opts.options ? { options: opts.options } : {}),
    },
  });
  if (vote.status !== 201) throw new Error(`open vote: ${vote.status} ${JSON.stringify(vote.body)}`);
  return vote.body;
}

/**
 * Brings a vote to its closing time and runs the scheduler then, as the clock would: the closing time is moved
 * into the past in the database (the API refuses such a time from a client), and the scheduler runs at `now`.
 */
export async function closeByClock(t: TestApp, voteId: number): Promise<void> {
  await t.dataSource.getRepository(OwnerVote).update({ id: voteId }, { closesAt: new Date(Date.now() - 1000) });
  await t.app.get(VoteReminders).run(Date.now());
}

/** Runs the scheduler as if `days` days had passed: ends objection periods. */
export async function runSchedulerAfter(t: TestApp, days: number): Promise<void> {
  await t.app.get(VoteReminders).run(Date.now() + days * DAY);
}
