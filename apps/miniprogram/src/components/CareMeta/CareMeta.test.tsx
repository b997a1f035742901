import { act, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CARE_FONT_MIN_PX, CARE_FONT_SCALE, setCareMode } from '../../services/care-mode';
import { CareMeta, WeappCareMeta } from './index';

// PageMeta does nothing in jsdom: stand in with an element that shows the page style it is given.
jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('@tarojs/components'),
  PageMeta: ({ pageStyle }: { pageStyle: string }) => <div data-testid="page-meta" data-style={pageStyle} />,
}));

const ON_STYLE = `--xq-font-scale: ${CARE_FONT_SCALE}; --xq-font-min: ${CARE_FONT_MIN_PX}px;`;

describe('CareMeta', () => {
  const target = Taro as unknown as Record<string, unknown>;
  let before: Record<string, unknown>;
  let stored: string | undefined;
  beforeEach(() => {
    before = { getStorageSync: target.getStorageSync, setStorageSync: target.setStorageSync };
    stored = undefined;
    Object.assign(target, {
      getStorageSync: () => stored,
      setStorageSync: (_key: string, value: string) => {
        stored = value;
      },
    });
  });
  afterEach(() => Object.assign(target, before));

  it('renders nothing on h5, where the mode is on <html>', () => {
    const { container } = render(<CareMeta />);
    expect(container.innerHTML).toBe('');
  });

  it('on weapp, puts the stored mode on the page root and follows the switch under 我的 at once', () => {
    stored = 'on';
    const { getByTestId } = render(<WeappCareMeta />);
    expect(getByTestId('page-meta').dataset.style).toBe(ON_STYLE);
    act(() => setCareMode(false));
    expect(getByTestId('page-meta').dataset.style).toBe('');
    act(() => setCareMode(true));
    expect(getByTestId('page-meta').dataset.style).toBe(ON_STYLE);
    expect(stored).toBe('on');
  });

  it('on weapp, leaves the page root alone when the mode is off', () => {
    stored = 'off';
    const { getByTestId } = render(<WeappCareMeta />);
    expect(getByTestId('page-meta').dataset.style).toBe('');
  });
});
