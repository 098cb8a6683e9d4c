import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/harness.js';

// The production path: `npm run build`'s server output (dist/, with its migrations) started with node, no
// tsx, in production mode against PostgreSQL. Dev login must not exist there.

const PORT = 3000 + Math.floor(Math.random() * 2000) + 20000;
let server: ChildProcess | undefined;
let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  expect(tsc.status).toBe(0);
  spawnSync(process.execPath, [
    '-e',
    "require('node:fs').cpSync('src/platform/db/migrations','dist/platform/db/migrations',{recursive:true})",
  ]);
  db = await createTestDatabase();
  server = spawn(process.execPath, ['dist/cli.js', 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      REGIE_ENV: 'production',
      PORT: String(PORT),
      DATABASE_URL: db.url,
      REGIE_SESSION_SECRET: 'a-production-like-secret-of-at-least-32-chars',
      OIDC_ISSUER: 'http://127.0.0.1:9/unreachable-idp',
      OIDC_CLIENT_SECRET: 'x',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the built server did not come up');
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await db?.drop();
});

describe('the production build', () => {
  it('migrates and serves from dist/ on PostgreSQL', async () => {
    const health = (await (await fetch(`http://127.0.0.1:${PORT}/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'UP', checks: { database: { kind: 'postgres' } } });
  });

  it('has no dev login and tells the web app so', async () => {
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin' }),
    });
    // The route does not exist; like every unknown API path it answers 401 to an anonymous caller.
    expect([401, 404]).toContain(login.status);
    expect(await login.json()).not.toHaveProperty('token');
    const config = (await (await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/config`)).json()) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({ devLogin: false, oidc: true });
    expect(config.demoUsers).toBeUndefined();
  });
});
