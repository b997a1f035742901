import { formatMinuteCn } from '@xiaoqu/shared';
import { CARD_GREEN, CARD_INK, CARD_MUTED, wrapText, type CardDrawing, type CardOp } from '../../services/card-canvas';

/** What the receipt image shows: the proposal, the code, when it was cast. Never the choice. */
export interface ReceiptCardInput {
  title: string;
  receiptCode: string;
  castAt: string;
}

/** The receipt code in groups of four, as a bank card is read aloud: `ABCD EFGH JK`. */
export function groupCode(code: string, size = 4): string[] {
  const chars = [...code.replace(/\s+/g, '')];
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += size) groups.push(chars.slice(i, i + size).join(''));
  return groups;
}

/** The groups packed into lines of at most `maxChars` characters (spaces between groups count). */
export function codeLines(code: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const group of groupCode(code)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + group.length <= maxChars) lines[last] += ` ${group}`;
    else lines.push(group);
  }
  return lines;
}

export const RECEIPT_PURPOSE = '用它核对您的表决已被计入';

const WIDTH = 600;
const MARGIN = 40;
const INNER = WIDTH - 2 * MARGIN;
const CODE_PX = 56;
// A bold monospace glyph is about 0.6 em wide: 13 characters of 56 px fill the 480 px inside the code box.
const CODE_CHARS = 13;

/**
 * The receipt as an image a person keeps in the album: what it is, the proposal, the code in large groups, the
 * time, and what to do with it. Laid out top to bottom; the card is as tall as what it holds.
 */
export function receiptCardDrawing({ title, receiptCode, castAt }: ReceiptCardInput): CardDrawing {
  const ops: CardOp[] = [];
  const text = (t: string, y: number, font: string, color = CARD_INK, x = MARGIN) =>
    ops.push({ kind: 'text', text: t, x, y, font, color });

  ops.push({ kind: 'rect', x: 0, y: 0, w: WIDTH, h: 104, color: CARD_GREEN });
  text('表决回执', 34, '600 36px sans-serif', '#ffffff');
  let y = 136;
  text('议题', y, '26px sans-serif', CARD_MUTED);
  y += 40;
  for (const line of wrapText(title, 16, 2)) {
    text(line, y, '600 32px sans-serif');
    y += 46;
  }
  y += 20;
  text('回执码', y, '26px sans-serif', CARD_MUTED);
  y += 42;
  const lines = codeLines(receiptCode, CODE_CHARS);
  const boxHeight = lines.length * (CODE_PX + 20) + 28;
  ops.push({ kind: 'rect', x: MARGIN, y, w: INNER, h: boxHeight, color: '#e6f2ee' });
  lines.forEach((line, i) =>
    text(line, y + 24 + i * (CODE_PX + 20), `700 ${CODE_PX}px monospace`, CARD_INK, MARGIN + 20),
  );
  y += boxHeight + 32;
  text('投票时间', y, '26px sans-serif', CARD_MUTED);
  y += 40;
  text(formatMinuteCn(castAt), y, '30px sans-serif');
  y += 64;
  text(RECEIPT_PURPOSE, y, '600 32px sans-serif', CARD_GREEN);
  y += 50;
  for (const line of ['在议题页「核验回执码」处输入即可核对。', '回执码不会显示您选了什么。']) {
    for (const part of wrapText(line, 20, 2)) {
      text(part, y, '26px sans-serif', CARD_MUTED);
      y += 38;
    }
  }
  y += 28;
  ops.unshift({ kind: 'rect', x: 0, y: 0, w: WIDTH, h: y, color: '#ffffff' });
  return { width: WIDTH, height: y, ops };
}

/** The downloaded file's name without `.png`: `表决回执-续聘物业`. */
export const receiptFileStem = (title: string) => `表决回执-${title}`;
