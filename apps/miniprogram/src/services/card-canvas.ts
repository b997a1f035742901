import Taro from '@tarojs/taro';
import { toastSuccess, toastText } from './feedback';

/**
 * Cards drawn on a canvas (the share cards, the ballot receipt): a card is a list of drawing steps laid out by a
 * pure function (tested), painted here at twice the size for sharp text, then turned into an image — a temporary
 * file on weapp (to share or save to the album), a PNG data URL on h5 (to download).
 */

export const CARD_GREEN = '#1f6f4a';
export const CARD_INK = '#1a1a1a';
export const CARD_MUTED = '#555a61';
const SCALE = 2;

/** One drawing step, in card px: a filled box, or a line of text (its top at `y`). */
export type CardOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'text'; text: string; x: number; y: number; font: string; color: string };

export interface CardDrawing {
  width: number;
  height: number;
  ops: CardOp[];
}

/** The text cut to what fits on a line of the card, with an ellipsis when cut. */
export function fitText(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** The text in lines of at most `maxChars` characters, at most `maxLines` of them, the last one cut with an ellipsis. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += maxChars) {
    lines.push(chars.slice(i, i + maxChars).join(''));
  }
  if (chars.length > maxChars * maxLines)
    lines[maxLines - 1] = fitText(chars.slice((maxLines - 1) * maxChars).join(''), maxChars);
  return lines;
}

interface Context2D {
  scale(x: number, y: number): void;
  fillStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
}

function paint(ctx: Context2D, drawing: CardDrawing): void {
  ctx.scale(SCALE, SCALE);
  ctx.textBaseline = 'top';
  for (const op of drawing.ops) {
    ctx.fillStyle = op.color;
    if (op.kind === 'rect') {
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else {
      ctx.font = op.font;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}

/** The card as a temporary image file (weapp, on an offscreen 2D canvas); null elsewhere or when drawing fails. */
export async function cardTempFile(drawing: CardDrawing): Promise<string | null> {
  if (process.env.TARO_ENV !== 'weapp') return null;
  try {
    const width = drawing.width * SCALE;
    const height = drawing.height * SCALE;
    const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height });
    paint(canvas.getContext('2d') as unknown as Context2D, drawing);
    const { tempFilePath } = await Taro.canvasToTempFilePath({
      canvas: canvas as unknown as Taro.Canvas,
      fileType: 'png',
      destWidth: width,
      destHeight: height,
    });
    return tempFilePath;
  } catch {
    return null;
  }
}

/** The card as a PNG data URL (h5, on a detached DOM canvas); null when the browser cannot draw it. */
export function cardDataUrl(drawing: CardDrawing): string | null {
  if (typeof document === 'undefined') return null;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = drawing.width * SCALE;
    canvas.height = drawing.height * SCALE;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    paint(ctx, drawing);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

/** Why saving to the album failed, from WeChat's `errMsg` / `errno`. Pure, for tests. */
export function albumFailure(error: unknown): 'denied' | 'privacy' | 'cancelled' | 'other' {
  const { errMsg = '', errno } = (error ?? {}) as { errMsg?: string; errno?: number };
  if (errno === 104 || errno === 112 || /privacy/i.test(errMsg)) return 'privacy';
  if (/auth|permission|authorize/i.test(errMsg)) return 'denied';
  if (/cancel/i.test(errMsg)) return 'cancelled';
  return 'other';
}

/** A file name with nothing a phone or a computer refuses in it: `表决回执-续聘物业.png`. */
export function imageFileName(stem: string): string {
  const safe = stem.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/_+/g, '_');
  return `${fitText(safe, 40)}.png`;
}

async function saveToAlbum(filePath: string): Promise<boolean> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath });
    toastSuccess('已保存到相册');
    return true;
  } catch (error) {
    const why = albumFailure(error);
    if (why === 'denied') {
      const answer = await Taro.showModal({
        title: '需要您允许保存到相册',
        content: '请在接下来的设置页打开「添加到相册」，回来后再点一次「保存为图片」。',
        confirmText: '去设置',
        cancelText: '不用了',
      });
      if (answer.confirm) await Taro.openSetting({}).catch(() => undefined);
    } else if (why === 'privacy') {
      toastText('需要先同意隐私保护指引，才能保存到相册');
    } else if (why === 'other') {
      toastText('没能保存到相册，请稍后再试');
    }
    return false;
  }
}

function download(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * Saves the card as an image: to the phone's album on weapp (asking for the album permission when it was refused),
 * as a downloaded PNG named `fileStem`.png on h5. Returns whether it was saved.
 */
export async function saveCardImage(drawing: CardDrawing, fileStem: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = await cardTempFile(drawing);
    if (!filePath) {
      toastText('没能生成图片，请稍后再试');
      return false;
    }
    return saveToAlbum(filePath);
  }
  const dataUrl = cardDataUrl(drawing);
  if (!dataUrl) {
    toastText('没能生成图片，请稍后再试');
    return false;
  }
  download(dataUrl, imageFileName(fileStem));
  toastSuccess('图片已下载');
  return true;
}
