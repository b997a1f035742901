import Taro from '@tarojs/taro';

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
