import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

/** MySQL or MariaDB: both are spoken to by mysql2 with the same migrations. */
export const isMysqlUrl = (url: string): boolean => /^(mysql|mariadb):\/\//.test(url);

export interface DbSettings {
  DATABASE_URL: string;
  DB_MIGRATE_ON_START?: boolean;
  DB_POOL_SIZE?: number;
}

/**
 * One entity list, two engines. MySQL or MariaDB (production): schema only from migrations.
 * SQLite (the embedded default for a newcomer and for tests): schema synchronised from the entities.
 */
export function dbOptions(settings: DbSettings): DataSourceOptions {
  const url = settings.DATABASE_URL;
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    const database = file === ':memory:' ? ':memory:' : resolve(file);
    if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
    return {
      type: 'better-sqlite3',
      database,
      entities,
      synchronize: true,
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  // Same protocol and driver (mysql2); TypeORM needs to know MariaDB to read its schema right (defaults, generated columns).
  return {
    type: url.startsWith('mariadb://') ? 'mariadb' : 'mysql',
    url: url.replace(/^mariadb:/, 'mysql:'),
    entities,
    migrations,
    synchronize: false,
    migrationsRun: settings.DB_MIGRATE_ON_START ?? false,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    poolSize: settings.DB_POOL_SIZE ?? 10,
  };
}
