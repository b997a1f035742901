import { useEffect, useState } from 'react';
import { CARD_GREEN, CARD_INK, CARD_MUTED, cardTempFile, fitText, type CardDrawing } from './card-canvas';

/** What a share card shows: where it is from, what it is, a few figures, and what opening it leads to. */
export interface ShareCard {
  /** `锦绣花园 · 物业收支公示` */
  heading: string;
  title: string;
  rows: { label: string; value: string }[];
  foot: string;
}

// WeChat shows a share image at 5:4.
const WIDTH = 500;
const HEIGHT = 400;

/** The share card's drawing steps: a green band with the heading, the title, up to three figures, the foot. */
export function shareCardDrawing(card: ShareCard): CardDrawing {
  const text = (t: string, x: number, y: number, font: string, color: string) =>
    ({ kind: 'text', text: t, x, y, font, color }) as const;
  return {
    width: WIDTH,
    height: HEIGHT,
    ops: [
      { kind: 'rect', x: 0, y: 0, w: WIDTH, h: HEIGHT, color: '#ffffff' },
      { kind: 'rect', x: 0, y: 0, w: WIDTH, h: 72, color: CARD_GREEN },
      text(fitText(card.heading, 17), 28, 22, '600 26px sans-serif', '#ffffff'),
      text(fitText(card.title, 15), 28, 96, '600 30px sans-serif', CARD_INK),
      ...card.rows.slice(0, 3).flatMap((row, i) => {
        const y = 156 + i * 58;
        return [
          text(row.label, 28, y + 6, '24px sans-serif', CARD_MUTED),
          text(fitText(row.value, 12), 140, y, '600 30px sans-serif', CARD_INK),
        ];
      }),
      text(fitText(card.foot, 20), 28, HEIGHT - 46, '22px sans-serif', CARD_MUTED),
    ],
  };
}

/**
 * The card drawn and saved as an image for the share: weapp only. Elsewhere (h5, whose share is the page's link)
 * or when drawing fails, null: the share goes without an image (WeChat then shows a screenshot of the page).
 */
export async function drawShareCard(card: ShareCard): Promise<string | null> {
  if (process.env.TARO_ENV !== 'weapp') return null;
  return cardTempFile(shareCardDrawing(card));
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
