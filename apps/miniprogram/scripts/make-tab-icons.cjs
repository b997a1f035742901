// Draws the tab bar icons (81×81 PNG, grey and selected green) without any image tool:
// `node scripts/make-tab-icons.cjs` rewrites src/assets/tab/*.png. Shapes are predicates on the unit square.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 81;
const SAMPLES = 4; // 4×4 supersampling for smooth edges
const COLORS = { normal: [0x5c, 0x5f, 0x66], active: [0x0b, 0x6e, 0x4f] };

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ellipse = (cx, cy, rx, ry) => (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by);
  const d2 = s(bx, by, cx, cy);
  const d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const union =
  (...fs_) =>
  (x, y) =>
    fs_.some((f) => f(x, y));
const minus =
  (a, ...bs) =>
  (x, y) =>
    a(x, y) && !bs.some((b) => b(x, y));
const roundRect = (x0, y0, x1, y1, r) =>
  union(
    rect(x0 + r, y0, x1 - r, y1),
    rect(x0, y0 + r, x1, y1 - r),
    circle(x0 + r, y0 + r, r),
    circle(x1 - r, y0 + r, r),
    circle(x0 + r, y1 - r, r),
    circle(x1 - r, y1 - r, r),
  );

const ICONS = {
  // 首页: a house with a door
  home: minus(
    union(triangle(0.5, 0.1, 0.06, 0.5, 0.94, 0.5), rect(0.18, 0.45, 0.82, 0.9)),
    rect(0.42, 0.62, 0.58, 0.9),
  ),
  // 公开: a sheet of accounts
  disclosure: minus(
    roundRect(0.18, 0.08, 0.82, 0.92, 0.08),
    rect(0.3, 0.26, 0.7, 0.32),
    rect(0.3, 0.44, 0.7, 0.5),
    rect(0.3, 0.62, 0.56, 0.68),
  ),
  // 议事: a speech bubble with three dots
  deliberation: minus(
    union(roundRect(0.06, 0.14, 0.94, 0.7, 0.14), triangle(0.22, 0.66, 0.46, 0.66, 0.22, 0.9)),
    circle(0.3, 0.42, 0.06),
    circle(0.5, 0.42, 0.06),
    circle(0.7, 0.42, 0.06),
  ),
  // 诉求: a raised flag
  complaint: union(
    rect(0.16, 0.08, 0.24, 0.94),
    minus(rect(0.24, 0.1, 0.84, 0.52), triangle(0.84, 0.1, 0.84, 0.52, 0.66, 0.31)),
  ),
  // 我的: a person
  mine: union(circle(0.5, 0.3, 0.2), minus(ellipse(0.5, 0.98, 0.4, 0.44), rect(0, 0.92, 1, 1))),
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(shape, [r, g, b]) {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++)
          if (shape((x + (sx + 0.5) / SAMPLES) / SIZE, (y + (sy + 0.5) / SAMPLES) / SIZE)) hits++;
      const at = y * (SIZE * 4 + 1) + 1 + x * 4;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
      raw[at + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '../src/assets/tab');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, shape] of Object.entries(ICONS)) {
  fs.writeFileSync(path.join(outDir, `${name}.png`), png(shape, COLORS.normal));
  fs.writeFileSync(path.join(outDir, `${name}-active.png`), png(shape, COLORS.active));
}
console.log(`wrote ${Object.keys(ICONS).length * 2} icons to ${path.relative(process.cwd(), outDir)}`);
