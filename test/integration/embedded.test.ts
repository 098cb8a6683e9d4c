import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logging.js';
import { buildRegie } from '../../src/server.js';
import { seedDemo } from '../../src/simulator/demo.js';
import { sampleClient } from '../support/harness.js';

// The one-command setup's database: embedded PGlite + PostGIS persisted in a data directory. The same
// migrations and the same row-level security as on PostgreSQL, and the data survives a restart.

const dir = mkdtempSync(join(tmpdir(), 'regie-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start() {
  const regie = await buildRegie(
    loadConfig({ REGIE_ENV: 'test', REGIE_DATA_DIR: dir }),
    createLogger('warn'),
  );
  // The same seeding as `npm run demo`: the first start generates the population, a restart keeps it.
  const seeded = await seedDemo(regie.db);
  const call = async (method: 'GET' | 'POST', url: string, token?: string, body?: unknown) => {
    const r = await regie.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body ? { payload: body as object } : {}),
    });
    return {
      status: r.statusCode,
      body: r.json() as Record<string, unknown> & { id: string; token: string },
    };
  };
  const login = async (username: string) =>
    (await call('POST', '/api/v1/auth/dev-login', undefined, { username })).body.token;
  return { regie, call, login, seeded };
}

describe('embedded database', () => {
  let clientId = '';

  it('serves the API with isolation and audit', async () => {
    const { regie, call, login, seeded } = await start();
    expect(seeded).toMatchObject({ clients: 600 });
    const caseload = await call('GET', '/api/v1/caseload', await login('em-specialist.rn'));
    expect((caseload.body.items as unknown[]).length).toBeGreaterThan(0);
    const health = await call('GET', '/health');
    expect(health.body).toMatchObject({ status: 'UP', checks: { database: { kind: 'pglite' } } });
    const rn = await login('advisor.rn');
    const created = await call('POST', '/api/v1/clients', rn, sampleClient());
    expect(created.status).toBe(201);
    clientId = created.body.id;
    expect((await call('GET', `/api/v1/clients/${clientId}`, rn)).status).toBe(200);
    const svg = await login('advisor.svg');
    expect((await call('GET', `/api/v1/clients/${clientId}`, svg)).status).toBe(404);
    await regie.close();
  });

  it('keeps the data across a restart', async () => {
    const { regie, call, login, seeded } = await start();
    expect(seeded).toBe('kept');
    const rn = await login('advisor.rn');
    const r = await call('GET', `/api/v1/clients/${clientId}`, rn);
    expect(r.status).toBe(200);
    const audit = await call('GET', `/api/v1/audit?clientId=${clientId}`, rn);
    expect((audit.body.items as unknown as { action: string }[]).map((i) => i.action)).toContain(
      'client.create',
    );
    await regie.close();
  });
});
