import { render, screen } from '@testing-library/react';
import { ReceiptResult } from './index';

describe('ReceiptResult', () => {
  it('says a counted ballot is counted, with its day and never its choice', () => {
    render(<ReceiptResult check={{ found: true, counted: true, castAt: '2026-11-26T06:00:00Z' }} />);
    expect(screen.getByText('已计入')).toBeTruthy();
    expect(screen.getByText('投票于 2026年11月26日，这张选票已计入统计。')).toBeTruthy();
    expect(screen.queryByText(/同意|弃权/)).toBeNull();
  });

  it('says a superseded ballot was replaced by a later one', () => {
    render(<ReceiptResult check={{ found: true, counted: false, castAt: '2026-11-25T06:00:00Z' }} />);
    expect(screen.getByText('已被更新的选票取代')).toBeTruthy();
  });

  it('says an unknown code was not found', () => {
    render(<ReceiptResult check={{ found: false, counted: false, castAt: null }} />);
    expect(screen.getByText('未找到')).toBeTruthy();
  });
});
