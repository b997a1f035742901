import { render, screen } from '@testing-library/react';
import { correctionFixture, objectionFixture, voteFixture } from '../../lib/fixtures';
import { ObjectionPeriod } from './index';

const during = Date.parse('2026-12-24T00:00:00Z');

describe('ObjectionPeriod', () => {
  it('lists objections without their objector, marks mine, and shows each answer and correction', () => {
    const objections = [
      objectionFixture({
        mine: true,
        answer: {
          text: '已核对签字表决票，予以更正',
          at: '2026-12-22T02:00:00Z',
          byRole: 'committee_member',
          correctionId: 2,
        },
      }),
      objectionFixture({ id: 6, kind: 'roll_area', unit: '5栋 2单元 101', text: '面积应为 89.5 m²' }),
    ];
    render(
      <ObjectionPeriod
        vote={voteFixture()}
        proposalId={3}
        objections={objections}
        corrections={[correctionFixture()]}
        owner
        organiser={false}
        now={during}
      />,
    );
    expect(
      screen.getByText('询异公示期至 2026年12月27日 23:59（北京时间）。期间业主可就本户的表决记录或表决名单提出异议。'),
    ).toBeTruthy();
    expect(screen.getAllByText('我的异议')).toHaveLength(1);
    expect(screen.getByText('名册面积有误 · 5栋 2单元 101')).toBeTruthy();
    expect(screen.getByText('已核对签字表决票，予以更正')).toBeTruthy();
    expect(screen.getByText('不同意 → 同意')).toBeTruthy();
    expect(screen.getByText('第 12 号公示，更正第 10 号 · 业委会成员 · 2026年12月22日 10:00')).toBeTruthy();
    expect(screen.getByText('提出异议')).toBeTruthy();
    // Owners answer nothing.
    expect(screen.queryByText('答复')).toBeNull();
  });

  it('gives organisers 答复 for each unanswered objection, and owners no 提出异议 after the period', () => {
    render(
      <ObjectionPeriod
        vote={voteFixture()}
        proposalId={3}
        objections={[objectionFixture()]}
        corrections={[]}
        owner
        organiser
        now={Date.parse('2026-12-28T00:00:00Z')}
      />,
    );
    expect(screen.getByText('答复')).toBeTruthy();
    expect(screen.getByText('还有 1 条异议待答复，全部答复后结果才能生效。')).toBeTruthy();
    expect(screen.queryByText('提出异议')).toBeNull();
  });

  it('says the result took effect once final', () => {
    render(
      <ObjectionPeriod
        vote={voteFixture({ resultStage: 'final', finalAt: '2026-12-28T01:00:00Z' })}
        proposalId={3}
        objections={[]}
        corrections={[]}
        owner
        organiser
        now={Date.parse('2026-12-29T00:00:00Z')}
      />,
    );
    expect(screen.getByText('询异公示期已结束，异议均已答复，结果于 2026年12月28日 09:00 生效。')).toBeTruthy();
    expect(screen.queryByText('提出异议')).toBeNull();
    expect(screen.queryByText(/更正初步结果/)).toBeNull();
  });
});
