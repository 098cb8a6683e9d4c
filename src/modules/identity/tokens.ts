import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';

/**
 * Regie's own session tokens (HS256 JWT), issued after dev login or after an OIDC sign-in. They carry only
 * the user id; roles and organisation are read fresh from the database on every request, so a deactivated
 * user or a changed role takes effect at once.
 */
export class SessionTokens {
  private readonly key: Uint8Array;
  constructor(
    secret: string | undefined,
    private readonly ttlSeconds: number,
  ) {
    // Without a configured secret (demo, test) a random one per process: tokens die with the process.
    this.key = secret ? new TextEncoder().encode(secret) : randomBytes(32);
  }

  async issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setJti(randomUUID())
      .setIssuer('regie')
      .setAudience('regie')
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user id and session id, or a reason why the token is refused. */
  async verify(
    token: string,
  ): Promise<{ userId: string; sessionId: string; expiresAt: Date } | { error: 'expired' | 'invalid' }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'regie',
        audience: 'regie',
        algorithms: ['HS256'],
      });
      if (!payload.sub || !payload.jti || !payload.exp) return { error: 'invalid' };
      return { userId: payload.sub, sessionId: payload.jti, expiresAt: new Date(payload.exp * 1000) };
    } catch (err) {
      return { error: err instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
