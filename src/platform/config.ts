/**
 * All configuration comes from the environment, read once at start. Every variable is documented in README.md.
 * A production deployment must set REGIE_ENV=production; the server then refuses dev login and the embedded database.
 */
export type RegieEnv = 'development' | 'demo' | 'test' | 'production';

export interface Config {
  env: RegieEnv;
  host: string;
  port: number;
  /** Owner connection used for migrations; when unset Regie runs on embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  /** Connection of the application role that is subject to row-level security. */
  databaseAppUrl: string | undefined;
  dataDir: string;
  devLogin: boolean;
  sessionSecret: string | undefined;
  sessionTtlSeconds: number;
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string | undefined;
        redirectUri: string;
        /** The `aud` the provider's access tokens must carry to be accepted as bearer (OIDC_AUDIENCE, else clientId). */
        audience: string;
      }
    | undefined;
  publicUrl: string;
  logLevel: string;
  bodyLimitBytes: number;
  tileUrl: string | undefined;
}

export class ConfigError extends Error {}

function bool(v: string | undefined, fallback: boolean): boolean {
  if (v === undefined || v === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError(`Expected a boolean, got "${v}"`);
}

function int(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${v}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const regieEnv = (env.REGIE_ENV ?? 'development') as RegieEnv;
  if (!['development', 'demo', 'test', 'production'].includes(regieEnv)) {
    throw new ConfigError(`REGIE_ENV must be development, demo, test or production, got "${regieEnv}"`);
  }
  const production = regieEnv === 'production';
  const devLogin = bool(env.REGIE_DEV_LOGIN, !production);
  if (production && devLogin) {
    throw new ConfigError(
      'Refusing to start: REGIE_DEV_LOGIN is on while REGIE_ENV=production. Dev login is for demo and test only.',
    );
  }
  if (production && !env.DATABASE_URL) {
    throw new ConfigError(
      'Refusing to start: REGIE_ENV=production needs DATABASE_URL (PostgreSQL + PostGIS); the embedded database is for demo and test.',
    );
  }
  if (production && !env.REGIE_SESSION_SECRET) {
    throw new ConfigError(
      'Refusing to start: REGIE_ENV=production needs REGIE_SESSION_SECRET (at least 32 characters).',
    );
  }
  if (env.REGIE_SESSION_SECRET !== undefined && env.REGIE_SESSION_SECRET.length < 32) {
    throw new ConfigError('REGIE_SESSION_SECRET must be at least 32 characters.');
  }
  const port = int('PORT', env.PORT, 3000);
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = env.REGIE_PUBLIC_URL ?? `http://localhost:${port}`;
  const oidc = env.OIDC_ISSUER
    ? {
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID ?? 'regie',
        clientSecret: env.OIDC_CLIENT_SECRET,
        redirectUri: env.OIDC_REDIRECT_URI ?? `${publicUrl}/auth/callback`,
        audience: env.OIDC_AUDIENCE || (env.OIDC_CLIENT_ID ?? 'regie'),
      }
    : undefined;
  if (production && !oidc)
    throw new ConfigError('Refusing to start: REGIE_ENV=production needs OIDC_ISSUER.');
  return {
    env: regieEnv,
    host,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    dataDir: env.REGIE_DATA_DIR ?? './data',
    devLogin,
    sessionSecret: env.REGIE_SESSION_SECRET,
    sessionTtlSeconds: int('REGIE_SESSION_TTL', env.REGIE_SESSION_TTL, 8 * 3600),
    oidc,
    publicUrl,
    logLevel: env.LOG_LEVEL ?? (regieEnv === 'test' ? 'warn' : 'info'),
    bodyLimitBytes: int('REGIE_BODY_LIMIT', env.REGIE_BODY_LIMIT, 1024 * 1024),
    tileUrl: env.REGIE_TILE_URL || undefined,
  };
}
