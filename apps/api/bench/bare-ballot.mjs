// The HTTP baseline of the vote-cast benchmark: bare Fastify + mysql2 taking a ballot as JSON and inserting the same
// row into the same table (one autocommitted INSERT), with nothing else: no auth, no validation, no roll, no replay.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const url = new URL(process.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
const pool = mysql.createPool({ uri: url.toString(), connectionLimit: 10 });
const app = Fastify({ logger: false });
app.post('/ballots/:voteId', async (request, reply) => {
  const { ownerKey, choice, idempotencyKey } = request.body;
  await pool.query(
    'INSERT INTO ballot (voteId, ownerKey, choice, method, enteredBy, idempotencyKey, requestSha256, receiptCode, madeAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW())',
    [
      Number(request.params.voteId),
      ownerKey,
      choice,
      'online',
      1,
      idempotencyKey,
      'x'.repeat(64),
      randomBytes(5).toString('hex').toUpperCase(),
    ],
  );
  reply.code(201);
  return { ok: true };
});
await app.listen({ port: Number(process.env.PORT ?? 3212), host: '127.0.0.1' });
console.log('bare fastify up');
