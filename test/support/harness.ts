import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logging.js';
import { buildRegie, type Regie } from '../../src/server.js';
import { seedOrganisation } from '../../src/simulator/organisation.js';
import { seedUsers } from '../../src/simulator/users.js';

/** The PostgreSQL server integration tests run against; CI's .ci/run makes sure it is up with PostGIS. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestRegie {
  regie: Regie;
  databaseUrl: string | undefined;
  login(username: string): Promise<string>;
  api<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    token?: string,
    body?: unknown,
  ): Promise<{ status: number; body: T; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** A fresh, empty database on the PostgreSQL server, dropped again by close(). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `regie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Regie in-process with organisations and demo users, on a fresh PostgreSQL database (default) or on the
 * embedded PGlite database in memory (`embedded: true`, the smoke run of the one-command setup).
 */
export async function startRegie(
  opts: { embedded?: boolean; env?: Record<string, string> } = {},
): Promise<TestRegie> {
  const testDb = opts.embedded ? undefined : await createTestDatabase();
  const config = loadConfig({
    REGIE_ENV: 'test',
    REGIE_DATA_DIR: ':memory:',
    ...(testDb ? { DATABASE_URL: testDb.url } : {}),
    ...opts.env,
  });
  const regie = await buildRegie(config, createLogger('warn'));
  await seedOrganisation(regie.db);
  await seedUsers(regie.db);

  const api: TestRegie['api'] = async (method, url, token, body) => {
    const res = await regie.app.inject({
      method,
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = res.body;
    return {
      status: res.statusCode,
      body: (text ? JSON.parse(text) : undefined) as never,
      headers: res.headers,
    };
  };

  return {
    regie,
    databaseUrl: testDb?.url,
    api,
    async login(username) {
      const r = await api<{ token: string }>('POST', '/api/v1/auth/dev-login', undefined, { username });
      if (r.status !== 200)
        throw new Error(`dev-login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.token;
    },
    async close() {
      await regie.close();
      await testDb?.drop();
    },
  };
}

export const sampleClient = (overrides: Record<string, unknown> = {}) => ({
  givenName: 'Testa',
  familyName: 'Fictief',
  birthDate: '1990-05-17',
  bsn: '999999990',
  phone: '06-12345678',
  address: {
    street: 'Voorbeeldstraat',
    houseNumber: '12',
    postcode: '3511 AB',
    city: 'Utrecht',
    validFrom: '2025-01-01',
  },
  ...overrides,
});
