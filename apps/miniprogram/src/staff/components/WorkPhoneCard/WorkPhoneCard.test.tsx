import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { complaintApi } from '../../../services/clients/complaint';
import { ApiError } from '../../../services/request';
import { normaliseWorkPhone, WorkPhoneCard, workPhoneError } from './index';

jest.mock('../../../services/clients/complaint', () => ({
  complaintApi: { workPhone: jest.fn(), setWorkPhone: jest.fn() },
}));
jest.mock('../../../services/feedback', () => ({ toastSuccess: jest.fn() }));

function typePhone(value: string) {
  // Taro's input is a custom element in jsdom: it reports typing as an `input` event with the value in `detail`.
  const el = document.querySelector('taro-input-core[name="workPhone"], input[name="workPhone"]');
  if (!el) throw new Error('no phone input');
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

describe('WorkPhoneCard', () => {
  beforeEach(() => {
    jest.mocked(complaintApi.workPhone).mockReset();
    jest.mocked(complaintApi.setWorkPhone).mockReset();
  });

  it('says plainly when no number is set, and that the personal phone is never shown', async () => {
    jest.mocked(complaintApi.workPhone).mockResolvedValue({ workPhone: null });
    render(<WorkPhoneCard />);
    expect(await screen.findByText('未设置（居民看不到拨打按钮）')).toBeTruthy();
    expect(screen.getByText(/居民会在诉求详情里看到这个号码/)).toBeTruthy();
    expect(screen.getByText(/您的个人手机号不会显示给居民/)).toBeTruthy();
    expect(screen.getByText('设置')).toBeTruthy();
  });

  it('checks the number as the API does before sending, then shows the stored one', async () => {
    jest.mocked(complaintApi.workPhone).mockResolvedValue({ workPhone: null });
    jest.mocked(complaintApi.setWorkPhone).mockResolvedValue({ workPhone: '028-8765-4321' });
    render(<WorkPhoneCard />);
    fireEvent.click(await screen.findByText('设置'));

    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('⚠ 请填写工作电话（座机或手机号）')).toBeTruthy();
    typePhone('请打我电话');
    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('⚠ 请填写正确的工作电话（座机或手机号）')).toBeTruthy();
    expect(complaintApi.setWorkPhone).not.toHaveBeenCalled();

    typePhone(' 028-8765-4321 ');
    fireEvent.click(screen.getByText('保存'));
    await waitFor(() => expect(complaintApi.setWorkPhone).toHaveBeenCalledWith({ workPhone: '028-8765-4321' }));
    expect(await screen.findByText('028-8765-4321')).toBeTruthy();
    expect(screen.getByText('修改')).toBeTruthy();
    expect(screen.queryByText('保存')).toBeNull();
  });

  it('shows the API’s own Chinese refusal as it is', async () => {
    jest.mocked(complaintApi.workPhone).mockResolvedValue({ workPhone: null });
    jest
      .mocked(complaintApi.setWorkPhone)
      .mockRejectedValueOnce(
        new ApiError('VALIDATION_FAILED', '提交的内容有误，请检查后再试', 400, [
          { field: 'workPhone', message: '请填写正确的工作电话（座机或手机号）' },
        ]),
      )
      .mockRejectedValueOnce(new ApiError('FORBIDDEN', '只有处理诉求的工作人员可以设置工作电话', 403));
    render(<WorkPhoneCard />);
    fireEvent.click(await screen.findByText('设置'));
    typePhone('13800001111');
    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('⚠ 请填写正确的工作电话（座机或手机号）')).toBeTruthy();
    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('⚠ 只有处理诉求的工作人员可以设置工作电话')).toBeTruthy();
    expect(screen.getByText('未设置（居民看不到拨打按钮）')).toBeTruthy();
  });

  it('clears a number, so residents get no call button', async () => {
    jest.mocked(complaintApi.workPhone).mockResolvedValue({ workPhone: '028-8765-4321' });
    jest.mocked(complaintApi.setWorkPhone).mockResolvedValue({ workPhone: null });
    render(<WorkPhoneCard />);
    fireEvent.click(await screen.findByText('修改'));
    fireEvent.click(screen.getByText('清除号码'));
    await act(async () => {});
    expect(complaintApi.setWorkPhone).toHaveBeenCalledWith({ workPhone: null });
    expect(await screen.findByText('未设置（居民看不到拨打按钮）')).toBeTruthy();
  });

  it('says when the number could not be read, and reads again on tap', async () => {
    jest
      .mocked(complaintApi.workPhone)
      .mockRejectedValueOnce(new ApiError('NETWORK', '网络连接失败，请检查网络后再试', 0))
      .mockResolvedValueOnce({ workPhone: '028-8765-4321' });
    render(<WorkPhoneCard />);
    expect(await screen.findByText('没能读取：网络连接失败，请检查网络后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重新读取'));
    expect(await screen.findByText('028-8765-4321')).toBeTruthy();
  });
});

describe('work number checks', () => {
  it('leaves spaces out and uses the API’s pattern and words', () => {
    expect(normaliseWorkPhone(' 028 8765\u30004321 ')).toBe('02887654321');
    expect(workPhoneError('')).toBe('请填写工作电话（座机或手机号）');
    for (const ok of ['028-8765-4321', '13800001111', '+8602887654321']) expect(workPhoneError(ok)).toBeNull();
    for (const bad of ['12', '028--', '-13800001111', '请打我电话'])
      expect(workPhoneError(bad)).toBe('请填写正确的工作电话（座机或手机号）');
  });
});
