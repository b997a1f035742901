import { careModeOn, carePageStyle, CARE_FONT_MIN_PX, CARE_FONT_SCALE, fontMinPx } from './care-mode';

describe('careModeOn', () => {
  it('follows the stored choice over the system setting', () => {
    expect(careModeOn('on', {})).toBe(true);
    expect(careModeOn('off', { fontSizeSetting: 24, scale: 1.4 })).toBe(false);
  });

  it('without a choice, turns on for a larger system font', () => {
    expect(careModeOn(null, {})).toBe(false);
    expect(careModeOn(null, { fontSizeSetting: 17, scale: 1 })).toBe(false);
    expect(careModeOn(null, { fontSizeSetting: 20 })).toBe(true);
    expect(careModeOn(null, { scale: 1.15 })).toBe(true);
  });

  it('gives weapp pages the scale as a root style only when on', () => {
    expect(carePageStyle(true)).toBe(`--xq-font-scale: ${CARE_FONT_SCALE}; --xq-font-min: ${CARE_FONT_MIN_PX}px;`);
    expect(carePageStyle(false)).toBe('');
  });

  it('gives drawn text (charts) the same floor as the stylesheet', () => {
    expect(fontMinPx(true)).toBe(CARE_FONT_MIN_PX);
    expect(fontMinPx(false)).toBe(0);
  });
});
