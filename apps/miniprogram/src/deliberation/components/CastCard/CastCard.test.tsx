import { act, fireEvent, render, screen } from '@testing-library/react';
import type { BallotReceipt } from '@xiaoqu/shared';
import { modalAnswering, stubTaro } from '../../../../test/taro-stubs';
import { CastCard } from './index';

const vote = {
  id: 9,
  status: 'open' as const,
  kind: 'choice' as const,
  options: [
    { id: 'a', label: '续聘锦程物业' },
    { id: 'b', label: '选聘安居物业' },
  ],
};

const receipt = (optionId: string | null): BallotReceipt => ({
  voteId: 9,
  receiptCode: 'ABCDEFGHJK',
  choice: optionId ? 'agree' : 'abstain',
  optionId,
  castAt: '2026-12-12T02:00:00Z',
  method: 'online',
});

describe('CastCard', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('offers one button per option and 弃权, asks by the option name, and names it on the receipt', async () => {
    const modal = modalAnswering(true);
    restore = stubTaro({ showModal: modal, showToast: jest.fn() });
    const send = jest.fn(async (_v: number, b: { optionId?: string | null }) => receipt(b.optionId ?? null));
    render(<CastCard vote={vote} title="选聘物业" onCast={() => undefined} send={send} />);
    expect(screen.getByText('续聘锦程物业')).toBeTruthy();
    expect(screen.getByText('弃权')).toBeTruthy();
    expect(screen.queryByText('同意')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByText('选聘安居物业'));
    });
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '确认选择「选聘安居物业」？' });
    expect(send).toHaveBeenCalledWith(9, { optionId: 'b' });
    expect(await screen.findByText('已选「选聘安居物业」 · 回执码')).toBeTruthy();
    expect(screen.getByText('ABCD EFGH JK')).toBeTruthy();
    expect(screen.getByText('复制回执码')).toBeTruthy();
    expect(screen.getByText('保存为图片')).toBeTruthy();
    expect(document.body.textContent).not.toContain('自行保存');
  });

  it('downloads the receipt as a PNG named after the proposal (h5)', async () => {
    restore = stubTaro({ showModal: modalAnswering(true), showToast: jest.fn() });
    const send = jest.fn(async () => receipt('a'));
    // jsdom draws nothing: a canvas that records what is drawn and answers a data URL.
    const drawn: string[] = [];
    const context = {
      scale: jest.fn(),
      fillRect: jest.fn(),
      fillText: (text: string) => drawn.push(text),
    };
    const getContext = jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const toDataURL = jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AA');
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    try {
      render(<CastCard vote={vote} title="选聘物业" onCast={() => undefined} send={send} />);
      await act(async () => {
        fireEvent.click(screen.getByText('续聘锦程物业'));
      });
      await act(async () => {
        fireEvent.click(await screen.findByText('保存为图片'));
      });
      expect(clicked).toHaveLength(1);
      expect(clicked[0]!.download).toBe('表决回执-选聘物业.png');
      expect(clicked[0]!.href).toBe('data:image/png;base64,AA');
      expect(drawn).toEqual(expect.arrayContaining(['选聘物业', 'ABCD EFGH JK', '用它核对您的表决已被计入']));
      expect(drawn.join('')).not.toContain('续聘锦程物业');
    } finally {
      getContext.mockRestore();
      toDataURL.mockRestore();
      click.mockRestore();
    }
  });

  it('sends nothing when the owner thinks again', async () => {
    restore = stubTaro({ showModal: modalAnswering(false) });
    const send = jest.fn();
    render(<CastCard vote={vote} title="选聘物业" onCast={() => undefined} send={send} />);
    await act(async () => {
      fireEvent.click(screen.getByText('弃权'));
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps agree, disagree and abstain for an agree/disagree vote', () => {
    render(
      <CastCard
        vote={{ ...vote, kind: 'approval', options: [] }}
        title="选聘物业"
        onCast={() => undefined}
        send={jest.fn()}
      />,
    );
    for (const text of ['同意', '不同意', '弃权']) expect(screen.getByText(text)).toBeTruthy();
  });
});
