import { deedLast6, type ClaimView, type CreateClaimRequest } from '@xiaoqu/shared';
import type { claimsApi } from '../../services/clients/claims';
import type { UploadFile } from '../../services/request';

/** What the claimant offers beyond name and phone (see DeedEvidence). */
export interface ClaimEvidence {
  last6: string;
  photo: UploadFile | null;
}

/** The deed number as typed: empty, or something with six digits or letters to compare. */
export function deedLast6Error(text: string): string | undefined {
  return text.trim() && !deedLast6(text) ? '请填写证号或合同号的后 6 位数字或字母' : undefined;
}

/** The claim with the evidence: the photo is uploaded to the chosen compound first, then cited by id. */
export async function submitWithEvidence(
  body: CreateClaimRequest,
  evidence: ClaimEvidence,
  calls: Pick<typeof claimsApi, 'createClaim' | 'uploadDeedPhoto'>,
): Promise<ClaimView> {
  const deedPhotoId = evidence.photo ? (await calls.uploadDeedPhoto(body.compoundId, evidence.photo)).id : undefined;
  const last6 = evidence.last6.trim();
  return calls.createClaim({
    ...body,
    ...(last6 ? { deedLast6: last6 } : {}),
    ...(deedPhotoId ? { deedPhotoId } : {}),
  });
}
