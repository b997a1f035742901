import { act, fireEvent, render, screen } from '@testing-library/react';
import { modalAnswering, stubTaro } from '../../../../test/taro-stubs';
import { RaiseObjectionForm } from './index';

function typeText(value: string) {
  const el = document.querySelector('textarea, taro-textarea-core');
  if (!el) throw new Error('no text box');
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

describe('RaiseObjectionForm', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('offers only my own units for a ballot objection, and needs a text', async () => {
    const modal = modalAnswering(true);
    restore = stubTaro({ showModal: modal, showToast: jest.fn() });
    const raise = jest.fn().mockResolvedValue({});
    const onDone = jest.fn();
    render(
      <RaiseObjectionForm
        voteId={4}
        compoundId={2}
        ownUnits={[{ unitId: 11, label: '3栋 1单元 502' }]}
        onDone={onDone}
        raise={raise}
      />,
    );
    fireEvent.click(screen.getByText('我家的表决记录有误'));
    fireEvent.click(screen.getByText('3栋 1单元 502'));
    await act(async () => {
      fireEvent.click(screen.getAllByText('提交异议').at(-1)!);
    });
    expect(screen.getByRole('alert').textContent).toContain('请写明异议的内容和理由');
    expect(raise).not.toHaveBeenCalled();
    typeText(' 我家投的是同意 ');
    await act(async () => {
      fireEvent.click(screen.getAllByText('提交异议').at(-1)!);
    });
    expect(modal.mock.calls[0]![0].content).toContain('不显示您的姓名');
    expect(raise).toHaveBeenCalledWith(4, { kind: 'ballot', unitId: 11, text: '我家投的是同意', attachmentIds: [] });
    expect(onDone).toHaveBeenCalled();
  });

  it('says so when I have no unit to object about my ballot', () => {
    render(<RaiseObjectionForm voteId={4} compoundId={2} ownUnits={[]} onDone={jest.fn()} raise={jest.fn()} />);
    fireEvent.click(screen.getByText('我家的表决记录有误'));
    expect(screen.getByText('您在本小区没有已认证的房屋，不能就表决记录提出异议。')).toBeTruthy();
  });
});
