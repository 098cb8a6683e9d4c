import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const SECRET = 'a-session-secret-of-at-least-32-characters';

/** The smallest environment a production start accepts. */
const production = (overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => ({
  REGIE_ENV: 'production',
  DATABASE_URL: 'postgres://regie@db.internal/regie',
  OIDC_ISSUER: 'https://idp.example.org/realms/3ro',
  REGIE_SESSION_SECRET: SECRET,
  ...overrides,
});

describe('loadConfig', () => {
  it('accepts a complete production environment, with dev login off', () => {
    const c = loadConfig(
      production({ OIDC_CLIENT_SECRET: 's3cret', REGIE_PUBLIC_URL: 'https://regie.example.org' }),
    );
    expect(c.env).toBe('production');
    expect(c.devLogin).toBe(false);
    expect(c.oidc).toEqual({
      issuer: 'https://idp.example.org/realms/3ro',
      clientId: 'regie',
      clientSecret: 's3cret',
      redirectUri: 'https://regie.example.org/auth/callback',
      audience: 'regie',
    });
  });

  it('refuses dev login in production, whatever spelling of true', () => {
    for (const on of ['true', '1', 'yes', 'ON']) {
      expect(() => loadConfig(production({ REGIE_DEV_LOGIN: on }))).toThrow(ConfigError);
    }
    expect(() => loadConfig(production({ REGIE_DEV_LOGIN: 'true' }))).toThrow(/REGIE_DEV_LOGIN/);
    expect(loadConfig(production({ REGIE_DEV_LOGIN: 'false' })).devLogin).toBe(false);
  });

  it('refuses production without a database, an identity provider or a session secret', () => {
    expect(() => loadConfig(production({ DATABASE_URL: undefined }))).toThrow(/DATABASE_URL/);
    expect(() => loadConfig(production({ DATABASE_URL: '' }))).toThrow(ConfigError);
    expect(() => loadConfig(production({ OIDC_ISSUER: undefined }))).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig(production({ REGIE_SESSION_SECRET: undefined }))).toThrow(/REGIE_SESSION_SECRET/);
  });

  it('refuses a short session secret in any mode', () => {
    expect(() => loadConfig(production({ REGIE_SESSION_SECRET: 'too-short' }))).toThrow(/at least 32/);
    expect(() => loadConfig({ REGIE_ENV: 'demo', REGIE_SESSION_SECRET: 'x'.repeat(31) })).toThrow(
      ConfigError,
    );
    expect(
      loadConfig({ REGIE_ENV: 'demo', REGIE_SESSION_SECRET: 'x'.repeat(32) }).sessionSecret,
    ).toHaveLength(32);
  });

  it('refuses a value that is not a boolean, an unknown mode and a bad number', () => {
    expect(() => loadConfig({ REGIE_ENV: 'test', REGIE_DEV_LOGIN: 'maybe' })).toThrow(/boolean/);
    expect(() => loadConfig({ REGIE_ENV: 'staging' })).toThrow(/REGIE_ENV/);
    expect(() => loadConfig({ REGIE_ENV: 'test', PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ REGIE_ENV: 'test', REGIE_SESSION_TTL: '-5' })).toThrow(/REGIE_SESSION_TTL/);
  });

  it('has workable defaults in demo and test: dev login on, embedded database, no OIDC', () => {
    for (const mode of ['demo', 'test', 'development'] as const) {
      const c = loadConfig({ REGIE_ENV: mode });
      expect(c.env).toBe(mode);
      expect(c.devLogin).toBe(true);
      expect(c.databaseUrl).toBeUndefined();
      expect(c.oidc).toBeUndefined();
      expect(c.sessionSecret).toBeUndefined();
      expect(c.port).toBe(3000);
      expect(c.host).toBe('127.0.0.1');
      expect(c.publicUrl).toBe('http://localhost:3000');
      expect(c.sessionTtlSeconds).toBe(8 * 3600);
    }
    expect(loadConfig({}).env).toBe('development');
    expect(loadConfig({ REGIE_ENV: 'test' }).logLevel).toBe('warn');
    expect(loadConfig({ REGIE_ENV: 'test', REGIE_DEV_LOGIN: 'off' }).devLogin).toBe(false);
  });

  it('derives the OIDC defaults and takes OIDC_AUDIENCE for provider access tokens', () => {
    const c = loadConfig({
      REGIE_ENV: 'test',
      PORT: '8080',
      OIDC_ISSUER: 'http://127.0.0.1:9000',
      OIDC_CLIENT_ID: 'regie-t',
    });
    expect(c.oidc).toMatchObject({
      clientId: 'regie-t',
      redirectUri: 'http://localhost:8080/auth/callback',
      audience: 'regie-t',
    });
    expect(c.oidc?.clientSecret).toBeUndefined();
    const d = loadConfig({
      REGIE_ENV: 'test',
      OIDC_ISSUER: 'http://127.0.0.1:9000',
      OIDC_AUDIENCE: 'regie-api',
    });
    expect(d.oidc?.audience).toBe('regie-api');
  });
});
