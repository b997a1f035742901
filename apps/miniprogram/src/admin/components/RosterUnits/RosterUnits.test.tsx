import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RosterUnitView } from '@xiaoqu/shared';
import { rosterApi } from '../../../services/clients/roster';
import { RosterUnits } from './index';

jest.mock('../../../services/clients/roster', () => ({
  rosterApi: { roster: jest.fn(), revealOwner: jest.fn() },
}));
jest.mock('../../../services/feedback', () => ({ toastError: jest.fn() }));

const unit: RosterUnitView = {
  id: 7,
  buildingId: 3,
  building: '3栋',
  entrance: '1单元',
  room: '502',
  areaCentiM2: 8950,
  ownerName: '李**',
  ownerPhone: '138****5678',
  ownerKey: 'k',
  developerUnsold: false,
};

describe('RosterUnits', () => {
  beforeEach(() => {
    jest.mocked(rosterApi.roster).mockResolvedValue({ items: [unit], nextCursor: null });
    jest.mocked(rosterApi.revealOwner).mockResolvedValue({ unitId: 7, ownerName: '李秀英', ownerPhone: '13800005678' });
  });

  it('lists owners masked and reveals one row on 查看', async () => {
    render(<RosterUnits compoundId={1} version={0} canReveal />);
    expect(await screen.findByText('李** 138****5678')).toBeTruthy();
    fireEvent.click(screen.getByText('查看'));
    expect(await screen.findByText('李秀英 13800005678')).toBeTruthy();
    expect(rosterApi.revealOwner).toHaveBeenCalledWith(1, 7);
    expect(screen.queryByText('查看')).toBeNull();
  });

  it('offers no 查看 to an admin who may not reveal', async () => {
    render(<RosterUnits compoundId={1} version={0} canReveal={false} />);
    expect(await screen.findByText('李** 138****5678')).toBeTruthy();
    expect(screen.queryByText('查看')).toBeNull();
  });

  it('searches by building and room', async () => {
    render(<RosterUnits compoundId={1} version={0} canReveal />);
    await screen.findByText('李** 138****5678');
    const input = document.querySelector('input[name="rosterQuery"]') ?? document.querySelector('input');
    fireEvent.input(input as Element, { target: { value: ' 3栋  502 ' } });
    fireEvent.click(screen.getByText('查找'));
    await waitFor(() => expect(rosterApi.roster).toHaveBeenLastCalledWith(1, null, '3栋 502'));
  });
});
