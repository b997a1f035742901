import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ERROR_MESSAGES, type ClaimView, type CreateClaimRequest } from '@xiaoqu/shared';
import { ApiError } from '../../services/request';
import { ClaimForm, type ClaimFormDeps } from './index';
import { validateClaim } from './validate';

const compound = {
  id: 1,
  name: '锦绣花园',
  communityId: 3,
  communityName: '锦绣社区',
  streetId: 2,
  streetName: '府青路街道',
};

function deps(overrides: Partial<ClaimFormDeps> = {}): ClaimFormDeps & { submitted: CreateClaimRequest[] } {
  const submitted: CreateClaimRequest[] = [];
  return {
    submitted,
    searchCompounds: jest.fn(async () => [compound]),
    buildings: jest.fn(async () => [{ id: 3, name: '3栋', unitCount: 24 }]),
    units: jest.fn(async () => ({
      items: [
        { id: 501, buildingId: 3, building: '3栋', entrance: '1单元', room: '501', areaCentiM2: 8950 },
        { id: 502, buildingId: 3, building: '3栋', entrance: '1单元', room: '502', areaCentiM2: 9000 },
      ],
      nextCursor: null,
    })),
    submit: jest.fn(async (body: CreateClaimRequest) => {
      submitted.push(body);
      return { id: 9, status: 'pending' } as ClaimView;
    }),
    ...overrides,
  };
}

/** Types into a Taro <Input> (a web component in jsdom) the way its React wrapper listens for it. */
function typeInto(name: string, value: string) {
  const el = document.querySelector(`[name="${name}"]`);
  if (!el) throw new Error(`no input named ${name}`);
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

async function chooseUpToBuilding(d: ClaimFormDeps) {
  render(<ClaimForm deps={d} onSubmitted={jest.fn()} />);
  typeInto('compoundQuery', '锦绣');
  fireEvent.click(screen.getByText('搜索'));
  fireEvent.click(await screen.findByText('锦绣花园'));
  fireEvent.click(await screen.findByText('3栋'));
  await screen.findByText('502');
}

describe('validateClaim', () => {
  const ok = { compoundId: 1, building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' };
  it('accepts a complete claim', () => expect(validateClaim(ok)).toEqual({}));
  it('asks for each missing piece in Chinese', () => {
    expect(validateClaim({ compoundId: null, building: '', room: ' ', ownerName: '', phoneLast4: '' })).toEqual({
      compoundId: '请先选择小区',
      building: '请选择楼栋',
      room: '请填写或选择房号',
      ownerName: '请填写房产登记的业主姓名',
      phoneLast4: '请填写业主手机号的后 4 位数字',
    });
  });
  it('wants exactly 4 digits of the phone', () => {
    for (const bad of ['567', '56789', '56a8', '５６７８']) {
      expect(validateClaim({ ...ok, phoneLast4: bad }).phoneLast4).toBeDefined();
    }
    expect(validateClaim({ ...ok, phoneLast4: '0123' })).toEqual({});
  });
});

describe('ClaimForm', () => {
  it('does not send an incomplete claim and says what is missing', async () => {
    const d = deps();
    await chooseUpToBuilding(d);
    fireEvent.click(screen.getByText('提交认证'));
    expect(await screen.findByText('⚠ 请填写或选择房号')).toBeTruthy();
    expect(screen.getByText('⚠ 请填写房产登记的业主姓名')).toBeTruthy();
    expect(screen.getByText('⚠ 请填写业主手机号的后 4 位数字')).toBeTruthy();
    expect(d.submit).not.toHaveBeenCalled();
  });

  it('asks for a compound first', () => {
    const d = deps();
    render(<ClaimForm deps={d} onSubmitted={jest.fn()} />);
    fireEvent.click(screen.getByText('提交认证'));
    expect(screen.getByText('⚠ 请先选择小区')).toBeTruthy();
  });

  it('sends compound, building, the room tapped, name and last 4 digits', async () => {
    const d = deps();
    const onSubmitted = jest.fn();
    render(<ClaimForm deps={d} onSubmitted={onSubmitted} />);
    typeInto('compoundQuery', '锦绣');
    fireEvent.click(screen.getByText('搜索'));
    fireEvent.click(await screen.findByText('锦绣花园'));
    fireEvent.click(await screen.findByText('3栋'));
    fireEvent.click(await screen.findByText('502'));
    typeInto('ownerName', ' 李秀英 ');
    typeInto('phoneLast4', '5678');
    fireEvent.click(screen.getByText('提交认证'));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(d.searchCompounds).toHaveBeenCalledWith('锦绣');
    expect(d.units).toHaveBeenCalledWith(1, 3, null);
    expect(d.submitted).toEqual([
      { compoundId: 1, building: '3栋', room: '502', ownerName: '李秀英', phoneLast4: '5678' },
    ]);
  });

  it('shows the server refusal in Chinese', async () => {
    const d = deps({
      submit: jest.fn(async () => {
        throw new ApiError('CLAIM_NOT_MATCHED', ERROR_MESSAGES.CLAIM_NOT_MATCHED, 422);
      }),
    });
    await chooseUpToBuilding(d);
    typeInto('room', '502');
    typeInto('ownerName', '李秀英');
    typeInto('phoneLast4', '0000');
    fireEvent.click(screen.getByText('提交认证'));
    expect(await screen.findByText(`⚠ ${ERROR_MESSAGES.CLAIM_NOT_MATCHED}`)).toBeTruthy();
  });

  it('says when no compound matches the search', async () => {
    const d = deps({ searchCompounds: jest.fn(async () => []) });
    render(<ClaimForm deps={d} onSubmitted={jest.fn()} />);
    typeInto('compoundQuery', '不存在');
    fireEvent.click(screen.getByText('搜索'));
    expect(await screen.findByText('没有找到“不存在”，请换几个字再搜，或向社区确认小区名称。')).toBeTruthy();
  });

  it('starts with the compound the app knows, says why, and lets the resident change it', async () => {
    const d = deps({ knownCompound: jest.fn(async () => ({ compound, note: '已按您打开的邀请链接选好小区' })) });
    render(<ClaimForm deps={d} onSubmitted={jest.fn()} />);
    expect(await screen.findByText('已按您打开的邀请链接选好小区；不是这个小区，请点「更换」。')).toBeTruthy();
    expect(await screen.findByText('3栋')).toBeTruthy();
    expect(d.buildings).toHaveBeenCalledWith(1);
    expect(document.querySelector('[name="compoundQuery"]')).toBeNull();
    fireEvent.click(screen.getByText('更换'));
    expect(document.querySelector('[name="compoundQuery"]')).not.toBeNull();
    expect(screen.queryByText(/已按您打开的邀请链接/)).toBeNull();
  });

  it('searches as before when the compound is not known or cannot be read', async () => {
    for (const knownCompound of [jest.fn(async () => null), jest.fn(async () => Promise.reject(new Error('x')))]) {
      const { unmount } = render(<ClaimForm deps={deps({ knownCompound })} onSubmitted={jest.fn()} />);
      await waitFor(() => expect(knownCompound).toHaveBeenCalled());
      expect(document.querySelector('[name="compoundQuery"]')).not.toBeNull();
      unmount();
    }
  });
});
