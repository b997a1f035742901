import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dbOptions, isMysqlUrl } from './db-options.js';

// For the TypeORM CLI (migration:generate / run / --check): DATABASE_URL=mysql://… npm run migration:run -w apps/api
const url = process.env.DATABASE_URL;
if (!url || !isMysqlUrl(url)) {
  throw new Error(
    'DATABASE_URL must be mysql:// or mariadb://user:pass@host:port/db for migrations (SQLite is synchronised)',
  );
}
export default new DataSource(dbOptions({ DATABASE_URL: url }));
