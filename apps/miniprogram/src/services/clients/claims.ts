import type {
  AttachmentView,
  ApproveClaimRequest,
  ClaimDecisionView,
  ClaimStatus,
  ClaimView,
  CreateClaimRequest,
  RejectClaimRequest,
  RevokeClaimRequest,
} from '@xiaoqu/shared';
import { client } from '../api';
import type { UploadFile } from '../request';

/** Claims of a unit (认证): filed by the owner, decided by the community admins. */
export const claimsApi = {
  createClaim: (body: CreateClaimRequest) => client.post<ClaimView>('/api/claims', body),
  myClaims: () => client.get<ClaimView[]>('/api/claims/mine'),
  adminClaims: (status: ClaimStatus = 'pending') => client.get<ClaimView[]>('/api/admin/claims', { status }),
  uploadDeedPhoto: (compoundId: number, file: UploadFile) =>
    client.upload<AttachmentView>(`/api/claims/deed-photos?compoundId=${compoundId}`, 'file', file),
  adminClaim: (id: number) => client.get<ClaimView>(`/api/admin/claims/${id}`),
  claimHistory: (id: number) => client.get<ClaimDecisionView[]>(`/api/admin/claims/${id}/history`),
  approveClaim: (id: number, body: ApproveClaimRequest) =>
    client.post<ClaimView>(`/api/admin/claims/${id}/approve`, body),
  rejectClaim: (id: number, body: RejectClaimRequest) => client.post<ClaimView>(`/api/admin/claims/${id}/reject`, body),
  revokeClaim: (id: number, body: RevokeClaimRequest) => client.post<ClaimView>(`/api/admin/claims/${id}/revoke`, body),
};
