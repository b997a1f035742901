import { ERROR_MESSAGES, isErrorCode, type ErrorCode, type ErrorDetail, type LoginResponse } from '@xiaoqu/shared';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** What the transport answers: any HTTP status resolves; only a network failure rejects. */
export interface HttpResponse {
  status: number;
  data: unknown;
}

/** A file to upload: a local path on weapp, a Blob (from `<input type="file">`) on h5. */
export type UploadFile = { kind: 'path'; path: string; name: string } | { kind: 'blob'; blob: Blob; name: string };

/** The HTTP layer, injected so that tests can answer like the API without a network. */
export interface Transport {
  request(options: {
    method: HttpMethod;
    url: string;
    headers: Record<string, string>;
    body?: unknown;
  }): Promise<HttpResponse>;
  /** Sends `file` as the multipart field `field`. */
  upload(options: {
    url: string;
    headers: Record<string, string>;
    field: string;
    file: UploadFile;
  }): Promise<HttpResponse>;
  /**
   * Fetches a file that needs the token. On success `data` is where the bytes now are: a temporary file path on
   * weapp, an object URL on h5; on failure the error body, when it could be read.
   */
  download(options: { url: string; headers: Record<string, string> }): Promise<HttpResponse>;
}

export interface StoredSession {
  token: string;
  /** ISO 8601 */
  expiresAt: string;
}

export interface SessionStore {
  get(): StoredSession | null;
  set(session: StoredSession | null): void;
}

/** Error codes of the API plus the two the client itself produces. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'LOGIN_REQUIRED';

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后再试';
export const LOGIN_REQUIRED_MESSAGE = '请先登录';
const UNKNOWN_MESSAGE = '服务出了点问题，请稍后再试';
const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** Every failed call rejects with this; `message` is Chinese and ready to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly status: number,
    readonly details: ErrorDetail[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isAuthFailure(): boolean {
    return this.code === 'LOGIN_REQUIRED' || this.code === 'UNAUTHENTICATED' || this.code === 'TOKEN_EXPIRED';
  }
}

/** Turns an error answer of the API into an ApiError with a Chinese message. */
export function toApiError(status: number, data: unknown): ApiError {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const serverMessage = typeof body.message === 'string' ? body.message : '';
  const details = Array.isArray(body.details) ? (body.details as ErrorDetail[]) : [];
  const requestId = typeof body.requestId === 'string' ? body.requestId : null;
  if (isErrorCode(body.code)) {
    // The server's own Chinese message is the more precise one (“这套房屋不在本次表决的名册中”); English is not shown.
    const message = HAS_CHINESE.test(serverMessage) ? serverMessage : ERROR_MESSAGES[body.code];
    return new ApiError(body.code, message, status, details, requestId);
  }
  // Not one of our codes (a proxy page, an older server): say something useful rather than nothing.
  const fallbackCode: ErrorCode =
    status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  const message = HAS_CHINESE.test(serverMessage)
    ? serverMessage
    : status >= 500 || status < 400
      ? UNKNOWN_MESSAGE
      : ERROR_MESSAGES[fallbackCode];
  return new ApiError(fallbackCode, message, status, details, requestId);
}

/** A message for any thrown value, for toasts. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return UNKNOWN_MESSAGE;
}

/** An unauthenticated JSON POST, handed to `authenticate` to call a login route. */
export type PlainPost = <T>(path: string, body: unknown) => Promise<T>;

export interface ApiClientOptions {
  /** '' on h5 (same origin); the API origin on weapp. */
  baseUrl: string;
  transport: Transport;
  sessions: SessionStore;
  /**
   * Obtains a new session (weapp: wx.login → wechat-login; h5: dev-login with the chosen persona).
   * Throws ApiError LOGIN_REQUIRED when only the user can log in (no persona chosen yet).
   */
  authenticate: (post: PlainPost) => Promise<LoginResponse>;
  /** Called once per refused login (not on network failures), e.g. to open the login page. */
  onLoginRequired?: (error: ApiError) => void;
  /** For tests; Date.now by default. */
  now?: () => number;
}

export interface RequestOptions {
  query?: Record<string, string | number | null | undefined>;
  body?: unknown;
  /** Extra headers, e.g. `Idempotency-Key`; sent again unchanged when the request is retried after a renewal. */
  headers?: Record<string, string>;
}

// Renew a little before the server would refuse the token.
const EXPIRY_MARGIN_MS = 60_000;

export function buildQuery(query: RequestOptions['query']): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, query?: RequestOptions['query']): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  upload<T>(path: string, field: string, file: UploadFile): Promise<T>;
  /** A file behind the token: a temporary path (weapp) or an object URL (h5). */
  download(path: string): Promise<string>;
  /** Logs in now (shared with any renewal in flight). */
  login(): Promise<void>;
  /** Forgets the session here and revokes its token on the server (without waiting for the answer). */
  logout(): void;
  hasSession(): boolean;
}

/**
 * The one way the mini program talks to the API: adds the token, renews the login once for every request that
 * meets a 401 at the same moment, retries each of them once, and turns error answers into Chinese messages.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl, transport, sessions, authenticate, onLoginRequired } = options;
  const now = options.now ?? Date.now;
  let renewing: Promise<string> | null = null;

  const plainPost: PlainPost = async <T>(path: string, body: unknown): Promise<T> => {
    const res = await send(() =>
      transport.request({ method: 'POST', url: baseUrl + path, headers: { 'Content-Type': 'application/json' }, body }),
    );
    if (res.status >= 200 && res.status < 300) return res.data as T;
    throw toApiError(res.status, res.data);
  };

  async function send(call: () => Promise<HttpResponse>): Promise<HttpResponse> {
    try {
      return await call();
    } catch {
      throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
    }
  }

  function validToken(): string | null {
    const session = sessions.get();
    if (!session) return null;
    const expiresAt = Date.parse(session.expiresAt);
    if (Number.isFinite(expiresAt) && expiresAt - EXPIRY_MARGIN_MS <= now()) return null;
    return session.token;
  }

  /** One login at a time: every caller waiting for a token shares it. */
  function renew(): Promise<string> {
    if (!renewing) {
      renewing = (async () => {
        try {
          const login = await authenticate(plainPost);
          sessions.set({ token: login.token, expiresAt: login.expiresAt });
          return login.token;
        } catch (error) {
          sessions.set(null);
          const apiError = error instanceof ApiError ? error : new ApiError('NETWORK', NETWORK_MESSAGE, 0);
          // Only a refused login needs the user; a network failure is shown where it happened.
          if (apiError.isAuthFailure) onLoginRequired?.(apiError);
          throw apiError;
        }
      })().finally(() => {
        renewing = null;
      });
    }
    return renewing;
  }

  async function token(): Promise<string> {
    if (renewing) return renewing;
    return validToken() ?? renew();
  }

  async function authorized(call: (headers: Record<string, string>) => Promise<HttpResponse>): Promise<unknown> {
    let sentWith = await token();
    let res = await send(() => call({ Authorization: `Bearer ${sentWith}` }));
    if (res.status === 401 && isRenewable(res.data)) {
      // Another request may already have renewed while this one was in flight: then just use the new token.
      const current = renewing ? await renewing : validToken();
      sentWith = current && current !== sentWith ? current : await renew();
      res = await send(() => call({ Authorization: `Bearer ${sentWith}` }));
    }
    if (res.status >= 200 && res.status < 300) return res.data;
    const error = toApiError(res.status, res.data);
    if (res.status === 401) {
      sessions.set(null);
      onLoginRequired?.(error);
    }
    throw error;
  }

  const client: ApiClient = {
    async request<T>(method: HttpMethod, path: string, opts: RequestOptions = {}): Promise<T> {
      const url = baseUrl + path + buildQuery(opts.query);
      const data = await authorized((auth) =>
        transport.request({
          method,
          url,
          headers:
            opts.body === undefined
              ? { ...opts.headers, ...auth }
              : { ...opts.headers, ...auth, 'Content-Type': 'application/json' },
          body: opts.body,
        }),
      );
      return data as T;
    },
    get: (path, query) => client.request('GET', path, { query }),
    post: (path, body) => client.request('POST', path, { body: body ?? {} }),
    patch: (path, body) => client.request('PATCH', path, { body: body ?? {} }),
    async upload<T>(path: string, field: string, file: UploadFile): Promise<T> {
      const data = await authorized((auth) => transport.upload({ url: baseUrl + path, headers: auth, field, file }));
      return data as T;
    },
    async download(path: string): Promise<string> {
      const data = await authorized((auth) => transport.download({ url: baseUrl + path, headers: auth }));
      if (typeof data !== 'string') throw new ApiError('INTERNAL', UNKNOWN_MESSAGE, 200);
      return data;
    },
    async login() {
      await renew();
    },
    logout() {
      const session = sessions.get();
      sessions.set(null);
      // Revoke the token on the server too; if that fails, the token still expires on its own.
      if (session)
        transport
          .request({
            method: 'POST',
            url: `${baseUrl}/api/auth/logout`,
            headers: { Authorization: `Bearer ${session.token}` },
          })
          .catch(() => undefined);
    },
    hasSession: () => validToken() !== null,
  };
  return client;
}

function isRenewable(data: unknown): boolean {
  const code = typeof data === 'object' && data !== null ? (data as { code?: unknown }).code : undefined;
  // A bare 401 without our body (e.g. from a proxy) is treated like an expired token too.
  return code === undefined || code === 'TOKEN_EXPIRED' || code === 'UNAUTHENTICATED';
}
