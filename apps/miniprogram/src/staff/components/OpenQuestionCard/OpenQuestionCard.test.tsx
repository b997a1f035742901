import { act, fireEvent, render, screen } from '@testing-library/react';
import { openQuestion } from '../../../../test/disclosure-fixtures';
import { OpenQuestionCard } from './index';

function typeAnswer(value: string) {
  const el = document.querySelector('textarea, taro-textarea-core');
  if (!el) throw new Error('no answer box');
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

describe('OpenQuestionCard', () => {
  const q = openQuestion({ text: '这笔维修修了什么？', waitedSeconds: 9 * 24 * 3600, periodKey: '2026-11' });

  it('shows the line it is about, the question and how long it has waited', () => {
    render(<OpenQuestionCard question={q} canAnswer={false} onAnswer={jest.fn()} />);
    expect(screen.getByText('2026年11月')).toBeTruthy();
    expect(screen.getByText('维修 · ¥12,345.00 · 成都某某维修公司 · 2026-11-12')).toBeTruthy();
    expect(screen.getByText('问：这笔维修修了什么？')).toBeTruthy();
    expect(screen.getByText('已等待 9 天')).toBeTruthy();
    expect(screen.queryByText('发布答复')).toBeNull();
  });

  it('lets property staff answer inline, and asks for text first', async () => {
    const onAnswer = jest.fn().mockResolvedValue(true);
    render(<OpenQuestionCard question={q} canAnswer onAnswer={onAnswer} />);
    fireEvent.click(screen.getByText('发布答复'));
    expect(await screen.findByText('⚠ 请先写答复')).toBeTruthy();
    expect(onAnswer).not.toHaveBeenCalled();
    typeAnswer(' 更换 3 栋水泵，附比价单 ');
    fireEvent.click(screen.getByText('发布答复'));
    await act(async () => {});
    expect(onAnswer).toHaveBeenCalledWith('更换 3 栋水泵，附比价单');
  });
});
