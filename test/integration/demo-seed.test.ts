import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/simulator/demo.js';
import { startRegie, type TestRegie } from '../support/harness.js';

// The demo data set on real PostgreSQL + PostGIS: big enough to be worth a demo, spread over every
// organisation, region, order kind and status, and internally consistent with the catalogue and isolation.

let t: TestRegie;
beforeAll(async () => {
  t = await startRegie();
  expect(await seedDemo(t.regie.db)).toMatchObject({ clients: 600 });
});
afterAll(() => t?.close());

const owner = <R>(sql: string) => t.regie.db.asOwner(async (tx) => (await tx.query<R>(sql)).rows);

describe('demo data', () => {
  it('has at least 500 clients over the three organisations and all their regions', async () => {
    const perOrg = await owner<{ org: string; n: number }>(
      `SELECT coalesce(organisation_code, '-') AS org, count(*)::int AS n FROM clients GROUP BY 1 ORDER BY 1`,
    );
    const n = Object.fromEntries(perOrg.map((r) => [r.org, r.n]));
    expect(Object.values(n).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(500);
    expect(n.RN).toBeGreaterThan(n.SVG!);
    expect(n.SVG).toBeGreaterThan(0);
    expect(n.LJR).toBeGreaterThan(0);
    const unused = await owner(
      `SELECT id FROM regions r WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.region_id = r.id)`,
    );
    expect(unused).toEqual([]);
  });

  it('has orders of every kind and every stage, with due dates from the calendar', async () => {
    const kinds = await owner<{ kind: string }>(`SELECT DISTINCT kind FROM orders ORDER BY 1`);
    expect(kinds.map((k) => k.kind)).toEqual(['ADVICE', 'COMMUNITY_SERVICE', 'EM_ADVICE', 'SUPERVISION']);
    const statuses = await owner<{ status: string }>(`SELECT DISTINCT status FROM orders ORDER BY 1`);
    expect(statuses.map((s) => s.status)).toEqual([
      'ASSIGNED',
      'COMPLETED',
      'DISTRIBUTED',
      'IN_PROGRESS',
      'RECEIVED',
    ]);
    const weekendDue = await owner(`SELECT id FROM orders WHERE extract(isodow FROM due_date) > 5`);
    expect(weekendDue).toEqual([]);
    const wrongOrg = await owner(
      `SELECT o.id FROM orders o JOIN users u ON u.id = o.assignee_id WHERE u.organisation_code <> o.organisation_code`,
    );
    expect(wrongOrg).toEqual([]);
  });

  it('has conditions that satisfy the catalogue, and valid zones inside the Netherlands', async () => {
    const rows = await owner<{ type_code: string; parameters: unknown; schema: object }>(
      `SELECT oc.type_code, oc.parameters, ct.parameters AS schema FROM order_conditions oc
         JOIN condition_types ct ON ct.code = oc.type_code`,
    );
    expect(new Set(rows.map((r) => r.type_code)).size).toBeGreaterThanOrEqual(5);
    const ajv = new Ajv({ strict: false });
    addFormats.default(ajv);
    for (const r of rows)
      expect(ajv.validate(r.schema, r.parameters), `${r.type_code}: ${ajv.errorsText()}`).toBe(true);
    const zones = await owner<{ bad: number; n: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT ST_IsValid(geom)
         OR NOT ST_Within(geom, ST_MakeEnvelope(0, 300000, 290000, 630000, 28992)))::int AS bad FROM condition_zones`,
    );
    expect(zones[0]!.n).toBeGreaterThan(50);
    expect(zones[0]!.bad).toBe(0);
    const homeInside = await owner(
      `SELECT z.id FROM condition_zones z JOIN order_conditions oc ON oc.id = z.condition_id
         JOIN orders o ON o.id = oc.order_id
         JOIN client_addresses a ON a.client_id = o.client_id AND a.valid_to IS NULL
        WHERE z.kind = 'exclusion' AND ST_Intersects(z.geom, ST_Transform(a.location, 28992))`,
    );
    expect(homeInside).toEqual([]);
  });

  it('gives demo users a caseload worth opening, through the API', async () => {
    const token = await t.login('em-specialist.rn');
    const r = await t.api<{ items: { clientId: string }[] }>('GET', '/api/v1/caseload', token);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThanOrEqual(5);
    const client = await t.api<{ id: string }>('GET', `/api/v1/clients/${r.body.items[0]!.clientId}`, token);
    expect(client.status).toBe(200);
    const journal = await owner<{ n: number }>(`SELECT count(*)::int AS n FROM journal_entries`);
    expect(journal[0]!.n).toBeGreaterThan(500);
  });

  it('keeps what is there when seeded again', async () => {
    expect(await seedDemo(t.regie.db)).toBe('kept');
    const n = await owner<{ n: number }>(`SELECT count(*)::int AS n FROM clients`);
    expect(n[0]!.n).toBe(600);
  });
});
