import { render, screen } from '@testing-library/react';
import { attachment, fund, fundEntry } from '../../../../test/disclosure-fixtures';
import { FundView } from './index';

describe('FundView', () => {
  it('shows the balance now with how it is derived, and each entry with its documents and decision', () => {
    const view = fund([
      fundEntry({
        kind: 'statement',
        amountFen: 123_456_789,
        occurredOn: '2026-06-30',
        attachments: [attachment({ fileName: '2026年6月对账单.pdf' })],
      }),
      fundEntry({
        kind: 'use',
        amountFen: 8_500_000,
        occurredOn: '2026-08-15',
        decisionRef: '2026年第2次业主共同决定',
        attachments: [
          attachment({ fileName: '施工合同.pdf' }),
          attachment({ fileName: '验收.jpg', mime: 'image/jpeg' }),
        ],
      }),
    ]);
    render(<FundView fund={view} />);
    expect(screen.getByText('¥1,149,567.89')).toBeTruthy(); // 1,234,567.89 − 85,000.00
    expect(screen.getByText('2026-06-30 对账单余额 ¥1,234,567.89')).toBeTruthy();
    expect(screen.getByText('此后使用 ¥85,000.00')).toBeTruthy();
    expect(screen.getByText('对账单与使用记录（2）')).toBeTruthy();
    expect(screen.getByText('使用金额 ¥85,000.00')).toBeTruthy();
    expect(screen.getByText('批准依据（业主共同决定）：2026年第2次业主共同决定')).toBeTruthy();
    expect(screen.getByText(/打开 PDF：2026年6月对账单.pdf/)).toBeTruthy();
    expect(screen.getByText(/打开 PDF：施工合同.pdf/)).toBeTruthy();
    expect(screen.getByText(/查看图片：验收.jpg/)).toBeTruthy();
  });

  it('says there is no balance yet before any statement, rather than showing ¥0.00', () => {
    render(<FundView fund={fund([])} />);
    expect(screen.getByText('还没有公示维修资金对账单，暂时算不出余额。')).toBeTruthy();
    expect(screen.getByText('还没有维修资金记录。')).toBeTruthy();
    expect(screen.queryByText('¥0.00')).toBeNull();
  });
});
