import { render, screen } from '@testing-library/react';
import type { ChoiceTallyView } from '@xiaoqu/shared';
import { ChoiceResult } from './index';

const options = [
  { id: 'a', label: '续聘锦程物业' },
  { id: 'b', label: '选聘安居物业' },
];
const tally: ChoiceTallyView = {
  voteId: 1,
  status: 'closed',
  asOf: '2026-12-20T15:59:59Z',
  rule: 'majority',
  total: { areaCentiM2: 1_000_000, headcount: 100 },
  participated: { areaCentiM2: 800_000, headcount: 80 },
  abstained: { areaCentiM2: 100_000, headcount: 10 },
  options: [
    { optionId: 'a', chose: { areaCentiM2: 380_000, headcount: 38 }, approvalMet: false },
    { optionId: 'b', chose: { areaCentiM2: 320_000, headcount: 32 }, approvalMet: false },
  ],
  participationMet: true,
  adopted: null,
};

describe('ChoiceResult', () => {
  it('says a plurality decides nothing, with each option in area and headcount of those who took part', () => {
    render(<ChoiceResult tally={tally} options={options} />);
    expect(screen.getByText('未形成决定：没有一个选项同时获得参与面积和参与人数的过半数')).toBeTruthy();
    expect(screen.getByText('38 / 80 人 · 47.5%')).toBeTruthy();
    expect(screen.getByText('3,800 m² / 8,000 m² · 47.5%')).toBeTruthy();
    expect(screen.getByText('「续聘锦程物业」 · 未达到过半数')).toBeTruthy();
  });

  it('names the adopted option', () => {
    const adopted = {
      ...tally,
      options: [
        { optionId: 'a', chose: { areaCentiM2: 500_000, headcount: 50 }, approvalMet: true },
        { optionId: 'b', chose: { areaCentiM2: 200_000, headcount: 20 }, approvalMet: false },
      ],
      adopted: 'a',
    };
    render(<ChoiceResult tally={adopted} options={options} />);
    expect(screen.getByText('通过「续聘锦程物业」')).toBeTruthy();
    expect(screen.getByText('「续聘锦程物业」 · ✓ 通过')).toBeTruthy();
  });
});
