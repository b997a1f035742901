import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) => value === '1' || value === 'true' || value === true;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every setting the API reads from its environment, validated at boot.
 * A missing or malformed setting stops start-up with one line naming it.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** `sqlite:<file>` (embedded, `sqlite::memory:` for tests), `mysql://user:pass@host:port/db`, or `mariadb://…`. */
  @Matches(/^(sqlite:.+|(mysql|mariadb):\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<file>, mysql://user:pass@host:port/db or mariadb://…',
  })
  DATABASE_URL = 'sqlite:.data/xiaoqu.sqlite';

  /** MySQL only: run pending migrations at start-up (otherwise run `npm run migration:run -w apps/api`). */
  @Transform(toBool)
  @IsBoolean()
  DB_MIGRATE_ON_START = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_SIZE = 10;

  /** 32 bytes, base64: the key protecting names and phone numbers at rest. */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PII_KEY must be 32 random bytes in base64 (openssl rand -base64 32)' })
  PII_KEY: string;

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  WECHAT_API_BASE_URL = 'https://api.weixin.qq.com';

  @IsOptional()
  @IsString()
  WECHAT_APPID?: string;

  @IsOptional()
  @IsString()
  WECHAT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(60000)
  WECHAT_TIMEOUT_MS = 5000;

  /** `1` turns on POST /api/auth/dev-login (demo and tests; refused in production). */
  @Transform(toBool)
  @IsBoolean()
  AUTH_DEV_LOGIN = false;

  /** `1` writes the demo data at start-up when it is not there yet (`npm start`; never in production). */
  @Transform(toBool)
  @IsBoolean()
  DEMO_SEED = false;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  SESSION_TTL_SECONDS = 7 * 24 * 3600;

  /**
   * Who a token belongs to and their grants are kept in memory this long (0: every request asks the database).
   * A change of grants or sessions reaches every replica within AUTH_CHANGE_POLL_MS regardless.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  AUTH_CACHE_SECONDS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  AUTH_CACHE_MAX_ENTRIES = 50_000;

  /**
   * Published things (immutable, hashed) are kept rendered this long per replica, at most 500 of each kind
   * (common/cache/published-cache.ts), and served with an ETag: a period's detail — a question, answer, flag,
   * correction or billing change in its compound drops it here at once —, a vote's final result, and the service
   * disclosure page (re-read whenever the compound's chain has moved). 0: nothing kept; the ETags stay.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  PUBLISHED_CACHE_SECONDS = 60;

  /** How often each replica reads the recorded access changes (revocations) of all replicas. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  AUTH_CHANGE_POLL_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

  /** Where uploaded files (vouchers, photos, reports) live: local disk, or an S3-compatible object store. */
  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** local: the folder. */
  @IsString()
  STORAGE_DIR = '.data/files';

  /** s3: the endpoint of an S3-compatible store (MinIO, OSS, COS…); unset for AWS itself. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @IsOptional()
  @IsString()
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Key prefix inside the bucket, e.g. `xiaoqu/`. */
  @IsString()
  S3_PREFIX = '';

  /** Trust model: expense lines above this amount need a voucher before publishing (a compound may set its own). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  VOUCHER_REQUIRED_ABOVE_FEN = 100000;

  /** Subscribe-message template ids (from the WeChat admin console); unset → that notice is not sent. */
  @IsOptional()
  @IsString()
  WECHAT_TPL_QUESTION_ANSWERED?: string;

  /** A CJK font for printed notices (Debian: fonts-noto-cjk); a .ttc needs PDF_FONT_FAMILY too. */
  @IsString()
  PDF_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

  @IsOptional()
  @IsString()
  PDF_FONT_FAMILY?: string = 'NotoSansCJKsc-Regular';

  /** Where residents open the mini program's h5 build: printed QR codes point there. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_H5_URL = 'http://127.0.0.1:3000/';

  /** Subscribe-message template for vote reminders (a vote opens; a day before it closes). */
  @IsOptional()
  @IsString()
  WECHAT_TPL_VOTE_REMINDER?: string;

  /**
   * How often the owner-vote scheduler runs (opens, closes at the closing time, makes results final, reminds), in
   * seconds; 0 turns it off (tests run it by hand). A vote closes within this long after its closing time.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  REMINDER_INTERVAL_SECONDS = 60;

  /** Complaint deadlines, in minutes (the plan's defaults: accept in 2 hours; resolve in 3, 7 and 15 days). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  COMPLAINT_ACCEPT_MINUTES = 120;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  COMPLAINT_RESOLVE_MINUTES_ORDINARY = 3 * 24 * 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  COMPLAINT_RESOLVE_MINUTES_DIFFICULT = 7 * 24 * 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  COMPLAINT_RESOLVE_MINUTES_MAJOR = 15 * 24 * 60;

  /** How often the complaint scheduler (escalation past deadlines, auto-close) runs, in seconds; 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  COMPLAINT_SCHEDULER_SECONDS = 300;

  /** How often every stored file is re-hashed against the digest recorded at upload, in minutes; 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  FILE_VERIFY_INTERVAL_MINUTES = 1440;

  /** Subscribe-message templates: the resident about their complaint; the handler about new and overdue items. */
  @IsOptional()
  @IsString()
  WECHAT_TPL_COMPLAINT_UPDATE?: string;

  @IsOptional()
  @IsString()
  WECHAT_TPL_COMPLAINT_ASSIGNED?: string;

  /** Pass residents' text and photos through WeChat's content checks (msgSecCheck, mediaCheckAsync). */
  @Transform(toBool)
  @IsBoolean()
  CONTENT_CHECK = false;

  /** The API's public address, from which WeChat fetches photos to check (a signed link per photo). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_API_URL?: string;

  /** The token of the mini program's message push (消息推送), which signs WeChat's calls to /api/wechat/events. */
  @IsOptional()
  @IsString()
  WECHAT_PUSH_TOKEN?: string;

  /** A built h5 mini program to serve at `/` (the demo); unset in production, where a CDN serves it. */
  @IsOptional()
  @IsString()
  H5_DIR?: string;

  /** `1` serves the OpenAPI UI and JSON (/api/docs, /api/docs-json); default on, except in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  API_DOCS?: boolean;

  /**
   * Behind a load balancer or reverse proxy: `1` takes the caller's address from X-Forwarded-For (per-IP rate
   * limits and logs then count residents, not the proxy). Off by default: a direct caller could forge the header.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY?: boolean;

  /**
   * Rate limits: requests per THROTTLE_WINDOW_SECONDS to one route, per IP and per person (0 turns a limit off).
   * Logins (each a call to WeChat), filings (complaints, proposals, questions), owner claims and photo uploads.
   * Per-IP limits are higher: many residents share a carrier's address.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  THROTTLE_WINDOW_SECONDS = 60;

  /** Where hit counts live: `memory` (one API process; several replicas need a shared store, see ThrottleStore). */
  @IsIn(['memory'])
  THROTTLE_STORE = 'memory' as const;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  THROTTLE_LOGIN_PER_IP = 60;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  THROTTLE_WRITE_PER_PERSON = 30;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  THROTTLE_WRITE_PER_IP = 300;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  THROTTLE_CLAIM_PER_PERSON = 10;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  THROTTLE_CLAIM_PER_IP = 60;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  THROTTLE_UPLOAD_PER_PERSON = 60;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  THROTTLE_UPLOAD_PER_IP = 300;

  /** Owner claims whose roster match fails, per person and day (China time): the last 4 digits have 10,000 values. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  CLAIM_MAX_UNMATCHED_PER_DAY = 5;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws a ConfigError whose message is one line. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, defined, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const first = errors[0];
    const why = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const more =
      errors.length > 1
        ? ` (and ${errors.length - 1} more: ${errors
            .slice(1)
            .map((e) => e.property)
            .join(', ')})`
        : '';
    throw new ConfigError(`Invalid configuration: ${first.property}: ${why}${more}`);
  }
  if (config.NODE_ENV === 'production' && config.AUTH_DEV_LOGIN) {
    throw new ConfigError('Invalid configuration: AUTH_DEV_LOGIN must not be on in production');
  }
  if (
    config.STORAGE_DRIVER === 's3' &&
    (!config.S3_BUCKET || !config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY)
  ) {
    throw new ConfigError(
      'Invalid configuration: STORAGE_DRIVER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    );
  }
  if (config.NODE_ENV === 'production' && config.DEMO_SEED) {
    throw new ConfigError('Invalid configuration: DEMO_SEED must not be on in production');
  }
  if (config.NODE_ENV === 'production' && (!config.WECHAT_APPID || !config.WECHAT_SECRET)) {
    throw new ConfigError('Invalid configuration: WECHAT_APPID and WECHAT_SECRET are required in production');
  }
  return config;
}
