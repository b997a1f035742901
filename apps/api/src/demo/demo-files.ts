import { existsSync, readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { deflateSync } from 'node:zlib';
import { create, type Font } from 'fontkit';
import { AppConfig } from '../common/config/app-config.js';
import { pdfHasActiveContent } from '../common/files/sniff.js';

/** A demo document: a title and its lines, in Chinese as residents read them. */
export interface DemoDocument {
  title: string;
  lines: string[];
}

const WIDTH = 420;
const MARGIN = 24;
const TITLE_SIZE = 16;
const LINE_SIZE = 11;
const LEADING = 20;

/** One small valid PDF of the given objects (1: catalog, 2: pages, 3: page …), as the demo's files are. */
function pdfOf(objects: string[]): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const heightOf = (doc: DemoDocument) => MARGIN * 2 + TITLE_SIZE + 8 + doc.lines.length * LEADING;

/** The baseline of each row, top to bottom: the title first. */
function rows(doc: DemoDocument): { text: string; size: number; y: number }[] {
  const top = heightOf(doc) - MARGIN - TITLE_SIZE;
  return [
    { text: doc.title, size: TITLE_SIZE, y: top },
    ...doc.lines.map((text, i) => ({ text, size: LINE_SIZE, y: top - 8 - (i + 1) * LEADING + 4 })),
  ];
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/** A run of text as filled outlines: every glyph's path from the font, so any viewer shows it without the font. */
function outlines(font: Font, text: string, x: number, y: number, size: number): string {
  const scale = size / font.unitsPerEm;
  const ops: string[] = [];
  let pen = x;
  for (const glyph of font.glyphsForString(text)) {
    const at = (gx: number, gy: number) => `${n(pen + gx * scale)} ${n(y + gy * scale)}`;
    let cx = 0;
    let cy = 0;
    for (const { command, args } of glyph.path.commands) {
      if (command === 'moveTo') ops.push(`${at(args[0], args[1])} m`);
      else if (command === 'lineTo') ops.push(`${at(args[0], args[1])} l`);
      else if (command === 'bezierCurveTo')
        ops.push(`${at(args[0], args[1])} ${at(args[2], args[3])} ${at(args[4], args[5])} c`);
      else if (command === 'quadraticCurveTo') {
        // A quadratic curve as the cubic it equals.
        const [qx, qy, ex, ey] = args;
        const c1 = at(cx + ((qx - cx) * 2) / 3, cy + ((qy - cy) * 2) / 3);
        const c2 = at(ex + ((qx - ex) * 2) / 3, ey + ((qy - ey) * 2) / 3);
        ops.push(`${c1} ${c2} ${at(ex, ey)} c`);
      } else if (command === 'closePath') ops.push('h');
      if (args.length >= 2) [cx, cy] = args.slice(-2);
    }
    pen += glyph.advanceWidth * scale;
  }
  return ops.length ? `${ops.join('\n')}\nf` : '';
}

function outlinedPdf(font: Font, doc: DemoDocument): Buffer {
  const drawing = `0.1 0.1 0.1 rg\n${rows(doc)
    .map((r) => outlines(font, r.text, MARGIN, r.y, r.size))
    .join('\n')}`;
  const page = (stream: string, filter: string) =>
    pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${heightOf(doc)}] /Contents 4 0 R /Resources << >> >>`,
      `<< /Length ${Buffer.byteLength(stream, 'latin1')}${filter} >>\nstream\n${stream}\nendstream`,
    ]);
  const compressed = page(deflateSync(drawing).toString('latin1'), ' /Filter /FlateDecode');
  // Compressed bytes may by chance spell a name the upload check refuses (`/JS`): then plain, as it reads.
  return pdfHasActiveContent(compressed) ? page(drawing, '') : compressed;
}

/**
 * Without the font file: the text in Adobe's standard Chinese font (STSong-Light, UCS-2 codes), which PDF viewers
 * supply themselves, so nothing is embedded.
 */
function standardFontPdf(doc: DemoDocument): Buffer {
  const ucs2 = (text: string) =>
    [...text]
      .map((c) => (c.codePointAt(0) ?? 0x3f) & 0xffff)
      .map((code) => code.toString(16).padStart(4, '0'))
      .join('');
  const stream = rows(doc)
    .map((r) => `BT /F1 ${r.size} Tf ${MARGIN} ${r.y} Td <${ucs2(r.text)}> Tj ET`)
    .join('\n');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${heightOf(doc)}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/** Fonts by path, read once per process (the demo writes over a hundred files with one). */
const fonts = new Map<string, Font | null>();

function fontAt(path: string, family: string | undefined): Font | null {
  const key = `${path}#${family ?? ''}`;
  if (!fonts.has(key)) {
    try {
      fonts.set(key, existsSync(path) ? create(readFileSync(path), family) : null);
    } catch {
      fonts.set(key, null);
    }
  }
  return fonts.get(key) ?? null;
}

/**
 * Writes the demo's PDF files (vouchers, statements, rules) in Chinese. With the CJK font the API prints notices
 * with, the text is drawn as outlines (a few KB each, no font subset to embed: embedding one takes ~0.2 s a file
 * and the demo writes over a hundred); without it, in the viewer's standard Chinese font.
 */
export function demoPdfWriter(font: { path: string; family?: string }): (doc: DemoDocument) => Buffer {
  return (doc) => {
    const f = fontAt(font.path, font.family);
    return f ? outlinedPdf(f, doc) : standardFontPdf(doc);
  };
}

/** The writer with the font the app is configured to print with. */
export function demoPdfs(app: INestApplicationContext): (doc: DemoDocument) => Buffer {
  const config = app.get(AppConfig);
  return demoPdfWriter({ path: config.PDF_FONT_PATH, family: config.PDF_FONT_FAMILY });
}

/** A 1×1 PNG: the demo's photos (work records, notices on the board, scans of signed ballots). */
export const DEMO_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
