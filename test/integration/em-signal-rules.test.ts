// EM signal rules as configuration: everyone reads them, only the 3RO functional administrator (admin, an
// administrator of the intake point) changes them, with a reason, a history row and an audit entry; a
// change takes effect at once for the signals of advice orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleClient, startRegie, type TestRegie } from '../support/harness.js';

type FieldError = { name: string; in: string; code: string; detail: string };
type Problem = { status: number; detail?: string; errors?: FieldError[] };
type Rule = {
  id: string;
  kind: string;
  descriptionNl: string;
  parameters: { keywords?: string[]; flags?: string[]; profileField?: string };
  active: boolean;
  updatedAt: string;
  updatedBy: { id: string; displayName: string } | null;
};
type Change = {
  ruleId: string;
  before: Omit<Rule, 'id' | 'kind' | 'updatedAt' | 'updatedBy'>;
  after: Omit<Rule, 'id' | 'kind' | 'updatedAt' | 'updatedBy'>;
  changedBy: { displayName: string };
  changedAt: string;
  reason: string;
};
type Signal = { signals: { ruleId: string; explanation: string }[] };

let t: TestRegie;
let admin: string;
let advisor: string;

beforeAll(async () => {
  t = await startRegie();
  admin = await t.login('admin');
  advisor = await t.login('advisor.rn');
});
afterAll(async () => {
  await t?.close();
});

const rule = async (id: string) => {
  const r = await t.api<{ items: Rule[] }>('GET', '/api/v1/em-signal-rules', advisor);
  return r.body.items.find((x) => x.id === id)!;
};
const history = async (id: string) =>
  (await t.api<{ items: Change[] }>('GET', `/api/v1/em-signal-rules/${id}/history`, advisor)).body.items;
const auditEntries = () =>
  t.regie.db.asOwner(async (tx) => {
    const r = await tx.query<{
      actor_username: string;
      client_id: string | null;
      resource: string;
      details: Record<string, unknown>;
    }>(
      `SELECT actor_username, client_id, resource, details FROM audit_log WHERE action = 'em-signal-rule.change' ORDER BY seq`,
    );
    return r.rows;
  });

async function adviceOrder(offence: string): Promise<string> {
  const c = await t.api<{ id: string }>('POST', '/api/v1/clients', advisor, sampleClient());
  const o = await t.api<{ id: string }>('POST', '/api/v1/orders', advisor, {
    kind: 'ADVICE',
    principal: 'OM',
    legalFramework: 'SUSPENDED_SENTENCE',
    clientId: c.body.id,
    receivedAt: '2026-04-23T10:00:00+02:00',
    urgent: false,
    offence,
  });
  expect(o.status).toBe(201);
  return o.body.id;
}

describe('EM signal rules', () => {
  it('every signed-in user reads the rules with kind, description, parameters, active and updatedAt', async () => {
    expect((await t.api('GET', '/api/v1/em-signal-rules')).status).toBe(401);
    const r = await t.api<{ items: Rule[] }>('GET', '/api/v1/em-signal-rules', advisor);
    expect(r.status).toBe(200);
    expect(r.body.items.map((x) => x.id)).toEqual([
      'STALKING',
      'DOMESTIC_VIOLENCE',
      'VICTIM_IDENTIFIABLE',
      'NIGHT_TIME',
      'AREA_BOUND',
    ]);
    const stalking = r.body.items[0]!;
    expect(stalking).toMatchObject({ kind: 'OFFENCE', active: true, updatedBy: null });
    expect(stalking.parameters.keywords).toContain('belaging');
    expect(stalking.parameters.flags).toEqual(['STALKING']);
    expect(stalking.descriptionNl).toMatch(/^Belaging/);
    expect(Date.parse(stalking.updatedAt)).not.toBeNaN();
    expect(r.body.items[2]!.parameters).toEqual({ profileField: 'victimIdentifiable' });
  });

  it('the 3RO administrator changes a rule: a history row and an audit entry without client', async () => {
    const before = await rule('DOMESTIC_VIOLENCE');
    const keywords = [...before.parameters.keywords!, '  stalking door ex  '];
    const r = await t.api<Rule>('PUT', '/api/v1/em-signal-rules/DOMESTIC_VIOLENCE', admin, {
      parameters: { keywords, flags: before.parameters.flags },
      reason: 'Landelijk overleg: ook stalking door een ex-partner',
    });
    expect(r.status).toBe(200);
    expect(r.body.parameters.keywords!.at(-1)).toBe('stalking door ex');
    expect(r.body.updatedBy?.displayName).toBe('Functioneel beheer 3RO');
    expect(Date.parse(r.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));

    const h = await history('DOMESTIC_VIOLENCE');
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      ruleId: 'DOMESTIC_VIOLENCE',
      reason: 'Landelijk overleg: ook stalking door een ex-partner',
      changedBy: { displayName: 'Functioneel beheer 3RO' },
      before: { parameters: before.parameters, active: true },
    });
    expect(h[0]!.after.parameters.keywords).toContain('stalking door ex');

    const audit = await auditEntries();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_username: 'admin',
      client_id: null,
      resource: '/em-signal-rules/DOMESTIC_VIOLENCE',
      details: { ruleId: 'DOMESTIC_VIOLENCE', changed: ['parameters'] },
    });
  });

  it('refuses others with 403 and changes nothing, also directly in the database', async () => {
    const before = await rule('STALKING');
    for (const user of ['admin.rn', 'advisor.rn', 'intake']) {
      const token = await t.login(user);
      const r = await t.api<Problem>('PUT', '/api/v1/em-signal-rules/STALKING', token, {
        active: false,
        reason: 'Probeersel van een ander',
      });
      expect(r.status, user).toBe(403);
    }
    // Row-level security: the application role acting as an organisation's administrator updates no row.
    const adminRn = await t.regie.db.asOwner(async (tx) => {
      const r = await tx.query<{ id: string }>(`SELECT id FROM users WHERE username = 'admin.rn'`);
      return r.rows[0]!.id;
    });
    const updated = await t.regie.db.asActor({ userId: adminRn }, async (tx) => {
      const r = await tx.query(
        `UPDATE em_signal_rules SET active = false, updated_by = $1 WHERE id = 'STALKING'`,
        [adminRn],
      );
      return r.rowCount;
    });
    expect(updated).toBe(0);
    await expect(
      t.regie.db.asActor({ userId: adminRn }, (tx) =>
        tx.query(
          `INSERT INTO em_signal_rule_changes (rule_id, before, after, changed_by, reason)
           VALUES ('STALKING', '{}', '{}', $1, 'stiekem gewijzigd')`,
          [adminRn],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await rule('STALKING')).toEqual(before);
    expect(await history('STALKING')).toEqual([]);
  });

  it('answers bad parameters with 422 naming each field, and changes nothing', async () => {
    const before = await rule('STALKING');
    const r = await t.api<Problem>('PUT', '/api/v1/em-signal-rules/STALKING', admin, {
      parameters: { keywords: ['belaging', ' ', 'Belaging', 7], flags: ['stalking'], colour: 'rood' },
      descriptionNl: 'Kort',
      reason: 'Test van de controle',
    });
    expect(r.status).toBe(422);
    const names = r.body.errors!.map((e) => e.name).sort();
    expect(names).toEqual(
      [
        'descriptionNl',
        'parameters.colour',
        'parameters.flags.0',
        'parameters.keywords.1',
        'parameters.keywords.2',
        'parameters.keywords.3',
      ].sort(),
    );
    expect(r.body.errors!.find((e) => e.name === 'parameters.colour')!.code).toBe('unknown');
    expect(r.body.errors!.find((e) => e.name === 'parameters.keywords.2')!.code).toBe('duplicate');

    const empty = await t.api<Problem>('PUT', '/api/v1/em-signal-rules/STALKING', admin, {
      parameters: { keywords: [] },
      reason: 'Geen trefwoorden meer',
    });
    expect(empty.status).toBe(422);
    expect(empty.body.errors!.map((e) => e.name)).toEqual(['parameters.keywords']);

    const profile = await t.api<Problem>('PUT', '/api/v1/em-signal-rules/NIGHT_TIME', admin, {
      parameters: { profileField: 'areaBound', keywords: ["'s nachts"] },
      reason: 'Ander veld proberen',
    });
    expect(profile.status).toBe(422);
    expect(profile.body.errors!.map((e) => [e.name, e.code])).toEqual([['parameters.profileField', 'fixed']]);

    const noReason = await t.api<Problem>('PUT', '/api/v1/em-signal-rules/STALKING', admin, {
      active: false,
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors!.map((e) => e.name)).toEqual(['reason']);

    const unchanged = await t.api<Problem>('PUT', '/api/v1/em-signal-rules/STALKING', admin, {
      active: true,
      reason: 'Verandert niets',
    });
    expect(unchanged.status).toBe(422);
    expect(unchanged.body.errors![0]!.code).toBe('unchanged');

    expect(
      (
        await t.api('PUT', '/api/v1/em-signal-rules/ONBEKEND', admin, {
          active: false,
          reason: 'Bestaat niet',
        })
      ).status,
    ).toBe(404);
    expect(await rule('STALKING')).toEqual(before);
    expect(await history('STALKING')).toEqual([]);
  });

  it('deactivating STALKING takes the signal away at once; re-activating brings it back', async () => {
    const id = await adviceOrder('Belaging van een buurvrouw');
    const signals = async () =>
      (await t.api<Signal>('GET', `/api/v1/orders/${id}/em-signal`, advisor)).body.signals.map(
        (s) => s.ruleId,
      );
    expect(await signals()).toEqual(['STALKING']);

    const off = await t.api<Rule>('PUT', '/api/v1/em-signal-rules/STALKING', admin, {
      active: false,
      reason: 'Tijdelijk uit in afwachting van nieuwe werkinstructie',
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(await signals()).toEqual([]);

    const on = await t.api<Rule>('PUT', '/api/v1/em-signal-rules/STALKING', admin, {
      active: true,
      reason: 'Werkinstructie vastgesteld',
    });
    expect(on.status).toBe(200);
    expect(await signals()).toEqual(['STALKING']);

    const h = await history('STALKING');
    expect(h.map((c) => [c.before.active, c.after.active])).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});
