import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleClient, startRegie, type TestRegie } from '../support/harness.js';

// Intake and distribution against a real PostgreSQL: keys, the automatic and manual decision, isolation
// of the chosen organisation, the coordinator's shortlist, the shadow list and provisional orders.

type Problem = { status: number; detail?: string; errors?: { name: string; in: string; code: string }[] };
type Key = {
  region: string;
  shares: { RN: number; SVG: number; LJR: number };
  reason: string;
  setBy: { displayName: string } | null;
};
type Order = {
  id: string;
  clientId: string;
  kind: string;
  status: string;
  organisation: string | null;
  regionId: string | null;
  unitId: string | null;
  dueDate: string;
  urgent: boolean;
  assignee: { id: string } | null;
  statusHistory: { status: string; note: string | null }[];
};
type Distributed = Order & {
  distribution: {
    organisation: string;
    intakeRegion: string | null;
    regionId: string | null;
    unitId: string | null;
    rule: string;
    explanation: string;
    overrideReason: string | null;
  };
};
type Hearing = {
  id: string;
  clientId: string;
  organisation: string | null;
  outcome: string | null;
  orderId: string | null;
  nextHearingId: string | null;
  signal: { code: string; message: string } | null;
};

let t: TestRegie;
const USERS = [
  'intake',
  'admin',
  'admin.rn',
  'advisor.rn',
  'em-coordinator.rn',
  'em-coordinator.svg',
  'em-specialist.rn',
  'em-specialist-2.rn',
  'em-specialist-4.rn',
  'em-specialist.svg',
  'advisor.ljr',
  'supervisor.rn',
  'inspector',
] as const;
type Username = (typeof USERS)[number];
const tok = {} as Record<Username, string>;
const ids = {} as Record<Username, string>;
const LAST_YEAR = new Date().getFullYear() - 1;
const UTRECHT = {
  street: 'Oudegracht',
  houseNumber: '1',
  postcode: '3511 AB',
  city: 'Utrecht',
  validFrom: '2025-01-01',
  location: { lat: 52.0907, lon: 5.1214 },
};
const GRONINGEN = {
  street: 'Grote Markt',
  houseNumber: '2',
  postcode: '9711 LV',
  city: 'Groningen',
  validFrom: '2025-01-01',
};

beforeAll(async () => {
  t = await startRegie();
  for (const u of USERS) {
    tok[u] = await t.login(u);
    ids[u] = (await t.api<{ id: string }>('GET', '/api/v1/me', tok[u])).body.id;
  }
});
afterAll(() => t?.close());

async function count(table: string): Promise<number> {
  const r = await t.regie.db.asOwner((tx) =>
    tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
  );
  return r.rows[0]!.n;
}

async function intakeClient(overrides: Record<string, unknown> = {}): Promise<string> {
  const r = await t.api<{ id: string }>(
    'POST',
    '/api/v1/clients',
    tok.intake,
    sampleClient({ address: UTRECHT, ...overrides }),
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

async function order(token: string, clientId: string, over: Record<string, unknown> = {}): Promise<Order> {
  const r = await t.api<Order>('POST', '/api/v1/orders', token, {
    kind: 'SUPERVISION',
    principal: 'COURT',
    legalFramework: 'SUSPENDED_DETENTION',
    clientId,
    receivedAt: '2026-03-02T10:00:00+01:00',
    urgent: false,
    ...over,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

describe('distribution keys', () => {
  it('everyone signed in reads the current key of every region', async () => {
    const r = await t.api<{ items: Key[] }>('GET', '/api/v1/distribution-keys', tok['advisor.rn']);
    expect(r.status).toBe(200);
    expect(r.body.items.map((k) => k.region)).toEqual(['NOORD', 'OOST', 'MIDDEN', 'WEST', 'ZUID']);
    expect(r.body.items.find((k) => k.region === 'MIDDEN')!.shares).toEqual({ RN: 70, SVG: 20, LJR: 10 });
    for (const k of r.body.items) expect(k.shares.RN + k.shares.SVG + k.shares.LJR).toBe(100);
  });

  it('the 3RO administrator sets a new key; the history keeps the old one', async () => {
    const r = await t.api<Key>('PUT', '/api/v1/distribution-keys/OOST', tok.admin, {
      shares: { RN: 60, SVG: 25, LJR: 15 },
      reason: 'Meer verslavingszorg in Twente (besluit 3RO-overleg)',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      region: 'OOST',
      shares: { RN: 60, SVG: 25, LJR: 15 },
      setBy: { displayName: 'Functioneel beheer 3RO' },
    });
    const current = await t.api<{ items: Key[] }>('GET', '/api/v1/distribution-keys', tok.intake);
    expect(current.body.items.find((k) => k.region === 'OOST')!.shares).toEqual({ RN: 60, SVG: 25, LJR: 15 });
    const h = await t.api<{ items: Key[] }>(
      'GET',
      '/api/v1/distribution-keys/OOST/history',
      tok['advisor.rn'],
    );
    expect(h.body.items.map((k) => k.shares.RN)).toEqual([60, 70]);
  });

  it('refuses others, a key that does not add up to 100, and unknown regions, writing nothing', async () => {
    const before = await count('distribution_keys');
    const body = { shares: { RN: 50, SVG: 30, LJR: 20 }, reason: 'Poging zonder bevoegdheid' };
    for (const u of ['advisor.rn', 'intake', 'admin.rn'] as const) {
      const r = await t.api<Problem>('PUT', '/api/v1/distribution-keys/WEST', tok[u], body);
      expect(r.status, u).toBe(403);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const bad = await t.api<Problem>('PUT', '/api/v1/distribution-keys/WEST', tok.admin, {
      shares: { RN: 70, SVG: 20, LJR: 20 },
      reason: 'Telt op tot 110',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ name: 'shares', in: 'body' })]);
    const fraction = await t.api<Problem>('PUT', '/api/v1/distribution-keys/WEST', tok.admin, {
      shares: { RN: 70.5, SVG: 19.5, LJR: 10 },
      reason: 'Halve procenten',
    });
    expect(fraction.status).toBe(400);
    expect(fraction.body.errors!.map((e) => e.name)).toEqual(
      expect.arrayContaining(['shares.RN', 'shares.SVG']),
    );
    const noReason = await t.api<Problem>('PUT', '/api/v1/distribution-keys/WEST', tok.admin, {
      shares: { RN: 70, SVG: 20, LJR: 10 },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors!.map((e) => e.name)).toContain('reason');
    expect((await t.api('PUT', '/api/v1/distribution-keys/ATLANTIS', tok.admin, body)).status).toBe(404);
    expect((await t.api('GET', '/api/v1/distribution-keys/ATLANTIS/history', tok.admin)).status).toBe(404);
    expect(await count('distribution_keys')).toBe(before);
  });
});

describe('distribution by the intake point', () => {
  let addictionOrder: Distributed;

  it('an addiction client goes to SVG, to the unit nearest the address, with the reason', async () => {
    const c = await intakeClient({ riskFlags: ['ADDICTION'], familyName: 'Verslaafd' });
    const o = await order(tok.intake, c, { kind: 'EM_ADVICE', principal: 'OM' });
    expect(o).toMatchObject({ status: 'RECEIVED', organisation: null });
    const r = await t.api<Distributed>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, {});
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      status: 'DISTRIBUTED',
      organisation: 'SVG',
      regionId: 'svg-midden',
      unitId: 'svg-midden-utrecht',
    });
    expect(r.body.distribution).toMatchObject({
      organisation: 'SVG',
      intakeRegion: 'MIDDEN',
      rule: 'ADDICTION',
      overrideReason: null,
    });
    expect(r.body.distribution.explanation).toContain('verslaving');
    expect(r.body.statusHistory.at(-1)!.note).toContain('verslavingsproblematiek → SVG');
    addictionOrder = r.body;
  });

  it('the distributed order is visible to the chosen organisation and to no other', async () => {
    const id = addictionOrder.id;
    expect((await t.api('GET', `/api/v1/orders/${id}`, tok['em-specialist.svg'])).status).toBe(200);
    expect(
      (await t.api('GET', `/api/v1/clients/${addictionOrder.clientId}`, tok['em-specialist.svg'])).status,
    ).toBe(200);
    for (const u of ['em-specialist.rn', 'advisor.ljr'] as const) {
      expect((await t.api('GET', `/api/v1/orders/${id}`, tok[u])).status, u).toBe(404);
      expect((await t.api('GET', `/api/v1/orders/${id}/distribution`, tok[u])).status, u).toBe(404);
      expect((await t.api('GET', `/api/v1/clients/${addictionOrder.clientId}`, tok[u])).status, u).toBe(404);
    }
    const d = await t.api<{ explanation: string }>(
      'GET',
      `/api/v1/orders/${id}/distribution`,
      tok['em-coordinator.svg'],
    );
    expect(d.status).toBe(200);
    expect(d.body.explanation).toBe('verslavingsproblematiek → SVG');
    const audit = await t.api<{ items: { action: string; actor: string }[] }>(
      'GET',
      `/api/v1/audit?clientId=${addictionOrder.clientId}`,
      tok['em-coordinator.svg'],
    );
    expect(audit.body.items.map((a) => a.action)).toEqual(
      expect.arrayContaining(['order.distribute', 'order.distribution.read']),
    );
  });

  it('earlier involvement of one organisation wins over the rest', async () => {
    const c = await intakeClient({
      address: GRONINGEN,
      riskFlags: ['ADDICTION'],
      earlierInvolvement: [
        { organisation: 'RN', year: LAST_YEAR - 3, kind: 'ADVICE' },
        { organisation: 'LJR', year: LAST_YEAR, kind: 'SUPERVISION' },
      ],
    });
    const o = await order(tok.intake, c);
    const r = await t.api<Distributed>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, {});
    expect(r.status).toBe(200);
    // No coordinates: the unit nearest to the centre of intake region Noord.
    expect(r.body).toMatchObject({ organisation: 'LJR', unitId: 'ljr-noord-groningen' });
    expect(r.body.distribution).toMatchObject({
      rule: 'EARLIER_INVOLVEMENT',
      intakeRegion: 'NOORD',
      explanation: `LJ&R: eerder toezicht ${LAST_YEAR}`,
    });
  });

  it('otherwise the region’s key decides, and says so', async () => {
    const c = await intakeClient({ familyName: 'Sleutel' });
    const o = await order(tok.intake, c, { kind: 'ADVICE' });
    const r = await t.api<Distributed>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, {});
    expect(r.status).toBe(200);
    expect(r.body.distribution.rule).toBe('DISTRIBUTION_KEY');
    expect(r.body.distribution.explanation).toMatch(
      /^Verdeelsleutel regio Midden \(RN 70 \/ SVG 20 \/ LJ&R 10\): (RN|SVG|LJ&R), nu \d+,\d% van \d+ opdrachten$/,
    );
    expect(r.body.organisation).toBe('RN');
    expect(r.body.unitId).toBe('rn-midden-utrecht');
    // Distributed once; automatic again is a conflict, and nothing changes.
    const again = await t.api<Problem>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, {});
    expect(again.status).toBe(409);
  });

  it('a manual override needs an organisation and a reason; bad input writes nothing', async () => {
    const c = await intakeClient({ familyName: 'Handmatig' });
    const o = await order(tok.intake, c);
    const before = await count('order_status_history');
    const cases: [unknown, number, string][] = [
      [{ organisation: 'LJR' }, 422, 'reason'],
      [{ organisation: 'LJR', reason: 'kort' }, 422, 'reason'],
      [{ reason: 'Een reden zonder organisatie' }, 422, 'organisation'],
      [{ organisation: 'XYZ', reason: 'Onbekende organisatie' }, 400, 'organisation'],
      [{ organisation: 'RN', reason: 'Extra veld', extra: 1 }, 400, 'extra'],
    ];
    for (const [body, status, field] of cases) {
      const r = await t.api<Problem>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(
        r.body.errors!.map((e) => e.name),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect(await count('order_status_history')).toBe(before);
    const still = await t.api<Order>('GET', `/api/v1/orders/${o.id}`, tok.intake);
    expect(still.body).toMatchObject({ status: 'RECEIVED', organisation: null });

    const r = await t.api<Distributed>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, {
      organisation: 'LJR',
      reason: 'Cliënt verblijft in de opvang van het Leger des Heils',
    });
    expect(r.status).toBe(200);
    expect(r.body.organisation).toBe('LJR');
    expect(r.body.distribution).toMatchObject({
      rule: 'MANUAL',
      explanation: 'Handmatig: Cliënt verblijft in de opvang van het Leger des Heils',
      overrideReason: 'Cliënt verblijft in de opvang van het Leger des Heils',
    });
    expect(r.body.unitId).toMatch(/^ljr-/);
  });

  it('without an address only a manual decision is possible; only the intake point distributes', async () => {
    const c = await intakeClient({ address: undefined, familyName: 'Zonderadres' });
    const o = await order(tok.intake, c);
    const auto = await t.api<Problem>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, {});
    expect(auto.status).toBe(422);
    expect(auto.body.errors![0]).toMatchObject({ name: 'clientId', code: 'address' });
    expect(
      (await t.api('POST', `/api/v1/orders/${o.id}/distribution`, tok['em-coordinator.rn'], {})).status,
    ).toBe(403);
    expect((await t.api('POST', `/api/v1/orders/${o.id}/distribution`, tok.inspector, {})).status).toBe(403);
    const manual = await t.api<Distributed>('POST', `/api/v1/orders/${o.id}/distribution`, tok.intake, {
      organisation: 'RN',
      reason: 'Adres volgt; reclasseringswerker RN kent cliënt',
    });
    expect(manual.status).toBe(200);
    expect(manual.body.distribution).toMatchObject({ organisation: 'RN', intakeRegion: null, unitId: null });
    expect(
      (
        await t.api(
          'POST',
          '/api/v1/orders/00000000-0000-4000-8000-000000000000/distribution',
          tok.intake,
          {},
        )
      ).status,
    ).toBe(404);
  });

  it('the existing assignment endpoint still moves orders', async () => {
    const c = await intakeClient({ familyName: 'Toewijzing' });
    const o = await order(tok.intake, c);
    const r = await t.api<Order>('POST', `/api/v1/orders/${o.id}/assignment`, tok.intake, {
      organisation: 'SVG',
      regionId: 'svg-midden',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ organisation: 'SVG', status: 'DISTRIBUTED' });
  });
});

describe('the intake queue', () => {
  it('lists received orders, urgent first, then by due date, for the intake point only', async () => {
    const c = await intakeClient({ familyName: 'Wachtrij' });
    const late = await order(tok.intake, c, { receivedAt: '2026-03-20T10:00:00+01:00' });
    const early = await order(tok.intake, c, { receivedAt: '2026-03-01T10:00:00+01:00', kind: 'ADVICE' });
    const urgent = await order(tok.intake, c, { receivedAt: '2026-03-25T10:00:00+01:00', urgent: true });
    const r = await t.api<{
      items: {
        orderId: string;
        urgent: boolean;
        dueDate: string;
        intakeRegion: string | null;
        postcode: string | null;
      }[];
    }>('GET', '/api/v1/intake/queue', tok.intake);
    expect(r.status).toBe(200);
    const pos = (id: string) => r.body.items.findIndex((i) => i.orderId === id);
    expect(pos(urgent.id)).toBeGreaterThanOrEqual(0);
    expect(pos(urgent.id)).toBeLessThan(pos(early.id));
    expect(pos(early.id)).toBeLessThan(pos(late.id));
    for (let i = 1; i < r.body.items.length; i++) {
      const [a, b] = [r.body.items[i - 1]!, r.body.items[i]!];
      expect(Number(b.urgent) <= Number(a.urgent) && (a.urgent !== b.urgent || a.dueDate <= b.dueDate)).toBe(
        true,
      );
    }
    expect(r.body.items[pos(late.id)]).toMatchObject({ postcode: '3511 AB', intakeRegion: 'MIDDEN' });
    expect((await t.api('GET', '/api/v1/intake/queue', tok['em-coordinator.rn'])).status).toBe(403);
  });
});

describe('assignment candidates', () => {
  it('show caseload, expertise and who wrote the earlier advice, for the coordinator of the order’s organisation', async () => {
    const rn = tok['advisor.rn'];
    const c = await t.api<{ id: string }>(
      'POST',
      '/api/v1/clients',
      rn,
      sampleClient({ familyName: 'Kandidaat', riskFlags: ['HIGH_RISK'] }),
    );
    const advice = await order(rn, c.body.id, { kind: 'ADVICE', principal: 'OM' });
    const assigned = await t.api('POST', `/api/v1/orders/${advice.id}/assignment`, tok['em-coordinator.rn'], {
      assigneeId: ids['em-specialist-4.rn'],
    });
    expect(assigned.status).toBe(200);
    // Someone else gets some work, so caseloads differ.
    const other = await t.api<{ id: string }>(
      'POST',
      '/api/v1/clients',
      rn,
      sampleClient({ familyName: 'Ander' }),
    );
    const busy = await order(rn, other.body.id, { kind: 'EM_ADVICE', principal: 'OM' });
    await t.api('POST', `/api/v1/orders/${busy.id}/assignment`, tok['em-coordinator.rn'], {
      assigneeId: ids['em-specialist-2.rn'],
    });

    const em = await order(rn, c.body.id, {
      kind: 'EM_ADVICE',
      principal: 'OM',
      offence: 'Aanranding (art. 246 Sr)',
    });
    const r = await t.api<{
      roles: string[];
      neededExpertise: string[];
      orderWeight: number;
      items: {
        userId: string;
        totalWeight: number;
        capacity: number;
        activeOrders: number;
        expertise: string[];
        matchingExpertise: string[];
        wroteEarlierAdvice: boolean;
        why: string;
      }[];
    }>('GET', `/api/v1/orders/${em.id}/assignment-candidates`, tok['em-coordinator.rn']);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      roles: ['em_specialist'],
      neededExpertise: ['SEXUAL_OFFENCES', 'HIGH_RISK'],
      orderWeight: 1.5,
    });
    const byId = new Map(r.body.items.map((i) => [i.userId, i]));
    expect([...byId.keys()]).toEqual(
      expect.arrayContaining([ids['em-specialist.rn'], ids['em-specialist-2.rn'], ids['em-specialist-4.rn']]),
    );
    expect(byId.has(ids['advisor.rn']!)).toBe(false);
    const first = r.body.items[0]!;
    expect(first).toMatchObject({
      userId: ids['em-specialist-4.rn'],
      wroteEarlierAdvice: true,
      matchingExpertise: ['SEXUAL_OFFENCES'],
    });
    expect(first.why).toMatch(/eerder advies/);
    expect(byId.get(ids['em-specialist.rn']!)).toMatchObject({
      expertise: ['SEXUAL_OFFENCES', 'HIGH_RISK'],
      wroteEarlierAdvice: false,
    });
    expect(byId.get(ids['em-specialist-2.rn']!)!.totalWeight).toBeGreaterThanOrEqual(1.5);
    expect(byId.get(ids['em-specialist-2.rn']!)!.capacity).toBe(40);
    expect(r.body.items.every((i) => i.why.length > 0)).toBe(true);

    expect(
      (await t.api('GET', `/api/v1/orders/${em.id}/assignment-candidates`, tok['em-coordinator.svg'])).status,
    ).toBe(404);
    expect(
      (await t.api('GET', `/api/v1/orders/${em.id}/assignment-candidates`, tok['advisor.rn'])).status,
    ).toBe(403);
    // The coordinator then assigns through the existing endpoint.
    const a = await t.api<Order>('POST', `/api/v1/orders/${em.id}/assignment`, tok['em-coordinator.rn'], {
      assigneeId: first.userId,
    });
    expect(a.body).toMatchObject({ status: 'ASSIGNED', assignee: { id: ids['em-specialist-4.rn'] } });
  });
});

describe('shadow list and provisional orders', () => {
  let clientId: string;
  let hearing: Hearing;
  let provisional: Order;

  beforeAll(async () => {
    clientId = await intakeClient({ familyName: 'Raadkamer' });
  });

  it('a hearing whose date passed without an outcome is overdue, with a Dutch signal', async () => {
    const r = await t.api<Hearing>('POST', '/api/v1/chamber-hearings', tok.intake, {
      clientId,
      court: 'Rechtbank Midden-Nederland',
      hearingDate: '2025-01-10',
      caseReference: '16/123456-25',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.signal).toEqual({
      code: 'OUTCOME_MISSING',
      message: expect.stringContaining('10 januari 2025'),
    });
    hearing = r.body;
    const future = await t.api<Hearing>('POST', '/api/v1/chamber-hearings', tok.intake, {
      clientId,
      court: 'Rechtbank Midden-Nederland',
      hearingDate: '2099-06-01',
      caseReference: '16/999999-99',
    });
    expect(future.body.signal).toBeNull();
    const overdue = await t.api<{ items: Hearing[] }>(
      'GET',
      '/api/v1/chamber-hearings?status=overdue',
      tok.intake,
    );
    expect(overdue.body.items.map((h) => h.id)).toContain(hearing.id);
    expect(overdue.body.items.map((h) => h.id)).not.toContain(future.body.id);
    const pending = await t.api<{ items: Hearing[] }>('GET', '/api/v1/chamber-hearings', tok.intake);
    expect(pending.body.items.map((h) => h.id)).toEqual(expect.arrayContaining([hearing.id, future.body.id]));
  });

  it('bad input is refused with the field named, and nothing is written', async () => {
    const before = await count('chamber_hearings');
    const other = await intakeClient({ familyName: 'Ander' });
    const otherOrder = await order(tok.intake, other);
    const cases: [unknown, number, string][] = [
      [{ clientId, court: 'R', hearingDate: '2025-13-40', caseReference: '' }, 400, 'hearingDate'],
      [
        {
          clientId: '00000000-0000-4000-8000-000000000000',
          court: 'Rechtbank',
          hearingDate: '2025-01-01',
          caseReference: 'x',
        },
        422,
        'clientId',
      ],
      [
        {
          clientId,
          court: 'Rechtbank',
          hearingDate: '2025-01-01',
          caseReference: 'x',
          orderId: otherOrder.id,
        },
        422,
        'orderId',
      ],
    ];
    for (const [body, status, field] of cases) {
      const r = await t.api<Problem>('POST', '/api/v1/chamber-hearings', tok.intake, body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.body.errors!.map((e) => e.name)).toContain(field);
    }
    const adj = await t.api<Problem>('PUT', `/api/v1/chamber-hearings/${hearing.id}/outcome`, tok.intake, {
      outcome: 'ADJOURNED',
    });
    expect(adj.status).toBe(422);
    expect(adj.body.errors!.map((e) => e.name)).toEqual(['nextHearingDate']);
    const wrong = await t.api<Problem>('PUT', `/api/v1/chamber-hearings/${hearing.id}/outcome`, tok.intake, {
      outcome: 'NOT_SUSPENDED',
      orderId: otherOrder.id,
    });
    expect(wrong.status).toBe(422);
    expect(await count('chamber_hearings')).toBe(before);
    const list = await t.api<{ items: Hearing[] }>('GET', '/api/v1/chamber-hearings?status=all', tok.intake);
    expect(list.body.items.find((h) => h.id === hearing.id)!.outcome).toBeNull();
  });

  it('inspectors read with a reason and never write', async () => {
    expect((await t.api('GET', '/api/v1/chamber-hearings', tok.inspector)).status).toBe(400);
    const r = await t.api<{ items: Hearing[] }>(
      'GET',
      '/api/v1/chamber-hearings?status=all&reason=Inspectie%20schaduwlijst',
      tok.inspector,
    );
    expect(r.status).toBe(200);
    expect(r.body.items.map((h) => h.id)).toContain(hearing.id);
    const w = await t.api('POST', '/api/v1/chamber-hearings', tok.inspector, {
      clientId,
      court: 'Rechtbank',
      hearingDate: '2025-01-01',
      caseReference: 'x',
    });
    expect(w.status).toBe(403);
  });

  it('the signal changes when suspended without an order, and disappears once the order is linked', async () => {
    const s = await t.api<Hearing>('PUT', `/api/v1/chamber-hearings/${hearing.id}/outcome`, tok.intake, {
      outcome: 'SUSPENDED_WITH_CONDITIONS',
    });
    expect(s.status).toBe(200);
    expect(s.body.signal?.code).toBe('ORDER_MISSING');
    provisional = await order(tok.intake, clientId, { provisional: true, urgent: true });
    const linked = await t.api<Hearing>('PUT', `/api/v1/chamber-hearings/${hearing.id}/outcome`, tok.intake, {
      outcome: 'SUSPENDED_WITH_CONDITIONS',
      orderId: provisional.id,
    });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({
      outcome: 'SUSPENDED_WITH_CONDITIONS',
      orderId: provisional.id,
      signal: null,
    });
    const overdue = await t.api<{ items: Hearing[] }>(
      'GET',
      '/api/v1/chamber-hearings?status=overdue',
      tok.intake,
    );
    expect(overdue.body.items.map((h) => h.id)).not.toContain(hearing.id);
    const all = await t.api<{ items: Hearing[] }>('GET', '/api/v1/chamber-hearings?status=all', tok.intake);
    expect(all.body.items.map((h) => h.id)).toContain(hearing.id);
  });

  it('an adjourned hearing continues as a new item', async () => {
    const h = await t.api<Hearing>('POST', '/api/v1/chamber-hearings', tok.intake, {
      clientId,
      court: 'Rechtbank Den Haag',
      hearingDate: '2025-02-03',
      caseReference: '09/111-25',
    });
    const r = await t.api<Hearing>('PUT', `/api/v1/chamber-hearings/${h.body.id}/outcome`, tok.intake, {
      outcome: 'ADJOURNED',
      nextHearingDate: '2099-02-17',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ outcome: 'ADJOURNED', signal: null });
    expect(r.body.nextHearingId).toBeTruthy();
    const pending = await t.api<{ items: Hearing[] }>('GET', '/api/v1/chamber-hearings', tok.intake);
    expect(pending.body.items.map((x) => x.id)).toContain(r.body.nextHearingId);
    expect(pending.body.items.map((x) => x.id)).not.toContain(h.body.id);
    expect(
      (
        await t.api('PUT', `/api/v1/chamber-hearings/${h.body.id}/outcome`, tok.intake, {
          outcome: 'NOT_SUSPENDED',
        })
      ).status,
    ).toBe(409);
  });

  it('hearings follow the client to its organisation and stay out of others’ sight', async () => {
    const d = await t.api<Distributed>('POST', `/api/v1/orders/${provisional.id}/distribution`, tok.intake, {
      organisation: 'RN',
      reason: 'Voorlopig toezicht, RN had het adviesrapport',
    });
    expect(d.status).toBe(200);
    const rnList = await t.api<{ items: Hearing[] }>(
      'GET',
      '/api/v1/chamber-hearings?status=all',
      tok['supervisor.rn'],
    );
    expect(rnList.body.items.find((h) => h.id === hearing.id)).toMatchObject({ organisation: 'RN' });
    const svgList = await t.api<{ items: Hearing[] }>(
      'GET',
      '/api/v1/chamber-hearings?status=all',
      tok['em-specialist.svg'],
    );
    expect(svgList.body.items.map((h) => h.id)).not.toContain(hearing.id);
    const svgWrite = await t.api(
      'PUT',
      `/api/v1/chamber-hearings/${hearing.id}/outcome`,
      tok['em-specialist.svg'],
      { outcome: 'NOT_SUSPENDED' },
    );
    expect(svgWrite.status).toBe(404);
  });

  it('a provisional supervision order is completed by the official order, which takes over the supervisor', async () => {
    const assign = await t.api<Order>(
      'POST',
      `/api/v1/orders/${provisional.id}/assignment`,
      tok['em-coordinator.rn'],
      { assigneeId: ids['supervisor.rn'] },
    );
    expect(assign.body.status).toBe('ASSIGNED');
    const official = await order(tok.intake, clientId, { receivedAt: '2026-03-09T09:00:00+01:00' });
    expect(official).toMatchObject({ organisation: 'RN', assignee: null });

    const before = await count('order_status_history');
    const notProvisional = await t.api<Problem>(
      'POST',
      `/api/v1/orders/${official.id}/official-order`,
      tok.intake,
      { officialOrderId: provisional.id },
    );
    expect(notProvisional.status).toBe(422);
    const otherClient = await order(tok.intake, await intakeClient({ familyName: 'Vreemd' }));
    const wrongClient = await t.api<Problem>(
      'POST',
      `/api/v1/orders/${provisional.id}/official-order`,
      tok.intake,
      { officialOrderId: otherClient.id },
    );
    expect(wrongClient.status).toBe(422);
    expect(wrongClient.body.errors![0]).toMatchObject({ name: 'officialOrderId', code: 'client' });
    expect(
      (
        await t.api('POST', `/api/v1/orders/${provisional.id}/official-order`, tok.inspector, {
          officialOrderId: official.id,
        })
      ).status,
    ).toBe(403);
    expect(await count('order_status_history')).toBe(before + 1); // only otherClient's creation

    const r = await t.api<{ provisionalOrder: Order; officialOrder: Order }>(
      'POST',
      `/api/v1/orders/${provisional.id}/official-order`,
      tok.intake,
      {
        officialOrderId: official.id,
      },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.provisionalOrder.status).toBe('COMPLETED');
    expect(r.body.provisionalOrder.statusHistory.at(-1)!.note).toBe(
      `Opgevolgd door officiële opdracht ${official.id}`,
    );
    expect(r.body.officialOrder).toMatchObject({
      status: 'ASSIGNED',
      organisation: 'RN',
      assignee: { id: ids['supervisor.rn'] },
    });
    const all = await t.api<{ items: Hearing[] }>(
      'GET',
      '/api/v1/chamber-hearings?status=all',
      tok['supervisor.rn'],
    );
    expect(all.body.items.find((h) => h.id === hearing.id)!.orderId).toBe(official.id);
    expect(
      (
        await t.api('POST', `/api/v1/orders/${provisional.id}/official-order`, tok.intake, {
          officialOrderId: official.id,
        })
      ).status,
    ).toBe(409);
    const audit = await t.api<{ items: { action: string }[] }>(
      'GET',
      `/api/v1/audit?clientId=${clientId}`,
      tok['supervisor.rn'],
    );
    expect(audit.body.items.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'order.official-order',
        'chamber-hearing.outcome',
        'chamber-hearing.create',
        'order.distribute',
      ]),
    );
  });
});
