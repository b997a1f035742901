import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that answers like an S3-compatible store for path-style object requests: PUT, GET, HEAD
 * and DELETE of `/<bucket>/<key>`, `NoSuchKey` / `NoSuchBucket` errors as XML. It checks that requests are signed
 * (an AWS4 Authorization header for the expected access key), not the signature itself.
 */
export async function startS3Fake(bucket: string, accessKeyId: string) {
  const objects = new Map<string, Buffer>();
  const requests: { method: string; path: string }[] = [];
  const error = (res: import('node:http').ServerResponse, status: number, code: string) => {
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, bucketName, ...rest] = decodeURIComponent(url.pathname).split('/');
    const key = rest.join('/');
    requests.push({ method: req.method ?? '', path: url.pathname });
    if (!(req.headers.authorization ?? '').startsWith(`AWS4-HMAC-SHA256 Credential=${accessKeyId}/`))
      return error(res, 403, 'InvalidAccessKeyId');
    if (bucketName !== bucket) return error(res, 404, 'NoSuchBucket');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        res.writeHead(200, { etag: '"fake"' });
        return res.end();
      }
      const object = objects.get(key);
      if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204);
        return res.end();
      }
      if (!object) return error(res, 404, 'NoSuchKey');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': object.length });
      res.end(req.method === 'HEAD' ? undefined : object);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
