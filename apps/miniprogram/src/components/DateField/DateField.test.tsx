import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { DateField, pickerDay } from './index';

/** The day the Taro picker reports, as its change event (what the native picker and h5's 确定 both send). */
function pick(name: string, value: string) {
  const picker = document.querySelector(`[data-name="${name}"]`)?.closest('taro-picker-core');
  if (!picker) throw new Error(`no date field named ${name}`);
  act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

/** Taps the field (once the picker web component has loaded and taken it in) and returns the open picker. */
async function openPicker(name: string): Promise<HTMLElement> {
  const field = await waitFor(() => {
    const el = document.querySelector<HTMLElement>(`taro-picker-core > div [data-name="${name}"]`);
    if (!el) throw new Error(`no date field named ${name} inside a loaded picker`);
    return el;
  });
  fireEvent.click(field);
  // Taro moves each picker's overlay to <body>; the open one is shown.
  return waitFor(() => {
    const open = [...document.querySelectorAll<HTMLElement>('.weui-picker__overlay')].find(
      (el) => el.style.display !== 'none',
    );
    if (!open) throw new Error('the picker did not open');
    return open;
  });
}

const actionOf = (overlay: HTMLElement, text: '确定' | '取消') =>
  [...overlay.querySelectorAll('.weui-picker__action')].find((el) => el.textContent === text)!;

function Form({ initial, start, end }: { initial: string | null; start?: string; end?: string }) {
  const [day, setDay] = useState(initial);
  return <DateField name="closesOn" value={day} onChange={setDay} start={start} end={end} />;
}

describe('DateField', () => {
  it('asks for a day while none is chosen, and shows the chosen one in words', () => {
    render(<Form initial={null} />);
    expect(screen.getByText('请选择日期')).toBeTruthy();
    pick('closesOn', '2026-11-26');
    expect(screen.getByText('2026年11月26日')).toBeTruthy();
    expect(screen.queryByText('请选择日期')).toBeNull();
  });

  it('is a tap target with the arrow, marked by its name', () => {
    render(<DateField name="doneOn" value="2026-01-05" onChange={jest.fn()} placeholder="请选择完成日期" />);
    const field = document.querySelector('[data-name="doneOn"]')!;
    expect(field.getAttribute('role')).toBe('button');
    expect(field.textContent).toBe('2026年1月5日▾');
  });

  it('shows its own placeholder', () => {
    render(<DateField name="planDueDate" value={null} onChange={jest.fn()} placeholder="请选择完成期限" />);
    expect(screen.getByText('请选择完成期限')).toBeTruthy();
  });

  it('hands the picked day to the form', () => {
    const onChange = jest.fn();
    render(<DateField name="signedOn" value="2026-11-20" onChange={onChange} end="2026-11-26" />);
    pick('signedOn', '2026-11-21');
    expect(onChange).toHaveBeenCalledWith('2026-11-21');
  });

  it('opens the picker on tap; 确定 gives the day it opened on', async () => {
    const onChange = jest.fn();
    render(<DateField name="occurredOn" value="2026-08-15" onChange={onChange} />);
    const overlay = await openPicker('occurredOn');
    fireEvent.click(actionOf(overlay, '确定'));
    expect(onChange).toHaveBeenCalledWith('2026-08-15');
  });

  it('moves a column the way a tap on a row does (rows are 34 px; the middle one is chosen)', async () => {
    const onChange = jest.fn();
    render(<DateField name="occurredOn" value="2026-08-15" onChange={onChange} />);
    const overlay = await openPicker('occurredOn');
    // The picker reads a tap by its height above the bottom of the window: its middle row is 119 px up.
    const tap = (column: number, rows: number) => {
      const group = overlay.querySelectorAll('taro-picker-group')[column];
      const clientY = window.innerHeight - 119 + rows * 34;
      fireEvent.mouseDown(group, { clientY });
      fireEvent.mouseUp(group, { clientY });
    };
    tap(2, 3);
    tap(1, -1);
    fireEvent.click(actionOf(overlay, '确定'));
    expect(onChange).toHaveBeenCalledWith('2026-07-18');
  });

  it('取消 changes nothing', async () => {
    const onChange = jest.fn();
    render(<DateField name="occurredOn" value="2026-08-15" onChange={onChange} />);
    fireEvent.click(actionOf(await openPicker('occurredOn'), '取消'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('passes its bounds to the picker', async () => {
    render(<DateField name="pollClosesOn" value={null} onChange={jest.fn()} start="2026-11-27" end="2026-12-31" />);
    const picker = document.querySelector('taro-picker-core') as HTMLElement & { start?: string; end?: string };
    await waitFor(() => expect(picker.start).toBe('2026-11-27'));
    expect(picker.end).toBe('2026-12-31');
  });
});

describe('pickerDay', () => {
  it('opens on the chosen day, else today, within the bounds', () => {
    expect(pickerDay('2026-08-15', '2000-01-01', '2099-12-31', '2026-11-26')).toBe('2026-08-15');
    expect(pickerDay(null, '2000-01-01', '2099-12-31', '2026-11-26')).toBe('2026-11-26');
    expect(pickerDay(null, '2026-11-27', '2099-12-31', '2026-11-26')).toBe('2026-11-27');
    expect(pickerDay('2026-12-05', '2000-01-01', '2026-11-26', '2026-11-26')).toBe('2026-11-26');
    expect(pickerDay('2026-02-30', '2000-01-01', '2099-12-31', '2026-11-26')).toBe('2026-11-26');
  });
});
