import type { AttachmentView, ClaimView } from '@xiaoqu/shared';
import { PNG } from './vote-helpers.js';
import type { HttpAnswer, TestApp } from './test-app.js';

/** Uploads a photo of a deed for a claim on a unit of the compound, as `token`'s person; returns its id. */
export async function uploadDeedPhoto(t: TestApp, compoundId: number, token: string, bytes = PNG): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'image/png' }), 'deed.png');
  const answer = await t.http<AttachmentView>('POST', `/api/claims/deed-photos?compoundId=${compoundId}`, {
    token,
    body: form,
  });
  if (answer.status !== 201) throw new Error(`deed photo: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

/**
 * Approves a claim as an office does when the owner shows the deed at the counter: the admin photographs it,
 * attaches the photo and confirms.
 */
export async function approveWithDeedPhoto(
  t: TestApp,
  claimId: number,
  adminToken: string,
  compoundId: number,
): Promise<HttpAnswer<ClaimView>> {
  const deedPhotoId = await uploadDeedPhoto(t, compoundId, adminToken);
  return t.http<ClaimView>('POST', `/api/admin/claims/${claimId}/approve`, {
    token: adminToken,
    json: { confirm: true, deedPhotoId },
  });
}
