import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  EncryptJWT,
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtDecrypt,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import * as client from 'openid-client';
import type { Logger } from 'pino';
import type { Config } from '../../platform/config.js';
import { ProblemError, badRequest, forbidden } from '../../platform/http/problem.js';
import type { ExternalTokenVerifier, IdentityService } from './service.js';

/**
 * Staff sign-in for production: the OpenID Connect authorization-code flow with PKCE (S256), state and nonce,
 * against the organisation's identity provider (Keycloak or another certified provider).
 *
 *   GET /auth/login     → 302 to the provider. The PKCE verifier, state and nonce travel in a short-lived,
 *                         encrypted (A256GCM), HttpOnly, SameSite=Lax cookie scoped to /auth, so any Regie
 *                         process behind the load balancer can finish the sign-in (no server-side session).
 *   GET /auth/callback  → exchanges the code, checks state, nonce and the ID token, maps `sub` (else
 *                         `preferred_username`) to an active Regie user and answers 303 to
 *                         `<REGIE_PUBLIC_URL>/#token=<Regie session token>`.
 *
 * How the SPA receives the token: it is in the URL *fragment*, which browsers never send to a server, so it
 * stays out of access logs and Referer headers. On start the SPA reads `location.hash`, takes `token`, stores
 * it like a dev-login token (used as `Authorization: Bearer …`) and removes the fragment with
 * `history.replaceState`. The token is an ordinary Regie session token (see tokens.ts).
 *
 * API clients may instead send the provider's own JWT access tokens as bearer: {@link ProviderTokenVerifier}
 * checks them against the provider's JWKS, issuer and audience (OIDC_AUDIENCE, else the client id).
 *
 * Discovery is lazy: a provider that is down when Regie starts is logged and retried on the next sign-in.
 */

type OidcSettings = NonNullable<Config['oidc']>;

const FLOW_COOKIE = 'regie_oidc';
const FLOW_TTL_SECONDS = 600;
const FLOW_COOKIE_PATH = '/auth';

interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's discovered metadata and client configuration, fetched once and retried after a failure. */
export class OidcProvider {
  private pending: Promise<client.Configuration> | undefined;
  private jwks: JWTVerifyGetKey | undefined;

  constructor(
    readonly settings: OidcSettings,
    private readonly allowInsecure: boolean,
    private readonly logger: Logger,
  ) {}

  configuration(): Promise<client.Configuration> {
    this.pending ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret ? { client_secret: this.settings.clientSecret } : {},
        this.settings.clientSecret ? client.ClientSecretBasic(this.settings.clientSecret) : client.None(),
        { timeout: 10, ...(this.allowInsecure ? { execute: [client.allowInsecureRequests] } : {}) },
      )
      .then((config) => {
        this.logger.info({ issuer: this.settings.issuer }, 'OIDC provider discovered');
        return config;
      })
      .catch((err: unknown) => {
        // Forget the failure so that the next sign-in tries again.
        this.pending = undefined;
        throw err;
      });
    return this.pending;
  }

  /** Discovery at start, without failing the start when the provider is down. */
  async warmUp(): Promise<void> {
    try {
      await this.configuration();
    } catch (err) {
      this.logger.warn(
        { err: String(err), issuer: this.settings.issuer },
        'OIDC provider not reachable; sign-in retries discovery on first use',
      );
    }
  }

  async keySet(): Promise<JWTVerifyGetKey> {
    if (this.jwks) return this.jwks;
    const uri = (await this.configuration()).serverMetadata().jwks_uri;
    if (!uri) throw new Error('the OIDC provider publishes no jwks_uri');
    this.jwks = createRemoteJWKSet(new URL(uri), { timeoutDuration: 10_000 });
    return this.jwks;
  }

  async issuer(): Promise<string> {
    return (await this.configuration()).serverMetadata().issuer;
  }
}

/** Asymmetric signatures only: a provider token is verified with the provider's published public keys. */
const PROVIDER_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/**
 * Accepts the provider's JWT access tokens as bearer tokens (RFC 9068 style): signature by a key of the
 * provider's JWKS, `iss` the provider, `aud` Regie's audience, not expired. ID tokens are refused.
 */
export class ProviderTokenVerifier implements ExternalTokenVerifier {
  constructor(
    private readonly provider: OidcProvider,
    private readonly logger: Logger,
  ) {}

  async subjectOf(token: string): Promise<string | undefined> {
    // Cheap pre-check, so that garbage or Regie-shaped tokens never wait for the provider.
    try {
      const { alg } = decodeProtectedHeader(token);
      if (!alg || !PROVIDER_ALGORITHMS.includes(alg)) return undefined;
    } catch {
      return undefined;
    }
    let keys: JWTVerifyGetKey;
    let issuer: string;
    try {
      [keys, issuer] = await Promise.all([this.provider.keySet(), this.provider.issuer()]);
    } catch (err) {
      this.logger.warn({ err: String(err) }, 'OIDC provider not reachable; provider token refused');
      return undefined;
    }
    try {
      const { payload, protectedHeader } = await jwtVerify(token, keys, {
        issuer,
        audience: this.provider.settings.audience,
        algorithms: PROVIDER_ALGORITHMS,
        clockTolerance: 30,
        requiredClaims: ['sub', 'exp'],
      });
      const typ = protectedHeader.typ?.toLowerCase();
      if (typ && !['at+jwt', 'application/at+jwt', 'jwt'].includes(typ)) return undefined;
      // An ID token is proof of a sign-in for the client, not an access token for the API.
      if (payload.typ === 'ID' || payload.nonce !== undefined) return undefined;
      return payload.sub;
    } catch {
      return undefined;
    }
  }
}

/** Encrypts the pending sign-in into the flow cookie (key derived from the session secret). */
class FlowCookie {
  private readonly key: Uint8Array;
  constructor(sessionSecret: string | undefined) {
    // Without a configured secret (demo, test) a random key per process, like the session tokens.
    this.key = sessionSecret
      ? createHash('sha256').update(`regie-oidc-flow-cookie\0${sessionSecret}`).digest()
      : randomBytes(32);
  }

  seal(flow: PendingSignIn): Promise<string> {
    return new EncryptJWT({ ...flow })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(`${FLOW_TTL_SECONDS}s`)
      .encrypt(this.key);
  }

  async open(value: string | undefined): Promise<PendingSignIn | undefined> {
    if (!value) return undefined;
    try {
      const { payload } = await jwtDecrypt(value, this.key, { keyManagementAlgorithms: ['dir'] });
      const { state, nonce, codeVerifier } = payload;
      if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string')
        return undefined;
      return { state, nonce, codeVerifier };
    } catch {
      return undefined;
    }
  }
}

function readCookie(req: FastifyRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function flowCookieHeader(value: string, maxAge: number, secure: boolean): string {
  return [
    `${FLOW_COOKIE}=${encodeURIComponent(value)}`,
    `Path=${FLOW_COOKIE_PATH}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

const unavailable = () =>
  new ProblemError(
    503,
    'Service Unavailable',
    'De identiteitsprovider is op dit moment niet bereikbaar. Probeer het over enkele minuten opnieuw.',
  );

/** Everything OIDC, or undefined when OIDC_ISSUER is not configured. Plugs the bearer verifier into identity. */
export function setupOidc(config: Config, identity: IdentityService, logger: Logger): OidcSignIn | undefined {
  if (!config.oidc) return undefined;
  const issuer = new URL(config.oidc.issuer);
  // Plain http only outside production (a local test provider); production providers must use TLS.
  const provider = new OidcProvider(
    config.oidc,
    issuer.protocol === 'http:' && config.env !== 'production',
    logger,
  );
  identity.external = new ProviderTokenVerifier(provider, logger);
  return new OidcSignIn(provider, new FlowCookie(config.sessionSecret), config.publicUrl);
}

export class OidcSignIn {
  constructor(
    readonly provider: OidcProvider,
    private readonly cookie: FlowCookie,
    private readonly publicUrl: string,
  ) {}

  private get secureCookies(): boolean {
    return new URL(this.provider.settings.redirectUri).protocol === 'https:';
  }

  /** GET /auth/login and GET /auth/callback; outside /api, so the bearer check does not apply. */
  routes(app: FastifyInstance, identity: IdentityService): void {
    app.get('/auth/login', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      let configuration: client.Configuration;
      try {
        configuration = await this.provider.configuration();
      } catch (err) {
        req.log.error({ err: String(err) }, 'OIDC discovery failed');
        throw unavailable();
      }
      const flow: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: this.provider.settings.redirectUri,
        scope: 'openid profile',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return reply
        .header(
          'set-cookie',
          flowCookieHeader(await this.cookie.seal(flow), FLOW_TTL_SECONDS, this.secureCookies),
        )
        .header('cache-control', 'no-store')
        .redirect(url.href, 302);
    });

    app.get('/auth/callback', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      // The flow cookie is single-use: cleared whatever the outcome.
      void reply
        .header('set-cookie', flowCookieHeader('', 0, this.secureCookies))
        .header('cache-control', 'no-store');
      try {
        return await this.finishSignIn(req, reply, identity);
      } catch (err) {
        // A person in a browser gets the sign-in page with the Dutch message, not a JSON document; API
        // clients keep the problem+json answer.
        if (err instanceof ProblemError && (req.headers.accept ?? '').includes('text/html')) {
          const target = new URL(
            'inloggen',
            this.publicUrl.endsWith('/') ? this.publicUrl : `${this.publicUrl}/`,
          );
          target.hash = new URLSearchParams({ fout: err.detail ?? err.title }).toString();
          return reply.redirect(target.href, 303);
        }
        throw err;
      }
    });
  }

  private async finishSignIn(req: FastifyRequest, reply: FastifyReply, identity: IdentityService) {
    const flow = await this.cookie.open(readCookie(req, FLOW_COOKIE));
    if (!flow) {
      throw badRequest(
        'Deze aanmelding is verlopen of niet in deze browser gestart. Meld u opnieuw aan via /auth/login.',
      );
    }
    let configuration: client.Configuration;
    try {
      configuration = await this.provider.configuration();
    } catch (err) {
      req.log.error({ err: String(err) }, 'OIDC discovery failed');
      throw unavailable();
    }
    const currentUrl = new URL(this.provider.settings.redirectUri);
    const query = new URL(req.url, 'http://regie.invalid').searchParams;
    for (const [k, v] of query) currentUrl.searchParams.append(k, v);

    let claims: client.IDToken | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (err) {
      req.log.warn({ err: String(err) }, 'OIDC callback refused');
      throw badRequest(
        'Aanmelden bij de identiteitsprovider is mislukt of afgebroken. Meld u opnieuw aan via /auth/login.',
      );
    }
    if (!claims?.sub) throw badRequest('De identiteitsprovider gaf geen geldig ID-token terug.');
    const preferred = typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined;
    const session = await identity.oidcLogin(claims.sub, preferred);
    if (!session) {
      req.log.warn('OIDC sign-in of an identity without an active Regie user');
      throw forbidden(
        'U bent aangemeld bij de identiteitsprovider, maar uw account is niet gekoppeld aan een actieve Regie-gebruiker. ' +
          'Neem contact op met de functioneel beheerder van Regie.',
      );
    }
    const target = new URL(this.publicUrl.endsWith('/') ? this.publicUrl : `${this.publicUrl}/`);
    target.hash = new URLSearchParams({ token: session.token }).toString();
    return reply.header('referrer-policy', 'no-referrer').redirect(target.href, 303);
  }
}
