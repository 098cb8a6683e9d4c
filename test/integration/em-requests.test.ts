import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleClient, startRegie, type TestRegie } from '../support/harness.js';

type Problem = {
  status: number;
  detail?: string;
  errors?: { name: string; in: string; code: string; detail: string }[];
};
type Created = { orderId: string; dueDate: string; urgent: boolean; status: string };

let t: TestRegie;
let coordinator: string;

beforeAll(async () => {
  t = await startRegie();
  coordinator = await t.login('em-coordinator.rn');
});
afterAll(() => t?.close());

const UTRECHT = { lat: 52.0907, lon: 5.1214 };

const emRequest = (overrides: Record<string, unknown> = {}) => ({
  client: { givenName: 'Jan', familyName: 'Voorbeeld', birthDate: '1985-03-02', bsn: '999999990' },
  principal: 'OM',
  legalFramework: 'SUSPENDED_DETENTION',
  intendedAddress: {
    street: 'Oudegracht',
    houseNumber: '100',
    postcode: '3511 AX',
    city: 'Utrecht',
    location: UTRECHT,
  },
  addressContact: { name: 'Maria Voorbeeld', phone: '06-11223344' },
  offence: 'Belaging van ex-partner',
  victimAddress: { street: 'Biltstraat', houseNumber: '5', postcode: '3572 AA', city: 'Utrecht' },
  urgent: false,
  requestedAt: '2026-04-23T10:00:00+02:00',
  ...overrides,
});

async function counts(): Promise<{ clients: number; orders: number; advices: number }> {
  const r = await t.regie.db.asOwner((tx) =>
    tx.query<{ clients: number; orders: number; advices: number }>(
      `SELECT (SELECT count(*)::int FROM clients) AS clients, (SELECT count(*)::int FROM orders) AS orders,
              (SELECT count(*)::int FROM em_advices) AS advices`,
    ),
  );
  return r.rows[0]!;
}

describe('POST /em-requests: completeness', () => {
  it('names every missing and invalid field at once and stores nothing', async () => {
    const before = await counts();
    const r = await t.api<Problem>('POST', '/api/v1/em-requests', coordinator, {
      client: { givenName: 'Jan' },
      legalFramework: 'SUSPENDED_DETENTION',
      intendedAddress: { street: 'Oudegracht', houseNumber: '100', postcode: 'abc', city: 'Utrecht' },
      addressContact: { name: 'Maria' },
      victimAddress: { street: 'Biltstraat', houseNumber: '5' },
      urgent: true,
      hobby: 'x',
    });
    expect(r.status).toBe(422);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    const names = r.body.errors!.map((e) => `${e.name}:${e.code}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'client.familyName:required',
        'client.birthDate:required',
        'principal:required',
        'intendedAddress.postcode:pattern',
        'addressContact.phone:required',
        'offence:required',
        'victimAddress.postcode:required',
        'victimAddress.city:required',
        'requestedAt:required',
        'hobby:unknown',
      ]),
    );
    expect(names).not.toContain('urgent:required');
    expect(names).not.toContain('client.givenName:required');
    expect(r.body.errors!.every((e) => e.in === 'body')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('an empty body names all top-level fields', async () => {
    const r = await t.api<Problem>('POST', '/api/v1/em-requests', coordinator, {});
    expect(r.status).toBe(422);
    expect(r.body.errors!.map((e) => e.name).sort()).toEqual(
      [
        'addressContact',
        'client',
        'intendedAddress',
        'legalFramework',
        'offence',
        'principal',
        'requestedAt',
        'urgent',
      ].sort(),
    );
  });

  it('refuses a client given both by id and as a new client, and an unknown client id', async () => {
    const both = await t.api<Problem>(
      'POST',
      '/api/v1/em-requests',
      coordinator,
      emRequest({
        client: { id: '00000000-0000-4000-8000-000000000000', givenName: 'X' },
      }),
    );
    expect(both.status).toBe(422);
    expect(both.body.errors!.map((e) => e.name)).toContain('client');
    const unknown = await t.api<Problem>(
      'POST',
      '/api/v1/em-requests',
      coordinator,
      emRequest({
        client: { id: '00000000-0000-4000-8000-000000000000' },
      }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors![0]).toMatchObject({ name: 'client.id', code: 'unknown' });
  });

  it('refuses a location outside the Netherlands', async () => {
    const r = await t.api<Problem>(
      'POST',
      '/api/v1/em-requests',
      coordinator,
      emRequest({
        intendedAddress: {
          street: 'Rue de Rivoli',
          houseNumber: '1',
          postcode: '1011 AA',
          city: 'Parijs',
          location: { lat: 48.86, lon: 2.35 },
        },
      }),
    );
    expect(r.status).toBe(422);
    expect(r.body.errors!.map((e) => `${e.name}:${e.code}`)).toEqual(['intendedAddress.location:outside-nl']);
  });
});

describe('POST /em-requests: registration', () => {
  it('creates client, EM_ADVICE order (10 working days across King’s Day and Liberation Day) and the advice', async () => {
    const before = await counts();
    const r = await t.api<Created>('POST', '/api/v1/em-requests', coordinator, emRequest());
    expect(r.status).toBe(201);
    // Thursday 23 April 2026: 27 April (King's Day) and 5 May (Liberation Day) are no working days.
    expect(r.body).toMatchObject({ dueDate: '2026-05-11', urgent: false, status: 'DISTRIBUTED' });
    expect(await counts()).toEqual({
      clients: before.clients + 1,
      orders: before.orders + 1,
      advices: before.advices + 1,
    });

    const order = await t.api<{
      kind: string;
      organisation: string;
      receivedAt: string;
      dueDate: string;
      offence: string;
    }>('GET', `/api/v1/orders/${r.body.orderId}`, coordinator);
    expect(order.body).toMatchObject({
      kind: 'EM_ADVICE',
      organisation: 'RN',
      dueDate: '2026-05-11',
      offence: 'Belaging van ex-partner',
    });
    expect(order.body.receivedAt).toBe('2026-04-23T08:00:00.000Z');

    const advice = await t.api<{
      intendedAddress: { location: { lat: number } };
      victimAddress: { city: string; location: null };
    }>('GET', `/api/v1/em-advices/${r.body.orderId}`, coordinator);
    expect(advice.status).toBe(200);
    expect(advice.body.intendedAddress.location.lat).toBeCloseTo(UTRECHT.lat, 6);
    expect(advice.body.victimAddress).toMatchObject({ city: 'Utrecht', location: null });

    const audit = await t.regie.db.asOwner((tx) =>
      tx.query<{ action: string }>(`SELECT action FROM audit_log WHERE resource = $1`, [
        `/em-advices/${r.body.orderId}`,
      ]),
    );
    expect(audit.rows.map((a) => a.action)).toContain('em-request.create');
  });

  it('keeps the urgent flag', async () => {
    const r = await t.api<Created>('POST', '/api/v1/em-requests', coordinator, emRequest({ urgent: true }));
    expect(r.status).toBe(201);
    expect(r.body.urgent).toBe(true);
    const order = await t.api<{ urgent: boolean }>('GET', `/api/v1/orders/${r.body.orderId}`, coordinator);
    expect(order.body.urgent).toBe(true);
  });

  it('uses an existing client by id', async () => {
    const advisor = await t.login('advisor.rn');
    const c = await t.api<{ id: string }>('POST', '/api/v1/clients', advisor, sampleClient());
    const before = await counts();
    const r = await t.api<Created>(
      'POST',
      '/api/v1/em-requests',
      advisor,
      emRequest({ client: { id: c.body.id } }),
    );
    expect(r.status).toBe(201);
    expect((await counts()).clients).toBe(before.clients);
    const order = await t.api<{ clientId: string }>('GET', `/api/v1/orders/${r.body.orderId}`, advisor);
    expect(order.body.clientId).toBe(c.body.id);
  });

  it('from the intake point the order is RECEIVED without organisation', async () => {
    const intake = await t.login('intake');
    const r = await t.api<Created>('POST', '/api/v1/em-requests', intake, emRequest());
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('RECEIVED');
    const order = await t.api<{ organisation: string | null }>(
      'GET',
      `/api/v1/orders/${r.body.orderId}`,
      intake,
    );
    expect(order.body.organisation).toBeNull();
  });

  it('other roles may not register EM requests', async () => {
    for (const user of ['supervisor.rn', 'operator', 'quality.rn']) {
      const r = await t.api<Problem>('POST', '/api/v1/em-requests', await t.login(user), emRequest());
      expect(r.status, user).toBe(403);
    }
  });
});

describe('EM request from the desk to an organisation', () => {
  it('is distributed by the intended address when the new client has no address yet', async () => {
    const intake = await t.login('intake');
    const created = await t.api<Created>('POST', '/api/v1/em-requests', intake, emRequest());
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('RECEIVED');
    const queue = await t.api<{ items: { orderId: string; postcode: string | null }[] }>(
      'GET',
      '/api/v1/intake/queue',
      intake,
    );
    expect(queue.body.items.find((i) => i.orderId === created.body.orderId)?.postcode).toBe('3511 AX');
    const d = await t.api<{
      distribution: { organisation: string; intakeRegion: string; unitId: string; explanation: string };
    }>('POST', `/api/v1/orders/${created.body.orderId}/distribution`, intake, {});
    expect(d.status).toBe(200);
    expect(d.body.distribution.intakeRegion).toBe('MIDDEN');
    expect(d.body.distribution.explanation).not.toBe('');
    // The nearest office of the chosen organisation to the intended address in Utrecht.
    expect(d.body.distribution.unitId).toMatch(/utrecht$/);
  });
});
