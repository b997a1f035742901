import type { AttachmentView, ClaimView, CreateClaimRequest } from '@xiaoqu/shared';
import { deedLast6Error, submitWithEvidence } from './evidence';

const body: CreateClaimRequest = {
  compoundId: 7,
  building: '3栋',
  room: '502',
  ownerName: '李秀英',
  phoneLast4: '5678',
};

function calls() {
  const createClaim = jest.fn(async (b: CreateClaimRequest) => ({ id: 1, ...b }) as unknown as ClaimView);
  const uploadDeedPhoto = jest.fn(async () => ({ id: 42 }) as AttachmentView);
  return { createClaim, uploadDeedPhoto };
}

describe('a claim with its evidence', () => {
  it('uploads the chosen deed photo to the claimed compound, then cites it with the last six', async () => {
    const api = calls();
    const photo = { kind: 'blob' as const, blob: new Blob(['x']), name: 'deed.jpg' };
    await submitWithEvidence(body, { last6: ' 012345 ', photo }, api);
    expect(api.uploadDeedPhoto).toHaveBeenCalledWith(7, photo);
    expect(api.createClaim).toHaveBeenCalledWith({ ...body, deedLast6: '012345', deedPhotoId: 42 });
  });

  it('sends the plain claim when nothing more is given', async () => {
    const api = calls();
    await submitWithEvidence(body, { last6: '  ', photo: null }, api);
    expect(api.uploadDeedPhoto).not.toHaveBeenCalled();
    expect(api.createClaim).toHaveBeenCalledWith(body);
  });

  it('a last six without six digits or letters is refused on the page', () => {
    expect(deedLast6Error('')).toBeUndefined();
    expect(deedLast6Error('第0030101号')).toBeUndefined();
    expect(deedLast6Error('12 34')).toBe('请填写证号或合同号的后 6 位数字或字母');
  });
});
