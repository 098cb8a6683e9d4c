import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real CLI the way an operator does, with only the given environment on top of PATH. */
function regie(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the CLI refuses an unsafe production configuration', () => {
  it('serve with REGIE_ENV=production and REGIE_DEV_LOGIN=true exits 2 and says why', () => {
    const r = regie(['serve'], {
      REGIE_ENV: 'production',
      REGIE_DEV_LOGIN: 'true',
      DATABASE_URL: 'postgres://regie@127.0.0.1:1/regie',
      OIDC_ISSUER: 'https://idp.example.org',
      REGIE_SESSION_SECRET: 'a-session-secret-of-at-least-32-characters',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/REGIE_DEV_LOGIN/);
    expect(r.stderr).toMatch(/production/);
    expect(r.stderr).toMatch(/demo and test only/);
  });

  it('serve in production without a database exits 2 too', () => {
    const r = regie(['serve'], { REGIE_ENV: 'production', OIDC_ISSUER: 'https://idp.example.org' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/DATABASE_URL/);
  });
});
