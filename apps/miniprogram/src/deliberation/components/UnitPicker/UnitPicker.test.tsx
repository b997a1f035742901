import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { placesApi } from '../../../services/clients/places';
import { UnitPicker } from './index';

jest.mock('../../../services/clients/places', () => ({
  placesApi: {
    buildings: jest.fn(async () => [{ id: 3, name: '3栋', unitCount: 120 }]),
    units: jest.fn(async () => ({ items: [], nextCursor: null })),
    findUnits: jest.fn(async (_compoundId: number, q: string) => ({
      items: q.includes('502')
        ? [{ id: 502, buildingId: 3, building: '3栋', entrance: '1单元', room: '502', areaCentiM2: 9000 }]
        : [],
      nextCursor: null,
    })),
  },
}));

function typeInto(name: string, value: string) {
  const el = document.querySelector(`[name="${name}"]`);
  if (!el) throw new Error(`no input named ${name}`);
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

test('finds a unit by building and room, as the roster searches, and picks it', async () => {
  const onPick = jest.fn();
  render(<UnitPicker compoundId={1} onPick={onPick} />);
  typeInto('unitQuery', '3栋 502');
  fireEvent.click(screen.getByText('查找'));
  fireEvent.click(await screen.findByText('3栋 1单元 502'));
  expect(placesApi.findUnits).toHaveBeenCalledWith(1, '3栋 502', null);
  expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 502 }));
  expect(screen.getByText('重选')).toBeTruthy();
});

test('says when nothing matches, and the buildings stay there to choose from', async () => {
  render(<UnitPicker compoundId={1} onPick={jest.fn()} />);
  typeInto('unitQuery', '9栋 999');
  fireEvent.click(screen.getByText('查找'));
  expect(await screen.findByText('没有找到“9栋 999”，请核对楼栋和房号，或在下面逐栋选择。')).toBeTruthy();
  await waitFor(() => expect(screen.getByText('3栋')).toBeTruthy());
});
