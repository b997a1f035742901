// Writes `.br` and `.gz` next to each text file of the h5 build worth compressing, for the API to send as they are
// (@fastify/static `preCompressed`): `node scripts/precompress.mjs [dir]`, dir defaulting to dist-h5. Run at the end
// of `build:h5`. A variant is kept only when it is smaller; variants whose file is gone are removed.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(?:js|css|html|svg|json)$/;
const VARIANT = /\.(?:br|gz)$/;
const MIN_BYTES = 1024;

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const encoders = {
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gz: (bytes) => gzipSync(bytes, { level: 9 }),
};

export function precompress(root) {
  const all = files(root);
  const present = new Set(all);
  const totals = { files: 0, plain: 0, br: 0, gz: 0 };
  for (const file of all) {
    if (VARIANT.test(file)) {
      if (!present.has(file.replace(VARIANT, ''))) rmSync(file);
      continue;
    }
    if (!TEXT.test(file)) continue;
    const bytes = readFileSync(file);
    for (const [ext, encode] of Object.entries(encoders)) {
      const packed = bytes.length >= MIN_BYTES ? encode(bytes) : null;
      // A variant no smaller than its file is not worth sending; an old one must not outlive a changed file.
      if (packed && packed.length < bytes.length) writeFileSync(`${file}.${ext}`, packed);
      else rmSync(`${file}.${ext}`, { force: true });
      totals[ext] += packed && packed.length < bytes.length ? packed.length : bytes.length;
    }
    totals.files += 1;
    totals.plain += bytes.length;
  }
  return totals;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'dist-h5');
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`precompress: ${root} is not a directory`);
    process.exit(1);
  }
  const t = precompress(root);
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`precompress: ${t.files} files, ${kib(t.plain)} → br ${kib(t.br)}, gzip ${kib(t.gz)}`);
}
