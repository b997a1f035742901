import { jest } from '@jest/globals';
import { connect } from 'node:net';
import { createConnection } from 'mysql2/promise';
import { onMysql, startTestApp, type HttpAnswer, type TestApp } from './test-app.js';

/** Refused and allowed callers: nobody, a resident, an owner, staff of each kind, an admin. */
const PERSONAS = [null, 'demo-resident', 'demo-owner', 'demo-property', 'demo-committee', 'demo-community-admin'];

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}

interface BadBody {
  kind: string;
  body: string;
  contentType: string;
}

const json = (kind: string, value: unknown): BadBody => ({
  kind,
  body: JSON.stringify(value),
  contentType: 'application/json',
});

/** ~100 KB bodies that overflowed the stack in validation. */
const DEEP_OBJECTS = '{"a":'.repeat(20000) + '1' + '}'.repeat(20000);
const DEEP_ARRAYS = '['.repeat(50000) + ']'.repeat(50000);
const FILE_PART = (boundary: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n` +
  '\x89PNG\r\n\x1a\n' +
  'x'.repeat(200);

/** The same bad bodies for every write route, plus ones shaped after the route's own DTO. */
function badBodies(schema: Schema | undefined): BadBody[] {
  const bodies: BadBody[] = [
    { kind: 'deep objects', body: DEEP_OBJECTS, contentType: 'application/json' },
    { kind: 'deep arrays', body: DEEP_ARRAYS, contentType: 'application/json' },
    { kind: 'not JSON', body: '{"a":', contentType: 'application/json' },
    { kind: 'text', body: 'hello', contentType: 'text/plain' },
    { kind: 'form', body: 'a[b][c]=1&a=2', contentType: 'application/x-www-form-urlencoded' },
    json('null', null),
    json('array', [1, 'x', null]),
    json('string', 'x'.repeat(10)),
    { kind: 'proto', body: '{"__proto__":{"admin":true}}', contentType: 'application/json' },
    { kind: 'multipart without boundary', body: FILE_PART('b0'), contentType: 'multipart/form-data' },
    {
      kind: 'multipart wrong boundary',
      body: FILE_PART('b1') + '\r\n--b1--\r\n',
      contentType: 'multipart/form-data; boundary=b2',
    },
    { kind: 'multipart truncated', body: FILE_PART('b3'), contentType: 'multipart/form-data; boundary=b3' },
    {
      kind: 'multipart long boundary',
      body: FILE_PART('b'.repeat(300)),
      contentType: `multipart/form-data; boundary=${'b'.repeat(300)}`,
    },
  ];
  const properties = schema?.properties ?? {};
  const names = Object.keys(properties);
  if (names.length > 0) {
    const each = (f: (s: Schema) => unknown) => Object.fromEntries(names.map((n) => [n, f(properties[n])]));
    bodies.push(
      json(
        'nulls',
        each(() => null),
      ),
      json(
        'wrong types',
        each((s) => (s.type === 'string' ? 12345 : s.type === 'array' ? { x: 1 } : 'x')),
      ),
      json(
        'huge strings',
        each(() => 'x'.repeat(200_000)),
      ),
      json(
        'huge numbers',
        each(() => 1e308),
      ),
      json(
        'nested wrong',
        each(() => [{ a: [null, {}] }]),
      ),
    );
  }
  return bodies;
}

function resolveSchema(doc: OpenApi, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return doc.components?.schemas?.[schema.$ref.split('/').pop() as string];
}

/** A refusal as every client may rely on: `{code, message, requestId}`. */
function problem(route: string, kind: string, persona: string | null, a: HttpAnswer): string | null {
  if (a.status >= 500) return `${route} [${kind}] as ${persona}: ${a.status} ${JSON.stringify(a.body)}`;
  if (a.status < 400) return null;
  const b = a.body as { code?: unknown; message?: unknown; requestId?: unknown } | null;
  if (typeof b?.code === 'string' && typeof b.message === 'string' && typeof b.requestId === 'string') return null;
  return `${route} [${kind}] as ${persona}: ${a.status} unshaped ${JSON.stringify(a.body).slice(0, 200)}`;
}

jest.setTimeout(60_000);

describe('fuzzing every write route of the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApi;
  const tokens = new Map<string, string>();
  const tokenOf = async (persona: string) => {
    if (!tokens.has(persona)) tokens.set(persona, await t.login(persona));
    return tokens.get(persona) as string;
  };

  beforeAll(async () => {
    // Rate limits off (they have their own tests): every bad body must reach the parsers and validation.
    const noLimits = Object.fromEntries(
      [
        'LOGIN_PER_IP',
        'WRITE_PER_PERSON',
        'WRITE_PER_IP',
        'CLAIM_PER_PERSON',
        'CLAIM_PER_IP',
        'UPLOAD_PER_PERSON',
        'UPLOAD_PER_IP',
      ].map((limit) => [`THROTTLE_${limit}`, '0']),
    );
    t = await startTestApp({ complaints: true, disclosures: true, env: noLimits });
    const answer = await t.http<OpenApi>('GET', '/api/docs-json');
    expect(answer.status).toBe(200);
    doc = answer.body;
  });
  afterAll(() => t.close());

  test('no answer is a 5xx, every refusal is shaped, as allowed and refused personas', async () => {
    const problems: string[] = [];
    let sent = 0;
    const writes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
    // Logging out (or ending sessions) last keeps the other routes tried with live tokens.
    writes.sort((a, b) => Number(/auth|session/.test(a.path)) - Number(/auth|session/.test(b.path)));
    expect(writes.length).toBeGreaterThan(30);
    for (const { method, path, op } of writes) {
      // A real compound (and, with the seeded disclosures, real first rows) so uploads reach the multipart parser.
      const url = path.replace('{compoundId}', String(t.demo!.compoundIds.jinxiu)).replace(/\{[^}]+\}/g, '1');
      const schema = resolveSchema(doc, op.requestBody?.content?.['application/json']?.schema);
      for (const bad of badBodies(schema)) {
        for (const persona of PERSONAS) {
          const headers: Record<string, string> = { 'content-type': bad.contentType };
          if (persona) headers.authorization = `Bearer ${await tokenOf(persona)}`;
          const answer = await Promise.race([
            t.http(method, url, { body: bad.body, headers }),
            new Promise<HttpAnswer>((resolve) =>
              setTimeout(() => resolve({ status: 599, body: 'no answer in 5 s', headers: new Headers() }), 5000),
            ),
          ]);
          sent++;
          if (answer.status === 401 && persona) tokens.delete(persona); // a route ended the session: log in again
          const found = problem(`${method} ${path}`, bad.kind, persona, answer);
          if (found) problems.push(found);
        }
      }
    }
    console.log(`fuzz: ${sent} requests, ${problems.length} problems`);
    expect(sent).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  }, 120_000);

  test('PATCH /api/me with nulls is a 400, not a 500', async () => {
    const token = await t.login('demo-owner');
    const answer = await t.http('PATCH', '/api/me', { token, json: { name: null, phone: null } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  test("Fastify's own answers are shaped: a URL it cannot decode, bytes that are not HTTP", async () => {
    const badUrl = await t.http('GET', '/api/compounds/%E0%A4%A');
    expect(badUrl.status).toBe(400);
    expect(badUrl.body).toMatchObject({ code: 'VALIDATION_FAILED', requestId: expect.any(String) });

    const { hostname, port } = new URL(t.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  (onMysql ? test : test.skip)(
    'connections to MariaDB killed under the app: 503 DATABASE_UNAVAILABLE, never 500',
    async () => {
      const token = await t.login('demo-owner');
      const [{ db: database }] = (await t.dataSource.query('SELECT DATABASE() AS db')) as { db: string }[];
      const base = new URL(process.env.DATABASE_URL as string);
      const admin = await createConnection({
        host: base.hostname,
        port: Number(base.port || 3306),
        user: decodeURIComponent(base.username),
        password: decodeURIComponent(base.password),
      });
      const statuses: number[] = [];
      try {
        for (let round = 0; round < 5; round++) {
          const requests = Array.from({ length: 20 }, () => t.http('GET', '/api/me', { token }));
          const [rows] = await admin.query('SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ?', [database]);
          for (const { ID } of rows as { ID: number }[]) await admin.query(`KILL ${ID}`).catch(() => undefined);
          for (const answer of await Promise.all(requests)) {
            statuses.push(answer.status);
            if (answer.status >= 500) expect(answer.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
          }
        }
      } finally {
        await admin.end();
      }
      expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    },
  );
});
