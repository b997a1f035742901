import { render, screen } from '@testing-library/react';
import { RosterOutcome } from './index';

describe('RosterOutcome', () => {
  it('lists each refused row with its number and why', () => {
    render(
      <RosterOutcome
        outcome={{
          kind: 'refused',
          name: 'roster.csv',
          message: '花名册中有错误的行，未导入任何数据',
          rows: [
            { row: 3, message: '房号不能为空' },
            { row: 7, message: '业主电话“123”格式不对' },
          ],
        }}
      />,
    );
    expect(screen.getByText('未导入')).toBeTruthy();
    expect(screen.getByText('花名册中有错误的行，未导入任何数据。有 2 行需要改正，改好后请重新上传：')).toBeTruthy();
    expect(screen.getByText('第 3 行：')).toBeTruthy();
    expect(screen.getByText('房号不能为空')).toBeTruthy();
    expect(screen.getByText('第 7 行：')).toBeTruthy();
    expect(screen.getByText('业主电话“123”格式不对')).toBeTruthy();
  });

  it('shows the counts of an accepted import', () => {
    render(
      <RosterOutcome
        outcome={{
          kind: 'imported',
          name: 'roster.xlsx',
          result: { importId: 1, total: 1200, created: 1180, updated: 20, unchanged: 0, ownersEnded: 0 },
        }}
      />,
    );
    expect(screen.getByText('导入成功')).toBeTruthy();
    expect(screen.getByText(/共 1200 行：新增 1180，更新 20，未变\s*0。/)).toBeTruthy();
  });

  it('shows nothing before a file is chosen', () => {
    const { container } = render(<RosterOutcome outcome={{ kind: 'none' }} />);
    expect(container.textContent).toBe('');
  });
});
