import { render, screen } from '@testing-library/react';
import { Timeline } from './index';

describe('Timeline', () => {
  it('shows every step with who and when, a meeting with its attendees, an update with its photos', () => {
    render(
      <Timeline
        events={[
          {
            id: 1,
            kind: 'meeting',
            at: '2026-11-26T02:00:00Z',
            actorRole: '社区管理员',
            text: '同意提交业主表决\n参会：王主任、李主任',
            party: null,
            attachmentIds: [],
            progress: null,
          },
          {
            id: 2,
            kind: 'update',
            at: '2026-12-20T02:00:00Z',
            actorRole: '物业人员',
            text: '完成招标',
            party: null,
            attachmentIds: [5, 6],
            progress: 50,
          },
        ]}
      />,
    );
    expect(screen.getByText('议题进程（2 步）')).toBeTruthy();
    expect(screen.getByText('社区管理员 · 2026年11月26日 10:00')).toBeTruthy();
    expect(screen.getByText('参会（2 人）：王主任、李主任')).toBeTruthy();
    expect(screen.getByText('落实进展 · 50%')).toBeTruthy();
    expect(screen.getByText('查看照片（2 张）›')).toBeTruthy();
  });
});
