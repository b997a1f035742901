import { basename, resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';

/** A file the h5 build names by its content (webpack's `[name].[contenthash:8].js`): its bytes never change. */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;
/** The precompressed siblings `@fastify/static` may pick instead of the file asked for. */
const ENCODED = /\.(?:br|gz|deflate)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** How long a browser may keep an h5 file: hashed files for a year, index.html and other unhashed files revalidated. */
export function h5CacheControl(path: string): string {
  return HASHED.test(basename(path).replace(ENCODED, '')) ? IMMUTABLE : 'no-cache';
}

/**
 * Serves the h5 build at `/`. `build:h5` writes `.br` and `.gz` next to each text file worth compressing
 * (scripts/precompress.mjs): the one the browser accepts is sent with its `Content-Encoding`, always with
 * `Vary: Accept-Encoding`; without them (an older build) the plain file is sent.
 */
export async function serveH5(app: NestFastifyApplication, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: resolve(dir),
    prefix: '/',
    // Files are looked up per request (not listed once at start-up), so a rebuilt h5 is served without a restart.
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => void reply.header('cache-control', h5CacheControl(path)),
  });
}
