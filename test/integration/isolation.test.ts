import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveAppUrl } from '../../src/platform/db/postgres.js';
import { sampleClient, startRegie, type TestRegie } from '../support/harness.js';

// The attack: a worker of one probation organisation tries to reach another organisation's client,
// through every API path and, as the application's own database role, through plain SQL.

let t: TestRegie;
let rn: string;
let svg: string;
let rnClientId: string;
let rnOrderId: string;
let svgUserId: string;

beforeAll(async () => {
  t = await startRegie();
  rn = await t.login('em-specialist.rn');
  svg = await t.login('em-specialist.svg');
  svgUserId = (await t.api<{ id: string }>('GET', '/api/v1/me', svg)).body.id;
  const c = await t.api<{ id: string }>(
    'POST',
    '/api/v1/clients',
    rn,
    sampleClient({ familyName: 'Geheimhouding' }),
  );
  expect(c.status).toBe(201);
  rnClientId = c.body.id;
  const o = await t.api<{ id: string }>('POST', '/api/v1/orders', rn, {
    kind: 'EM_ADVICE',
    principal: 'OM',
    legalFramework: 'SUSPENDED_DETENTION',
    clientId: rnClientId,
    receivedAt: '2026-11-02T10:00:00+01:00',
    urgent: false,
  });
  expect(o.status).toBe(201);
  rnOrderId = o.body.id;
  await t.api('POST', `/api/v1/clients/${rnClientId}/journal-entries`, rn, {
    kind: 'NOTE',
    occurredAt: '2026-11-03T09:00:00+01:00',
    text: 'Vertrouwelijke notitie',
  });
});
afterAll(() => t?.close());

describe('through the API, a user of SVG', () => {
  it('cannot read an RN client, its orders, journal or audit trail', async () => {
    for (const url of [
      `/api/v1/clients/${rnClientId}`,
      `/api/v1/clients/${rnClientId}/orders`,
      `/api/v1/clients/${rnClientId}/journal-entries`,
      `/api/v1/orders/${rnOrderId}`,
      `/api/v1/audit?clientId=${rnClientId}`,
    ]) {
      const r = await t.api<{ status: number }>('GET', url, svg);
      expect(r.status, url).toBe(404);
    }
  });

  it('does not find the RN client by listing or searching', async () => {
    const all = await t.api<{ items: { id: string }[]; total: number }>(
      'GET',
      '/api/v1/clients?limit=200',
      svg,
    );
    expect(all.status).toBe(200);
    expect(all.body.items.map((c) => c.id)).not.toContain(rnClientId);
    const search = await t.api<{ items: unknown[]; total: number }>(
      'GET',
      '/api/v1/clients?q=Geheimhouding',
      svg,
    );
    expect(search.body.total).toBe(0);
  });

  it('cannot write to the RN client: journal, orders, assignment', async () => {
    const j = await t.api('POST', `/api/v1/clients/${rnClientId}/journal-entries`, svg, {
      kind: 'NOTE',
      occurredAt: '2026-11-03T09:00:00+01:00',
      text: 'poging',
    });
    expect(j.status).toBe(404);
    const o = await t.api<{ errors: { name: string }[] }>('POST', '/api/v1/orders', svg, {
      kind: 'ADVICE',
      principal: 'OM',
      legalFramework: 'SUSPENDED_SENTENCE',
      clientId: rnClientId,
      receivedAt: '2026-11-02T10:00:00+01:00',
      urgent: false,
    });
    expect(o.status).toBe(422);
    expect(o.body.errors.map((e) => e.name)).toContain('clientId');
    const coordinator = await t.login('em-coordinator.svg');
    const a = await t.api('POST', `/api/v1/orders/${rnOrderId}/assignment`, coordinator, {
      assigneeId: svgUserId,
    });
    expect(a.status).toBe(404);
  });

  it('the RN worker still sees everything', async () => {
    expect((await t.api('GET', `/api/v1/clients/${rnClientId}`, rn)).status).toBe(200);
    const j = await t.api<{ items: unknown[] }>('GET', `/api/v1/clients/${rnClientId}/journal-entries`, rn);
    expect(j.body.items).toHaveLength(1);
  });
});

describe('through SQL as the application role', () => {
  let sql: pg.Client;

  beforeAll(async () => {
    sql = new pg.Client({ connectionString: deriveAppUrl(t.databaseUrl!) });
    await sql.connect();
  });
  afterAll(() => sql?.end());

  /** One transaction acting as the SVG user, as the application does for every request. */
  async function asSvg<T>(fn: () => Promise<T>): Promise<T> {
    await sql.query('BEGIN');
    await sql.query(`SELECT set_config('app.user_id', $1, true)`, [svgUserId]);
    try {
      return await fn();
    } finally {
      await sql.query('ROLLBACK');
    }
  }

  it('connects as a role that is neither superuser, owner nor RLS-exempt', async () => {
    const { rows } = await sql.query(
      `SELECT current_user AS u, r.rolsuper, r.rolbypassrls,
              (SELECT tableowner FROM pg_tables WHERE tablename = 'clients') AS owner
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toMatchObject({ u: 'regie_app', rolsuper: false, rolbypassrls: false });
    expect(rows[0].owner).not.toBe('regie_app');
  });

  it('cannot read, count, search or join its way to RN rows', async () => {
    await asSvg(async () => {
      expect((await sql.query('SELECT * FROM clients WHERE id = $1', [rnClientId])).rowCount).toBe(0);
      const counts = await sql.query(
        `SELECT (SELECT count(*) FROM clients WHERE organisation_code = 'RN')::int AS clients,
                (SELECT count(*) FROM orders WHERE organisation_code = 'RN')::int AS orders,
                (SELECT count(*) FROM journal_entries)::int AS journal,
                (SELECT count(*) FROM client_addresses)::int AS addresses,
                (SELECT count(*) FROM order_status_history)::int AS history,
                (SELECT count(*) FROM audit_log WHERE client_id = $1)::int AS audit`,
        [rnClientId],
      );
      expect(counts.rows[0]).toEqual({
        clients: 0,
        orders: 0,
        journal: 0,
        addresses: 0,
        history: 0,
        audit: 0,
      });
      const joined = await sql.query(
        `SELECT o.id FROM orders o LEFT JOIN clients c ON c.id = o.client_id WHERE o.id = $1`,
        [rnOrderId],
      );
      expect(joined.rowCount).toBe(0);
    });
  });

  it('cannot change or delete RN rows, nor create rows in RN’s name', async () => {
    await asSvg(async () => {
      const u = await sql.query(`UPDATE clients SET family_name = 'Gehackt' WHERE id = $1`, [rnClientId]);
      expect(u.rowCount).toBe(0);
      const uo = await sql.query(`UPDATE orders SET organisation_code = 'SVG' WHERE id = $1`, [rnOrderId]);
      expect(uo.rowCount).toBe(0);
    });
    await expect(asSvg(() => sql.query('DELETE FROM clients WHERE id = $1', [rnClientId]))).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      asSvg(() =>
        sql.query(
          `INSERT INTO clients (organisation_code, given_name, family_name, birth_date) VALUES ('RN', 'X', 'Y', '2000-01-01')`,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asSvg(() =>
        sql.query(
          `INSERT INTO journal_entries (client_id, kind, occurred_at, author_id, text) VALUES ($1, 'NOTE', now(), $2, 'x')`,
          [rnClientId, svgUserId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('sees no personal data at all without an acting user', async () => {
    const r = await sql.query('SELECT count(*)::int AS n FROM clients');
    expect(r.rows[0].n).toBe(0);
  });
});
