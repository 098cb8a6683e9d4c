import { ApiError, NETWORK_MESSAGE, toApiError } from './problem';
import type { Problem } from './types';

const TOKEN_KEY = 'regie.token';

/** The bearer token lives in sessionStorage: it ends with the tab, and other tabs sign in themselves. */
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called when the API refuses the token (expired, revoked): the app goes back to the sign-in page. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  opts: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = tokenStore.get();
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : null,
    });
  } catch {
    throw new ApiError(0, NETWORK_MESSAGE, null, {});
  }

  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    if (res.status === 401 && token) {
      tokenStore.clear();
      for (const l of unauthorizedListeners) l();
    }
    const problem = data && typeof data === 'object' && 'status' in data ? (data as Problem) : null;
    throw toApiError(res.status, problem);
  }
  return data as T;
}

/** A binary answer (the advice PDF), fetched with the bearer token; errors as for `request`. */
export async function requestBlob(path: string, query?: Query): Promise<Blob> {
  const headers: Record<string, string> = { accept: 'application/pdf, application/problem+json' };
  const token = tokenStore.get();
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), { headers });
  } catch {
    throw new ApiError(0, NETWORK_MESSAGE, null, {});
  }
  if (!res.ok) {
    let problem: Problem | null;
    try {
      problem = (await res.json()) as Problem;
    } catch {
      problem = null;
    }
    if (res.status === 401 && token) {
      tokenStore.clear();
      for (const l of unauthorizedListeners) l();
    }
    throw toApiError(res.status, problem);
  }
  return res.blob();
}
