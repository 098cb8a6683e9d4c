import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegie, type TestRegie } from '../support/harness.js';

/**
 * Staff sign-in against a real, certified OpenID provider (oidc-provider) on a random localhost port, driven
 * browserless: plain fetch, manual redirects and a cookie jar per origin. The provider's login and consent
 * steps are answered automatically for whichever account `nextAccount` names.
 */

const CLIENT_ID = 'regie';
const CLIENT_SECRET = 'regie-test-client-secret-0123456789';
const AUDIENCE = 'regie-api';
const ADVISOR_SUBJECT = 'idp-advisor-rn-4711';
const UNKNOWN_SUBJECT = 'idp-nobody-0815';

const accounts: Record<string, { preferred_username: string; name: string }> = {
  [ADVISOR_SUBJECT]: { preferred_username: 'rn-advisor-at-idp', name: 'Advisor RN' },
  [UNKNOWN_SUBJECT]: { preferred_username: 'niet-bij-regie', name: 'Onbekende Medewerker' },
};

let nextAccount = ADVISOR_SUBJECT;
let idp: Server;
let issuer: string;
let signingKey: CryptoKey;
let signingJwk: JWK;
let t: TestRegie;
let regieUrl: string;

async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

async function startProvider(redirectUri: string): Promise<void> {
  idp = createHttpServer();
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  signingKey = privateKey;
  signingJwk = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingJwk] },
    cookies: { keys: ['oidc-test-cookie-key-0123456789abcdef'] },
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'] },
    // Put the profile claims in the ID token (as Keycloak does), so Regie needs no userinfo call.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    features: { devInteractions: { enabled: false } },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts[sub];
      return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
    },
  });
  const handle = provider.callback();

  // A minimal interaction endpoint instead of the HTML dev interactions: log in as nextAccount, consent to all.
  idp.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: nextAccount } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const grant = new provider.Grant({
        accountId: details.session!.accountId,
        clientId: details.params.client_id,
      });
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
        grant.addResourceScope(resource, scopes.join(' '));
      }
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    })().catch((err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  });
}

/** A browser without a browser: follows redirects by hand and keeps cookies per origin. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** `html`: send Accept: text/html like a real browser navigating. */
  constructor(private readonly html = false) {}

  private jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  async get(url: string): Promise<Response> {
    const origin = new URL(url).origin;
    const cookie = [...this.jar(origin)].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...(this.html ? { accept: 'text/html,*/*;q=0.8' } : {}) },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => {
        const [k = '', v = ''] = a.split('=').map((s) => s.trim());
        return (
          (/^max-age$/i.test(k) && Number(v) <= 0) || (/^expires$/i.test(k) && Date.parse(v) < Date.now())
        );
      });
      if (expired || value === '') this.jar(origin).delete(name);
      else this.jar(origin).set(name, value);
    }
    return res;
  }

  /**
   * From Regie's /auth/login through the provider back to Regie's callback; `tamper` may change the callback
   * URL before it is followed. Returns Regie's answer to the callback.
   */
  async signIn(tamper?: (callback: URL) => void): Promise<Response> {
    let url = `${regieUrl}/auth/login`;
    for (let hop = 0; hop < 15; hop++) {
      const target = new URL(url);
      if (target.origin === regieUrl && target.pathname === '/auth/callback') {
        tamper?.(target);
        return this.get(target.href);
      }
      const res = await this.get(url);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) {
        throw new Error(`sign-in stopped at ${url}: ${res.status} ${await res.text()}`);
      }
      url = new URL(location, url).href;
    }
    throw new Error('too many redirects');
  }
}

const tokenFrom = (res: Response): string | undefined => {
  const location = res.headers.get('location');
  return location
    ? (new URLSearchParams(new URL(location).hash.slice(1)).get('token') ?? undefined)
    : undefined;
};

beforeAll(async () => {
  const regiePort = await freePort();
  regieUrl = `http://127.0.0.1:${regiePort}`;
  await startProvider(`${regieUrl}/auth/callback`);
  t = await startRegie({
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URI: `${regieUrl}/auth/callback`,
      OIDC_AUDIENCE: AUDIENCE,
      REGIE_PUBLIC_URL: regieUrl,
    },
  });
  await t.regie.db.asOwner((tx) =>
    tx.query(`UPDATE users SET oidc_subject = $1 WHERE username = 'advisor.rn'`, [ADVISOR_SUBJECT]),
  );
  await t.regie.app.listen({ host: '127.0.0.1', port: regiePort });
});

afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => (idp ? idp.close(() => resolve()) : resolve()));
});

describe('OIDC sign-in (authorization code + PKCE)', () => {
  it('says OIDC is on and where to start', async () => {
    const r = await t.api<{ oidc: boolean; oidcLoginUrl?: string }>('GET', '/api/v1/auth/config');
    expect(r.body).toMatchObject({ oidc: true, oidcLoginUrl: '/auth/login' });
  });

  it('/auth/login redirects to the provider with PKCE S256, state and nonce in an HttpOnly cookie', async () => {
    const res = await new Browser().get(`${regieUrl}/auth/login`);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin).toBe(issuer);
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toBeTruthy();
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    expect(location.searchParams.get('redirect_uri')).toBe(`${regieUrl}/auth/callback`);
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/regie_oidc=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // The cookie is encrypted: neither the verifier nor the state is readable in it.
    expect(cookie).not.toContain(location.searchParams.get('state')!);
  });

  it('signs a linked user in and hands the SPA a Regie token in the URL fragment', async () => {
    nextAccount = ADVISOR_SUBJECT;
    const res = await new Browser().signIn();
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(`${regieUrl}/`);
    expect(location.search).toBe('');
    const token = tokenFrom(res);
    expect(token).toBeTruthy();
    const me = await t.api<{ username: string; organisation: { code: string } }>('GET', '/api/v1/me', token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'advisor.rn', organisation: { code: 'RN' } });
  });

  it('refuses a callback whose state does not match, without a token', async () => {
    nextAccount = ADVISOR_SUBJECT;
    const res = await new Browser().signIn((callback) => callback.searchParams.set('state', 'forged-state'));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(tokenFrom(res)).toBeUndefined();
    expect(await res.text()).not.toMatch(/eyJ/);
  });

  it('refuses a callback that was not started in this browser (no flow cookie)', async () => {
    nextAccount = ADVISOR_SUBJECT;
    let callbackUrl = '';
    await new Browser().signIn((callback) => {
      callbackUrl = callback.href;
      callback.pathname = '/auth/not-followed';
    });
    const res = await new Browser().get(callbackUrl);
    expect(res.status).toBe(400);
    expect(tokenFrom(res)).toBeUndefined();
  });

  it('refuses an identity without an active Regie user with 403 problem+json', async () => {
    nextAccount = UNKNOWN_SUBJECT;
    const res = await new Browser().signIn();
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await res.json()) as { status: number; title: string; detail: string };
    expect(problem).toMatchObject({ status: 403, title: 'Forbidden' });
    expect(problem.detail).toMatch(/niet gekoppeld aan een actieve Regie-gebruiker/);
    expect(tokenFrom(res)).toBeUndefined();
  });

  it('sends a person in a browser back to the sign-in page with the Dutch message', async () => {
    nextAccount = UNKNOWN_SUBJECT;
    const res = await new Browser(true).signIn();
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(location.pathname).toBe('/inloggen');
    const message = new URLSearchParams(location.hash.slice(1)).get('fout');
    expect(message).toMatch(/niet gekoppeld aan een actieve Regie-gebruiker/);
    expect(location.hash).not.toMatch(/token=/);
  });
});

describe("the provider's access tokens as bearer", () => {
  const accessToken = (key: CryptoKey, claims: { sub?: string; aud?: string; iss?: string } = {}) =>
    new SignJWT({ scope: 'openid profile', client_id: CLIENT_ID })
      .setProtectedHeader({ alg: 'RS256', kid: signingJwk.kid!, typ: 'at+jwt' })
      .setIssuer(claims.iss ?? issuer)
      .setAudience(claims.aud ?? AUDIENCE)
      .setSubject(claims.sub ?? ADVISOR_SUBJECT)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed with the provider key, for the linked user', async () => {
    const r = await t.api<{ username: string }>('GET', '/api/v1/me', await accessToken(signingKey));
    expect(r.status).toBe(200);
    expect(r.body.username).toBe('advisor.rn');
  });

  it('refuses a token signed by another key, even with the same kid', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const r = await t.api('GET', '/api/v1/me', await accessToken(privateKey));
    expect(r.status).toBe(401);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses a wrong audience, a wrong issuer and an unlinked subject', async () => {
    expect(
      (await t.api('GET', '/api/v1/me', await accessToken(signingKey, { aud: 'someone-else' }))).status,
    ).toBe(401);
    expect(
      (await t.api('GET', '/api/v1/me', await accessToken(signingKey, { iss: 'https://idp.invalid' })))
        .status,
    ).toBe(401);
    expect(
      (await t.api('GET', '/api/v1/me', await accessToken(signingKey, { sub: UNKNOWN_SUBJECT }))).status,
    ).toBe(401);
  });
});

describe('a provider that is down', () => {
  it('does not stop Regie from starting; sign-in answers 503 and retries discovery on the next attempt', async () => {
    const port = await freePort();
    const downIssuer = `http://127.0.0.1:${port}`;
    const other = await startRegie({
      env: { OIDC_ISSUER: downIssuer, OIDC_CLIENT_ID: CLIENT_ID, REGIE_PUBLIC_URL: 'http://127.0.0.1:1' },
    });
    let late: Server | undefined;
    try {
      const down = await other.regie.app.inject({ method: 'GET', url: '/auth/login' });
      expect(down.statusCode).toBe(503);
      expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
      // The API keeps working with Regie's own tokens meanwhile.
      expect((await other.api('GET', '/api/v1/me', await other.login('advisor.rn'))).status).toBe(200);

      // The provider comes up (a bare discovery document is enough to build the authorization URL).
      late = createHttpServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            issuer: downIssuer,
            authorization_endpoint: `${downIssuer}/auth`,
            token_endpoint: `${downIssuer}/token`,
            jwks_uri: `${downIssuer}/jwks`,
            response_types_supported: ['code'],
            code_challenge_methods_supported: ['S256'],
          }),
        );
      });
      await new Promise<void>((resolve) => late!.listen(port, '127.0.0.1', resolve));
      const up = await other.regie.app.inject({ method: 'GET', url: '/auth/login' });
      expect(up.statusCode).toBe(302);
      expect(String(up.headers.location)).toMatch(new RegExp(`^${downIssuer}/auth\\?`));
    } finally {
      await other.close();
      await new Promise<void>((resolve) => (late ? late.close(() => resolve()) : resolve()));
    }
  });
});
