import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { RowsField, type RowColumn } from '.';

type Post = { post: string; headcount: string };

const COLUMNS: RowColumn<Post>[] = [
  { key: 'post', width: 'main', placeholder: '岗位', maxLength: 50 },
  { key: 'headcount', width: 'side', type: 'number', placeholder: '人数', maxLength: 4 },
];

let latest: Post[] = [];

function Harness({ start }: { start: Post[] }) {
  const [rows, setRows] = useState(start);
  latest = rows;
  return (
    <RowsField
      section="岗位与人员"
      label="岗位 · 人数"
      error="每个岗位请填写名称和人数（整数）"
      rows={rows}
      columns={COLUMNS}
      blank={{ post: '', headcount: '' }}
      addText="添加岗位"
      onChange={setRows}
    />
  );
}

/** Types into the n-th Taro <Input> with that placeholder, the way its React wrapper listens for it. */
function typeInto(placeholder: string, n: number, value: string) {
  const el = document.querySelectorAll(`[placeholder="${placeholder}"]`)[n];
  if (!el) throw new Error(`no input ${placeholder} #${n}`);
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

describe('RowsField', () => {
  it('shows the section, the error and one input a column in each row', () => {
    render(<Harness start={[{ post: '保洁员', headcount: '3' }]} />);
    expect(screen.getByText('岗位与人员')).toBeTruthy();
    expect(screen.getByText('岗位 · 人数')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('每个岗位请填写名称和人数（整数）');
    expect(document.querySelectorAll('[placeholder="岗位"]')).toHaveLength(1);
    expect(document.querySelectorAll('[placeholder="人数"]')).toHaveLength(1);
  });

  it('edits a row in place, adds a blank row and removes one', () => {
    render(
      <Harness
        start={[
          { post: '保洁员', headcount: '3' },
          { post: '保安', headcount: '2' },
        ]}
      />,
    );
    typeInto('人数', 1, '4');
    expect(latest).toEqual([
      { post: '保洁员', headcount: '3' },
      { post: '保安', headcount: '4' },
    ]);
    fireEvent.click(screen.getByText('添加岗位'));
    expect(latest).toEqual([
      { post: '保洁员', headcount: '3' },
      { post: '保安', headcount: '4' },
      { post: '', headcount: '' },
    ]);
    fireEvent.click(screen.getAllByText('删除')[0]!);
    expect(latest).toEqual([
      { post: '保安', headcount: '4' },
      { post: '', headcount: '' },
    ]);
  });
});
