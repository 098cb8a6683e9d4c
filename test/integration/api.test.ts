import pg from 'pg';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_URL, sampleClient, startRegie, type TestRegie } from '../support/harness.js';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { name: string; in: string; code: string }[];
};

let t: TestRegie;
let rn: string;

beforeAll(async () => {
  t = await startRegie();
  rn = await t.login('advisor.rn');
});
afterAll(() => t?.close());

async function clientCount(): Promise<number> {
  const r = await t.regie.db.asOwner((tx) =>
    tx.query<{ n: number }>('SELECT count(*)::int AS n FROM clients'),
  );
  return r.rows[0]!.n;
}

describe('sign-in', () => {
  it('refuses requests without, with a forged and with an expired token', async () => {
    expect((await t.api('GET', '/api/v1/me')).status).toBe(401);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('regie')
      .setAudience('regie')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-server-secret-not-the-server-secret'));
    const r = await t.api<Problem>('GET', '/api/v1/me', forged);
    expect(r.status).toBe(401);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    const me = await t.api<{ id: string }>('GET', '/api/v1/me', rn);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(me.body.id)
      .setIssuer('regie')
      .setAudience('regie')
      .setIssuedAt(1_600_000_000)
      .setExpirationTime(1_600_000_100)
      .sign(new TextEncoder().encode('whatever-secret-whatever-secret-whatever'));
    expect((await t.api('GET', '/api/v1/me', expired)).status).toBe(401);
    expect((await t.api('GET', '/api/v1/me', 'garbage')).status).toBe(401);
  });

  it('signing out ends that session on the server, and only that one', async () => {
    const first = await t.login('advisor.rn');
    const second = await t.login('advisor.rn');
    expect((await t.api('GET', '/api/v1/me', first)).status).toBe(200);
    expect((await t.api('POST', '/api/v1/auth/logout', first)).status).toBe(204);
    const after = await t.api<Problem>('GET', '/api/v1/me', first);
    expect(after.status).toBe(401);
    expect((await t.api('GET', '/api/v1/me', second)).status).toBe(200);
  });

  it('dev login rejects unknown users', async () => {
    const r = await t.api<Problem>('POST', '/api/v1/auth/dev-login', undefined, { username: 'niemand' });
    expect(r.status).toBe(404);
  });

  it('returns the signed-in user', async () => {
    const r = await t.api<{ username: string; organisation: { code: string }; roles: string[] }>(
      'GET',
      '/api/v1/me',
      rn,
    );
    expect(r.body).toMatchObject({
      username: 'advisor.rn',
      organisation: { code: 'RN' },
      roles: ['probation_advisor'],
    });
  });
});

describe('bad input changes nothing and names each bad field', () => {
  it('malformed JSON', async () => {
    const before = await clientCount();
    const r = await t.api<Problem>('POST', '/api/v1/clients', rn, '{"givenName": "A",');
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await clientCount()).toBe(before);
  });

  it('wrong types, missing and unknown fields, all at once', async () => {
    const before = await clientCount();
    const r = await t.api<Problem>('POST', '/api/v1/clients', rn, {
      givenName: 12,
      birthDate: '17-05-1990',
      bsn: '12345',
      hobby: 'x',
    });
    expect(r.status).toBe(400);
    const names = r.body.errors!.map((e) => `${e.name}:${e.code}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'givenName:type',
        'familyName:required',
        'birthDate:format',
        'bsn:pattern',
        'hobby:unknown',
      ]),
    );
    expect(r.body.errors!.every((e) => e.in === 'body')).toBe(true);
    expect(await clientCount()).toBe(before);
  });

  it('an oversized body', async () => {
    const r = await t.api<Problem>(
      'POST',
      '/api/v1/clients',
      rn,
      sampleClient({ familyName: 'x'.repeat(2 * 1024 * 1024) }),
    );
    expect(r.status).toBe(413);
  });

  it('a bad id in the path', async () => {
    const r = await t.api<Problem>('GET', '/api/v1/clients/not-a-uuid', rn);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]).toMatchObject({ name: 'id', in: 'path' });
  });

  it('an order half valid: nothing of it is stored', async () => {
    const c = await t.api<{ id: string }>('POST', '/api/v1/clients', rn, sampleClient());
    const r = await t.api<Problem>('POST', '/api/v1/orders', rn, {
      kind: 'SUPERVISION',
      principal: 'COURT',
      legalFramework: 'SUSPENDED_SENTENCE',
      clientId: c.body.id,
      receivedAt: '2026-11-02T10:00:00+01:00',
      urgent: false,
      conditions: [
        { typeCode: 'REPORTING_DUTY', parameters: { with: 'PROBATION' } },
        {
          typeCode: 'LOCATION_REQUIREMENT',
          parameters: { timeWindows: [{ weekday: 9, start: '22:00', end: '6u' }] },
        },
        {
          typeCode: 'EXCLUSION_ZONE',
          parameters: {
            zones: [
              { label: 'Parijs', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, radiusMeters: 500 },
            ],
          },
        },
        { typeCode: 'NO_SUCH_THING' },
      ],
    });
    expect(r.status).toBe(422);
    const names = r.body.errors!.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'conditions.1.parameters.timeWindows.0.weekday',
        'conditions.1.parameters.timeWindows.0.end',
        'conditions.2.parameters.zones.0.geometry',
        'conditions.3.typeCode',
      ]),
    );
    const orders = await t.api<{ items: unknown[] }>('GET', `/api/v1/clients/${c.body.id}/orders`, rn);
    expect(orders.body.items).toEqual([]);
  });
});

describe('orders', () => {
  it('registers an order with its working-day due date, conditions and zones', async () => {
    const c = await t.api<{ id: string }>('POST', '/api/v1/clients', rn, sampleClient());
    // Received on Thursday 23 April 2026: King's Day (Monday 27 April) is no working day, so ten working
    // days end on Monday 11 May (5 May, Liberation Day, is a holiday under the Algemene termijnenwet).
    const r = await t.api<
      Record<string, unknown> & { conditions: { typeCode: string; zones: { radiusMeters: number }[] }[] }
    >('POST', '/api/v1/orders', rn, {
      kind: 'EM_ADVICE',
      principal: 'OM',
      legalFramework: 'SUSPENDED_DETENTION',
      clientId: c.body.id,
      receivedAt: '2026-04-23T11:00:00+02:00',
      urgent: true,
      offence: 'Belaging (art. 285b Sr)',
      conditions: [
        {
          typeCode: 'LOCATION_REQUIREMENT',
          parameters: { timeWindows: [{ weekday: 1, start: '22:00', end: '06:00' }] },
        },
        {
          typeCode: 'EXCLUSION_ZONE',
          parameters: {
            policeResponse: true,
            zones: [
              {
                label: 'Woonwijk slachtoffer',
                geometry: { type: 'Point', coordinates: [5.1214, 52.0907] },
                radiusMeters: 750,
              },
            ],
          },
        },
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      dueDate: '2026-05-11',
      organisation: 'RN',
      status: 'DISTRIBUTED',
      urgent: true,
    });
    const zone = r.body.conditions.find((x) => x.typeCode === 'EXCLUSION_ZONE')!.zones[0]!;
    expect(zone.radiusMeters).toBe(750);
  });
});

describe('operations and the contract', () => {
  it('health, metrics and the API-Version header', async () => {
    const h = await t.api<{ status: string; checks: { database: { kind: string } } }>('GET', '/health');
    expect(h.status).toBe(200);
    expect(h.body.status).toBe('UP');
    expect(h.body.checks.database.kind).toBe('postgres');
    expect(h.headers['api-version']).toBe('1.0.0');
    const m = await t.regie.app.inject({ method: 'GET', url: '/metrics' });
    expect(m.body).toMatch(/http_request_duration_seconds/);
  });

  it('publishes OpenAPI 3.1 with the core paths', async () => {
    const r = await t.api<{ openapi: string; servers: { url: string }[]; paths: Record<string, unknown> }>(
      'GET',
      '/api/v1/openapi.json',
    );
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    // Paths are relative to the versioned server URL (NLGov: the major version is in the base URL).
    expect(r.body.servers[0]!.url).toBe('/api/v1');
    const paths = Object.keys(r.body.paths).map((p) => r.body.servers[0]!.url + p);
    for (const p of [
      '/api/v1/clients',
      '/api/v1/clients/{id}',
      '/api/v1/orders',
      '/api/v1/orders/{id}',
      '/api/v1/orders/{id}/assignment',
      '/api/v1/audit',
      '/api/v1/auth/dev-login',
    ]) {
      expect(paths).toContain(p);
    }
  });
});

describe('organisation structure', () => {
  it('lists the 3RO first with their regions and named units, to every signed-in user', async () => {
    const r = await t.api<{
      items: { code: string; regions: { id: string; units: { id: string; name: string }[] }[] }[];
    }>('GET', '/api/v1/organisations', rn);
    expect(r.status).toBe(200);
    expect(r.body.items.slice(0, 3).map((o) => o.code)).toEqual(['RN', 'SVG', 'LJR']);
    const units = r.body.items.flatMap((o) => o.regions.flatMap((g) => g.units));
    expect(units.find((u) => u.id === 'rn-midden-utrecht')?.name).toBe('RN Utrecht');
    expect((await t.api('GET', '/api/v1/organisations')).status).toBe(401);
  });
});

describe('database connections', () => {
  it('keep serving after the server ends idle connections (restart, failover)', async () => {
    expect((await t.api('GET', '/api/v1/me', rn)).status).toBe(200);
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    const { rows } = await admin.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [new URL(t.databaseUrl!).pathname.slice(1)],
    );
    await admin.end();
    expect(rows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect((await t.api('GET', '/api/v1/me', rn)).status).toBe(200);
  });
});
