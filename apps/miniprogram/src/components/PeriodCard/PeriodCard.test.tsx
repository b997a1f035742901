import { fireEvent, render, screen } from '@testing-library/react';
import { line, summary } from '../../../test/disclosure-fixtures';
import { PeriodCard } from './index';

describe('PeriodCard', () => {
  const lines = [
    line({ category: 'property_fee', amountFen: 12_345_678, householdsBilled: 1250, householdsPaid: 1190 }),
    line({ category: 'parking', amountFen: 1_000_050 }),
    line({ category: 'wages', amountFen: 8_000_000 }),
    line({ category: 'repairs', amountFen: 1_234_500 }),
  ];

  it('shows income, expense and balance as money and the collection rate with its households', () => {
    render(<PeriodCard period={summary({ periodKey: '2026-12' }, lines)} />);
    expect(screen.getByText('2026年12月')).toBeTruthy();
    expect(screen.getByText('¥133,457.28')).toBeTruthy(); // 123,456.78 + 10,000.50
    expect(screen.getByText('¥92,345.00')).toBeTruthy();
    expect(screen.getByText('¥41,112.28')).toBeTruthy();
    expect(screen.getByText('物业费收缴率 95.2%（1,190 / 1,250 户）')).toBeTruthy();
    expect(screen.getByText(/4 笔明细 · 2026年12月31日公示/)).toBeTruthy();
  });

  it('says so when no property-fee line carries households, and marks amendments in words', () => {
    render(
      <PeriodCard period={summary({ amendsId: 3, amendedById: 9 }, [line({ category: 'parking', amountFen: 100 })])} />,
    );
    expect(screen.getByText('本期没有物业费收缴数据')).toBeTruthy();
    expect(screen.getByText('更正公示')).toBeTruthy();
    expect(screen.getByText('已被更正')).toBeTruthy();
  });

  it('shows a negative balance with its sign and opens the period on tap', () => {
    const onOpen = jest.fn();
    const period = summary({ status: 'draft', publication: null }, [line({ category: 'elevator', amountFen: 99 })]);
    render(<PeriodCard period={period} onOpen={onOpen} />);
    expect(screen.getByText('-¥0.99')).toBeTruthy();
    expect(screen.getByText('草稿')).toBeTruthy();
    expect(screen.getByText(/尚未公示/)).toBeTruthy();
    fireEvent.click(screen.getByText('查看 ›'));
    expect(onOpen).toHaveBeenCalledWith(period);
  });

  it('counts the questions still waiting for an answer, and says nothing when none wait', () => {
    const { unmount } = render(<PeriodCard period={summary({ unansweredQuestions: 2 }, lines)} />);
    expect(screen.getByText('2 条质询待答复')).toBeTruthy();
    unmount();
    render(<PeriodCard period={summary({ unansweredQuestions: 0 }, lines)} />);
    expect(screen.queryByText(/质询待答复/)).toBeNull();
  });
});
