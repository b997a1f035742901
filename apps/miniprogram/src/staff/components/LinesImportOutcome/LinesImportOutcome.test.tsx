import { render, screen } from '@testing-library/react';
import { ERROR_MESSAGES } from '@xiaoqu/shared';
import { LinesImportOutcome } from './index';

describe('LinesImportOutcome', () => {
  it('names each bad row of a refused file and says nothing was imported', () => {
    render(
      <LinesImportOutcome
        outcome={{
          kind: 'refused',
          name: '2026年12月收支.xlsx',
          message: ERROR_MESSAGES.LINES_INVALID,
          rows: [
            { row: 4, message: '分类“停车场”不在列表中' },
            { row: 9, message: '金额“12,3a”不是数字' },
            { row: 12, message: '物业费须填写应缴户数和实缴户数' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByText('未导入')).toBeTruthy();
    expect(screen.getByText('收支明细中有错误的行，未导入任何数据。有 3 行需要改正，改好后请重新上传：')).toBeTruthy();
    expect(screen.getByText('第 4 行：')).toBeTruthy();
    expect(screen.getByText('分类“停车场”不在列表中')).toBeTruthy();
    expect(screen.getByText('第 9 行：')).toBeTruthy();
    expect(screen.getByText('金额“12,3a”不是数字')).toBeTruthy();
    expect(screen.getByText('第 12 行：')).toBeTruthy();
  });

  it('sums up an accepted file', () => {
    render(
      <LinesImportOutcome
        outcome={{ kind: 'imported', name: 'a.xlsx', lineCount: 24, incomeFen: 52_000_000, expenseFen: 41_234_550 }}
      />,
    );
    expect(screen.getByText('导入成功')).toBeTruthy();
    expect(screen.getByText(/共 24 笔：收入 ¥520,000.00，支出 ¥412,345.50/)).toBeTruthy();
  });

  it('says why an upload failed, and shows nothing before a file', () => {
    render(
      <LinesImportOutcome outcome={{ kind: 'failed', name: 'a.xlsx', message: '网络连接失败，请检查网络后再试' }} />,
    );
    expect(screen.getByText('上传失败')).toBeTruthy();
    expect(screen.getByText('网络连接失败，请检查网络后再试。')).toBeTruthy();
    const { container } = render(<LinesImportOutcome outcome={{ kind: 'none' }} />);
    expect(container.textContent).toBe('');
  });
});
