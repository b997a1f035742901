// The baseline of the period-detail benchmark: bare Fastify + mysql2 answering the same rows from the same
// database (the disclosure and its lines), with nothing else: no auth, no validation, no totals.
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const url = new URL(process.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
const pool = mysql.createPool({ uri: url.toString(), connectionLimit: 10 });
const app = Fastify({ logger: false });
app.get('/period/:id', async (request) => {
  const id = Number(request.params.id);
  const [[disclosure]] = await pool.query('SELECT * FROM account_disclosure WHERE id = ?', [id]);
  const [lines] = await pool.query('SELECT * FROM disclosure_line WHERE disclosureId = ? ORDER BY position, id', [id]);
  return { ...disclosure, lines };
});
await app.listen({ port: Number(process.env.PORT ?? 3202), host: '127.0.0.1' });
console.log('bare fastify up');
