import Taro from '@tarojs/taro';

/**
 * 关怀模式 (issue 12 §2): larger text for older residents. Every font size is multiplied by the CSS variable
 * `--xq-font-scale` (config/postcss-font-scale.cjs); the mode also turns on larger tap targets and tab labels
 * (app.scss, under `.xq-care`). The person's choice under 我的 wins; without one, the phone's large-font setting
 * decides, where WeChat tells it.
 */

/** Body text 28 design px (14 px on a 375 px screen) becomes ≥ 18 px… */
export const CARE_FONT_SCALE = 1.3;
/** …and no text, however secondary, is smaller than this (px). */
export const CARE_FONT_MIN_PX = 18;

const STORAGE_KEY = 'xq.careMode';

export type CareChoice = 'on' | 'off';

/** WeChat's default text size (px) in `fontSizeSetting`; larger means the person chose larger text. */
const DEFAULT_SYSTEM_FONT = 17;

/** Whether the mode applies: the stored choice, else the system's large-font setting. Pure, for tests. */
export function careModeOn(choice: CareChoice | null, system: { fontSizeSetting?: number; scale?: number }): boolean {
  if (choice) return choice === 'on';
  return (system.scale ?? 1) > 1 || (system.fontSizeSetting ?? DEFAULT_SYSTEM_FONT) > DEFAULT_SYSTEM_FONT;
}

function storedChoice(): CareChoice | null {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null;
  }
}

/** What WeChat says of the person's text size; nothing on h5 or when the API is missing. */
function systemFont(): { fontSizeSetting?: number; scale?: number } {
  if (process.env.TARO_ENV === 'h5') return {};
  try {
    const base = (Taro.getAppBaseInfo?.() ?? {}) as { fontSizeSetting?: number; fontSizeScaleFactor?: number };
    return { fontSizeSetting: base.fontSizeSetting, scale: base.fontSizeScaleFactor };
  } catch {
    return {};
  }
}

export function isCareMode(): boolean {
  return careModeOn(storedChoice(), systemFont());
}

/** How much larger text is than the stylesheet's: 关怀模式 times the phone's own text size, where WeChat tells it. */
export function fontScale(): number {
  const system = systemFont();
  return (isCareMode() ? CARE_FONT_SCALE : 1) * Math.max(1, system.scale ?? 1);
}

/** The page-root style that carries the mode on weapp (see CareMeta); empty when the mode is off. */
export function carePageStyle(on = isCareMode()): string {
  return on ? `--xq-font-scale: ${CARE_FONT_SCALE}; --xq-font-min: ${CARE_FONT_MIN_PX}px;` : '';
}

/** Puts the mode on the document (h5), where one root holds every page. */
export function applyCareMode(on = isCareMode()): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  const root = document.documentElement;
  root.classList.toggle('xq-care', on);
  if (on) {
    root.style.setProperty('--xq-font-scale', String(CARE_FONT_SCALE));
    root.style.setProperty('--xq-font-min', `${CARE_FONT_MIN_PX}px`);
  } else {
    root.style.removeProperty('--xq-font-scale');
    root.style.removeProperty('--xq-font-min');
  }
}

type CareListener = (on: boolean) => void;
const careListeners = new Set<CareListener>();

/** Pages open on weapp (see CareMeta) follow a change at once; returns the unsubscribe function. */
export function subscribeCareMode(listener: CareListener): () => void {
  careListeners.add(listener);
  return () => {
    careListeners.delete(listener);
  };
}

export function setCareMode(on: boolean): void {
  Taro.setStorageSync(STORAGE_KEY, on ? 'on' : 'off');
  applyCareMode(on);
  careListeners.forEach((listener) => listener(on));
}

/** The smallest text (px) the mode allows, for what is drawn rather than styled (charts); 0 when it is off. */
export function fontMinPx(on = isCareMode()): number {
  return on ? CARE_FONT_MIN_PX : 0;
}
