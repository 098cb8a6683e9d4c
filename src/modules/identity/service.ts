import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/index.js';
import { notFound } from '../../platform/http/problem.js';
import { appendAudit } from '../audit/store.js';
import type { AuthUser } from './model.js';
import * as store from './store.js';
import { SessionTokens } from './tokens.js';

/** External bearer tokens (an OIDC provider's access tokens), plugged in when OIDC is configured. */
export interface ExternalTokenVerifier {
  /** The OIDC subject of a valid token, or undefined when the token is not one of the provider's. */
  subjectOf(token: string): Promise<string | undefined>;
}

export class IdentityService {
  readonly tokens: SessionTokens;
  external: ExternalTokenVerifier | undefined;

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'sessionSecret' | 'sessionTtlSeconds' | 'devLogin'>,
  ) {
    this.tokens = new SessionTokens(config.sessionSecret, config.sessionTtlSeconds);
  }

  /** Demo and test only: sign in by username. The route does not exist unless dev login is configured. */
  async devLogin(username: string): Promise<{ token: string; user: AuthUser }> {
    const user = await this.db.asApp((tx) => store.findActiveUserByUsername(tx, username));
    if (!user) throw notFound(`User "${username}"`);
    await this.db.asActor({ userId: user.id }, (tx) =>
      appendAudit(tx, { action: 'auth.dev-login', resource: '/auth/dev-login' }),
    );
    return { token: await this.tokens.issue(user.id), user };
  }

  /** Signs in the user an OIDC provider vouched for (by subject, else by preferred username). */
  async oidcLogin(
    subject: string,
    preferredUsername: string | undefined,
  ): Promise<{ token: string; user: AuthUser } | undefined> {
    const user = await this.db.asApp(
      async (tx) =>
        (await store.findActiveUserBySubject(tx, subject)) ??
        (preferredUsername ? await store.findActiveUserByUsername(tx, preferredUsername) : undefined),
    );
    if (!user) return undefined;
    await this.db.asActor({ userId: user.id }, (tx) =>
      appendAudit(tx, { action: 'auth.oidc-login', resource: '/auth/callback' }),
    );
    return { token: await this.tokens.issue(user.id), user };
  }

  /** Every request: a Regie session token, or (with OIDC) the provider's own access token. */
  async authenticate(token: string): Promise<AuthUser | { error: string }> {
    const session = await this.tokens.verify(token);
    if ('userId' in session) {
      return this.db.asApp(async (tx) => {
        if (await store.isSessionRevoked(tx, session.sessionId))
          return { error: 'the session was signed out' };
        return (
          (await store.findActiveUserById(tx, session.userId)) ?? { error: 'the user is no longer active' }
        );
      });
    }
    if (this.external) {
      const subject = await this.external.subjectOf(token);
      if (subject) {
        const user = await this.db.asApp((tx) => store.findActiveUserBySubject(tx, subject));
        return user ?? { error: 'no active Regie user for this identity' };
      }
    }
    return { error: session.error === 'expired' ? 'the token has expired' : 'the token is not valid' };
  }

  /** Ends a Regie session on the server: the token is refused from now on, also if it was copied. */
  async logout(token: string): Promise<void> {
    const session = await this.tokens.verify(token);
    if (!('userId' in session)) return;
    await this.db.asActor({ userId: session.userId }, async (tx) => {
      await store.revokeSession(tx, session.sessionId, session.expiresAt);
      await appendAudit(tx, { action: 'auth.logout', resource: '/auth/logout' });
    });
  }

  organisationStructure() {
    return this.db.asApp((tx) => store.listOrganisationStructure(tx));
  }

  demoUsers() {
    return this.db.asApp((tx) => store.listActiveUsers(tx));
  }
}
