import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';

/** What a share card shows: where it is from, what it is, a few figures, and what opening it leads to. */
export interface ShareCard {
  /** `锦绣花园 · 物业收支公示` */
  heading: string;
  title: string;
  rows: { label: string; value: string }[];
  foot: string;
}

// WeChat shows a share image at 5:4; drawn at twice the size for sharp text.
const WIDTH = 500;
const HEIGHT = 400;
const SCALE = 2;
const GREEN = '#1f6f4a';
const INK = '#1a1a1a';
const MUTED = '#555a61';

/** The title cut to what fits on a line of the card, with an ellipsis when cut. */
export function fitText(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}

interface Context2D {
  scale(x: number, y: number): void;
  fillStyle: string;
  font: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
}

function draw(ctx: Context2D, card: ShareCard): void {
  ctx.scale(SCALE, SCALE);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = GREEN;
  ctx.fillRect(0, 0, WIDTH, 72);
  ctx.fillStyle = '#ffffff';
  ctx.font = '600 26px sans-serif';
  ctx.fillText(fitText(card.heading, 17), 28, 22);
  ctx.fillStyle = INK;
  ctx.font = '600 30px sans-serif';
  ctx.fillText(fitText(card.title, 15), 28, 96);
  card.rows.slice(0, 3).forEach((row, i) => {
    const y = 156 + i * 58;
    ctx.fillStyle = MUTED;
    ctx.font = '24px sans-serif';
    ctx.fillText(row.label, 28, y + 6);
    ctx.fillStyle = INK;
    ctx.font = '600 30px sans-serif';
    ctx.fillText(fitText(row.value, 12), 140, y);
  });
  ctx.fillStyle = MUTED;
  ctx.font = '22px sans-serif';
  ctx.fillText(fitText(card.foot, 20), 28, HEIGHT - 46);
}

/**
 * The card drawn on an offscreen 2D canvas and saved as an image for the share: weapp only. Elsewhere (h5, whose
 * share is the page's link) or when drawing fails, null: the share goes without an image (WeChat then shows a
 * screenshot of the page).
 */
export async function drawShareCard(card: ShareCard): Promise<string | null> {
  if (process.env.TARO_ENV !== 'weapp') return null;
  try {
    const canvas = Taro.createOffscreenCanvas({ type: '2d', width: WIDTH * SCALE, height: HEIGHT * SCALE });
    draw(canvas.getContext('2d') as unknown as Context2D, card);
    const { tempFilePath } = await Taro.canvasToTempFilePath({
      canvas: canvas as unknown as Taro.Canvas,
      fileType: 'png',
    });
    return tempFilePath;
  } catch {
    return null;
  }
}

/** The card's image once drawn (weapp), redrawn when what it shows changes; undefined until then or elsewhere. */
export function useShareImage(card: ShareCard | null): string | undefined {
  const [image, setImage] = useState<string | undefined>(undefined);
  const key = card ? JSON.stringify(card) : '';
  useEffect(() => {
    let live = true;
    setImage(undefined);
    if (card)
      void drawShareCard(card).then((path) => {
        if (live && path) setImage(path);
      });
    return () => {
      live = false;
    };
    // `key` stands for the card: a new object with the same content draws nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return image;
}
