import { fireEvent, render, screen } from '@testing-library/react';
import { line } from '../../../../test/disclosure-fixtures';
import { VoucherMissing } from './index';

describe('VoucherMissing', () => {
  const repairs = line({
    id: 41,
    category: 'repairs',
    amountFen: 1_280_000,
    counterparty: '蓉城电梯维修部',
    occurredOn: '2026-12-08',
  });
  const greening = line({ id: 42, category: 'greening', amountFen: 650_000, counterparty: '绿源园林' });
  const lines = [line({ id: 40, category: 'wages', amountFen: 100 }), repairs, greening];

  it('lists each line the refusal names, in words a clerk can find in the ledger, with a way to attach', () => {
    const onAttach = jest.fn();
    render(
      <VoucherMissing
        details={[
          { field: '41', message: '超过限额须附凭证' },
          { field: '42', message: '超过限额须附凭证' },
        ]}
        lines={lines}
        thresholdFen={500_000}
        onAttach={onAttach}
      />,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByText('未公示')).toBeTruthy();
    expect(screen.getByText(/还有 2 笔支出缺凭证/)).toBeTruthy();
    expect(screen.getByText(/信托制小区超过 ¥5,000.00 的支出须附凭证/)).toBeTruthy();
    expect(screen.getByText('维修 · 蓉城电梯维修部 · ¥12,800.00 · 2026-12-08')).toBeTruthy();
    expect(screen.getByText(/绿化 · 绿源园林 · ¥6,500.00/)).toBeTruthy();
    expect(screen.queryByText(/人员工资/)).toBeNull();

    fireEvent.click(screen.getAllByText('附凭证')[1]);
    expect(onAttach).toHaveBeenCalledWith(greening);
  });

  it('still names a line it cannot find (the list changed meanwhile)', () => {
    render(<VoucherMissing details={[{ field: '77', message: '' }]} lines={lines} thresholdFen={null} />);
    expect(screen.getByText('明细 #77')).toBeTruthy();
    expect(screen.getByText(/信托制小区超过限额的支出须附凭证/)).toBeTruthy();
    expect(screen.queryByText('附凭证')).toBeNull();
  });
});
