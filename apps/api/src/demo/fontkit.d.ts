// The part of fontkit (a dependency of pdfkit, which ships no types) the demo's PDF writer uses.
declare module 'fontkit' {
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }
  export interface Glyph {
    advanceWidth: number;
    path: { commands: PathCommand[] };
  }
  export interface Font {
    unitsPerEm: number;
    glyphsForString(text: string): Glyph[];
  }
  export function create(buffer: Buffer, postscriptName?: string): Font;
}
