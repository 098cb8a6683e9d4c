import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { onUnauthorized, tokenStore } from './api/client';
import { api } from './api/endpoints';
import { messageOf } from './api/problem';
import type { User } from './api/types';

export interface Session {
  /** undefined while the stored token is being checked. */
  user: User | null | undefined;
  /** Why the user was signed out, shown on the sign-in page. */
  notice: string | null;
  signIn(token: string, user: User): void;
  signOut(notice?: string): void;
}

const SessionContext = createContext<Session | null>(null);

/** The OIDC callback redirects to `/#token=…`: keep the token and take it out of the address bar. */
function takeTokenFromFragment(): void {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!m) return;
  tokenStore.set(decodeURIComponent(m[1]!));
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** A failed OIDC sign-in redirects to `/inloggen#fout=…` with a Dutch message: show it once. */
function takeErrorFromFragment(): string | null {
  const m = /(?:^#|&)fout=([^&]+)/.exec(location.hash);
  if (!m) return null;
  history.replaceState(history.state, '', location.pathname + location.search);
  return decodeURIComponent(m[1]!.replace(/\+/g, ' '));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(() => {
    takeTokenFromFragment();
    return tokenStore.get() ? undefined : null;
  });
  const [notice, setNotice] = useState<string | null>(takeErrorFromFragment);

  useEffect(() => {
    if (user !== undefined) return;
    let live = true;
    api
      .me()
      .then((u) => live && setUser(u))
      .catch((err: unknown) => {
        if (!live) return;
        tokenStore.clear();
        setUser(null);
        setNotice(messageOf(err));
      });
    return () => {
      live = false;
    };
  }, [user]);

  const signOut = useCallback((why?: string) => {
    // Signing out also ends the session on the server, so a copied token stops working. After a refused
    // token the store is already empty: there is nothing left to end.
    const token = tokenStore.get();
    if (token) {
      void fetch('/api/v1/auth/logout', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      }).catch(() => undefined);
    }
    tokenStore.clear();
    setNotice(why ?? null);
    setUser(null);
  }, []);

  useEffect(
    () => onUnauthorized(() => signOut('Uw sessie is verlopen of niet meer geldig. Log opnieuw in.')),
    [signOut],
  );

  const signIn = useCallback((token: string, u: User) => {
    tokenStore.set(token);
    setNotice(null);
    setUser(u);
  }, []);

  return <SessionContext value={{ user, notice, signIn, signOut }}>{children}</SessionContext>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user; only for pages rendered behind the sign-in. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

export const hasRole = (user: User, ...roles: string[]) => roles.some((r) => user.roles.includes(r));
