import { randomBytes } from 'node:crypto';
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
      .setIssuer('regie')
      .setAudience('regie')
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user id, or a reason why the token is refused. */
  async verify(token: string): Promise<{ userId: string } | { error: 'expired' | 'invalid' }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'regie',
        audience: 'regie',
        algorithms: ['HS256'],
      });
      return payload.sub ? { userId: payload.sub } : { error: 'invalid' };
    } catch (err) {
      return { error: err instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
