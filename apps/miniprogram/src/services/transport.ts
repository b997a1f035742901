import Taro from '@tarojs/taro';
import type { HttpResponse, SessionStore, StoredSession, Transport } from './request';

const TIMEOUT_MS = 15_000;
const IS_H5 = process.env.TARO_ENV === 'h5';

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Taro.request on both platforms; uploads through Taro.uploadFile on weapp and fetch + FormData on h5; downloads
 * through Taro.downloadFile on weapp and fetch + an object URL on h5.
 */
export const taroTransport: Transport = {
  async request({ method, url, headers, body }): Promise<HttpResponse> {
    const res = await Taro.request({
      url,
      method,
      header: headers,
      data: body as TaroGeneral.IAnyObject | undefined,
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
    return { status: res.statusCode, data: res.data };
  },
  async upload({ url, headers, field, file }): Promise<HttpResponse> {
    if (file.kind === 'blob') {
      const form = new FormData();
      form.append(field, file.blob, file.name);
      const res = await fetch(url, { method: 'POST', headers, body: form });
      return { status: res.status, data: parseJson(await res.text()) };
    }
    const res = await Taro.uploadFile({ url, filePath: file.path, name: field, header: headers, timeout: TIMEOUT_MS });
    return { status: res.statusCode, data: parseJson(res.data) };
  },
  async download({ url, headers }): Promise<HttpResponse> {
    if (IS_H5) {
      const res = await fetch(url, { headers });
      if (!res.ok) return { status: res.status, data: parseJson(await res.text()) };
      return { status: res.status, data: URL.createObjectURL(await res.blob()) };
    }
    const res = await Taro.downloadFile({ url, header: headers, timeout: TIMEOUT_MS });
    // The error body went to a file; the status says enough to choose the message.
    return { status: res.statusCode, data: res.statusCode >= 200 && res.statusCode < 300 ? res.tempFilePath : null };
  },
};

const SESSION_KEY = 'xiaoqu.session';

/** The session token in Taro storage (wx storage on weapp, localStorage on h5). */
export const storageSessions: SessionStore = {
  get() {
    try {
      const value = Taro.getStorageSync(SESSION_KEY) as StoredSession | '';
      return value && typeof value.token === 'string' ? value : null;
    } catch {
      return null;
    }
  },
  set(session) {
    if (session) Taro.setStorageSync(SESSION_KEY, session);
    else Taro.removeStorageSync(SESSION_KEY);
  },
};
