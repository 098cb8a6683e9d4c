import { useSyncExternalStore } from 'react';

// History routing: the server answers every non-API path with index.html, so paths are real URLs.

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
window.addEventListener('popstate', notify);

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

export type Route =
  | { page: 'sign-in' }
  | { page: 'caseload' }
  | { page: 'client'; clientId: string }
  | { page: 'order'; orderId: string }
  | { page: 'em-advice'; adviceId: string }
  | { page: 'intake' }
  | { page: 'em-request' }
  | { page: 'distribution-keys' }
  | { page: 'em-signal-rules' }
  | { page: 'hearings' }
  | { page: 'not-found' };

export const paths = {
  signIn: '/inloggen',
  caseload: '/',
  client: (id: string) => `/clienten/${encodeURIComponent(id)}`,
  order: (id: string) => `/opdrachten/${encodeURIComponent(id)}`,
  emAdvice: (id: string) => `/em-adviezen/${encodeURIComponent(id)}`,
  intake: '/instroom',
  emRequest: '/loket-em',
  distributionKeys: '/verdeelsleutels',
  emSignalRules: '/em-signaalregels',
  hearings: '/schaduwlijst',
};

const STATIC: Record<string, Route> = {
  [paths.intake]: { page: 'intake' },
  [paths.emRequest]: { page: 'em-request' },
  [paths.distributionKeys]: { page: 'distribution-keys' },
  [paths.emSignalRules]: { page: 'em-signal-rules' },
  [paths.hearings]: { page: 'hearings' },
};

export function matchRoute(path: string): Route {
  if (path === '/' || path === '/caseload') return { page: 'caseload' };
  if (path === paths.signIn) return { page: 'sign-in' };
  const fixed = STATIC[path.replace(/\/$/, '')];
  if (fixed) return fixed;
  let m = /^\/clienten\/([^/]+)\/?$/.exec(path);
  if (m) return { page: 'client', clientId: decodeURIComponent(m[1]!) };
  m = /^\/opdrachten\/([^/]+)\/?$/.exec(path);
  if (m) return { page: 'order', orderId: decodeURIComponent(m[1]!) };
  m = /^\/em-adviezen\/([^/]+)\/?$/.exec(path);
  if (m) return { page: 'em-advice', adviceId: decodeURIComponent(m[1]!) };
  return { page: 'not-found' };
}
