import { mkdirSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleClient, startRegie, type TestRegie } from '../support/harness.js';

type FieldError = { name: string; in: string; code: string; detail: string };
type Problem = { status: number; detail?: string; errors?: FieldError[] };
type Advice = {
  id: string;
  status: string;
  policeInformation: {
    status: string;
    requestedAt: string | null;
    dueDate: string | null;
    receivedAt: string | null;
  };
  zones: {
    label: string;
    kind: string;
    radiusMeters: number | null;
    geometry: { type: string };
    victimMarginMeters: number | null;
  }[];
  timeWindows: { weekday: number; start: string; end: string }[];
  policeResponse: boolean;
  conclusion: { outcome: string } | null;
  documentSentAt: string | null;
  missing: { item: string; label: string }[];
  feasibility: Record<string, Record<string, { value: string }>> | null;
  homeVisit: { mode: string } | null;
  intendedAddress: { street: string; postcode: string; location: { lat: number; lon: number } | null };
  victimAddress: { street: string; location: { lat: number; lon: number } | null } | null;
};

let t: TestRegie;
let coordinator: string;
let specialist: string;
let specialistId: string;

// RD New (EPSG:28992) points in Utrecht: the victim's address and the client's intended home 12 km west.
const VICTIM_RD = { x: 136000, y: 456000 };
const HOME_RD = { x: 124000, y: 456000 };

async function wgs84(x: number, y: number): Promise<{ lat: number; lon: number }> {
  const r = await t.regie.db.asOwner((tx) =>
    tx.query<{ lat: number; lon: number }>(
      `SELECT ST_Y(p) AS lat, ST_X(p) AS lon FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 28992), 4326) AS p) s`,
      [x, y],
    ),
  );
  return { lat: Number(r.rows[0]!.lat), lon: Number(r.rows[0]!.lon) };
}
const point = async (x: number, y: number) => {
  const p = await wgs84(x, y);
  return { type: 'Point', coordinates: [p.lon, p.lat] };
};
/** A polygon built in RD New metres, sent as WGS84 GeoJSON. */
async function polygonRd(corners: [number, number][]) {
  const ring = [];
  for (const [x, y] of [...corners, corners[0]!]) {
    const p = await wgs84(x, y);
    ring.push([p.lon, p.lat]);
  }
  return { type: 'Polygon', coordinates: [ring] };
}

async function newAdvice(
  opts: { victim?: boolean; by?: string; homeLocation?: boolean } = {},
): Promise<string> {
  const home = await wgs84(HOME_RD.x, HOME_RD.y);
  const victim = await wgs84(VICTIM_RD.x, VICTIM_RD.y);
  const r = await t.api<{ orderId: string }>('POST', '/api/v1/em-requests', opts.by ?? coordinator, {
    client: { givenName: 'Piet', familyName: 'Proef', birthDate: '1980-01-01' },
    principal: 'OM',
    legalFramework: 'SUSPENDED_DETENTION',
    intendedAddress: {
      street: 'Damstraat',
      houseNumber: '1',
      postcode: '3531 BR',
      city: 'Utrecht',
      ...(opts.homeLocation === false ? {} : { location: home }),
    },
    addressContact: { name: 'Mien Proef', phone: '06-12312312' },
    offence: 'Belaging',
    ...(opts.victim === false
      ? {}
      : {
          victimAddress: {
            street: 'Maliebaan',
            houseNumber: '2',
            postcode: '3581 CP',
            city: 'Utrecht',
            location: victim,
          },
        }),
    urgent: false,
    requestedAt: '2026-04-23T10:00:00+02:00',
  });
  expect(r.status).toBe(201);
  const a = await t.api('POST', `/api/v1/orders/${r.body.orderId}/assignment`, coordinator, {
    assigneeId: specialistId,
  });
  expect(a.status).toBe(200);
  return r.body.orderId;
}

const ALL_ASPECTS = {
  client: {
    canReadClock: { value: 'YES' },
    keepsAppointments: { value: 'YES' },
    canHandleCharger: { value: 'YES' },
    psychiatricProblems: { value: 'NO' },
    addictionProblems: { value: 'NO', note: 'Geen middelengebruik bekend' },
    motivation: { value: 'YES' },
  },
  dwelling: {
    power: { value: 'YES' },
    mobileCoverageAllRooms: { value: 'YES' },
    mainResidentConsent: { value: 'YES', note: 'Moeder, schriftelijk' },
    registeredAtAddress: { value: 'YES' },
    paymentArrears: { value: 'NO' },
    ownKeyOwnRoom: { value: 'YES' },
    household: { value: 'YES' },
    residentKnowsOffence: { value: 'YES' },
  },
  surroundings: {
    victimAtSafeDistance: { value: 'YES' },
    noCriminalActivity: { value: 'YES' },
    noPoliceObjections: { value: 'UNKNOWN', note: 'Politie-informatie nog niet ontvangen' },
    safeForStaff: { value: 'YES' },
    gpsReception: { value: 'NOT_APPLICABLE' },
  },
};
const HOME_VISIT = { date: '2026-04-28', mode: 'PHYSICAL', company: 'IN_PAIRS', safetyNote: 'Hond aanwezig' };
const CONCLUSION = {
  outcome: 'POSITIVE',
  reasons: ['Cliënt is gemotiveerd en de woning is geschikt.'],
  proposedInstallation: { date: '2026-05-12', time: '10:00', place: 'ADDRESS' },
  discussedWithClient: true,
  clientResponse: 'Cliënt kan zich vinden in het advies.',
};

/** The text of a PDF made by pdfkit: inflate each stream, decode the hex strings of every TJ operator. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  // WinAnsi (cp1252): latin1 plus typographic characters in 0x80–0x9f (Node's small-ICU builds lack it).
  const cp1252: Record<number, string> = {
    0x80: '€',
    0x85: '…',
    0x91: '‘',
    0x92: '’',
    0x93: '“',
    0x94: '”',
    0x95: '•',
    0x96: '–',
    0x97: '—',
  };
  const decoder = { decode: (b: Buffer) => [...b].map((c) => cp1252[c] ?? String.fromCharCode(c)).join('') };
  const streams = [...raw.matchAll(/stream\r?\n/g)];
  for (const m of streams) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      out.push(decoder.decode(Buffer.from(hex, 'hex')));
    }
  }
  return out.join('\n');
}

async function getPdf(id: string, token: string) {
  return t.regie.app.inject({
    method: 'GET',
    url: `/api/v1/em-advices/${id}/document`,
    headers: { authorization: `Bearer ${token}` },
  });
}

beforeAll(async () => {
  t = await startRegie();
  coordinator = await t.login('em-coordinator.rn');
  specialist = await t.login('em-specialist.rn');
  specialistId = (await t.api<{ id: string }>('GET', '/api/v1/me', specialist)).body.id;
});
afterAll(() => t?.close());

describe('zones: the 5 km rule at its edge', () => {
  it('a circle keeping the victim exactly 5000 m inside its boundary is accepted; 4990 m is refused', async () => {
    const id = await newAdvice();
    // Radius 10 km, centre 5 km east of the victim: the victim lies 10000 - 5000 = 5000 m from the edge.
    const ok = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Rond slachtoffer',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x + 5000, VICTIM_RD.y),
          radiusMeters: 10000,
        },
      ],
      policeResponse: true,
      timeWindows: [],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.zones[0]).toMatchObject({
      kind: 'exclusion',
      radiusMeters: 10000,
      geometry: { type: 'Point' },
    });
    expect(ok.body.zones[0]!.victimMarginMeters).toBeCloseTo(5000, 2);
    expect(ok.body.policeResponse).toBe(true);

    const refused = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Rond slachtoffer',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x + 5010, VICTIM_RD.y),
          radiusMeters: 10000,
        },
      ],
      policeResponse: true,
      timeWindows: [],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]).toMatchObject({ name: 'zones.0.geometry', code: 'five-km' });
    expect(refused.body.errors![0]!.detail).toContain('4.990 m');
    expect(refused.body.errors![0]!.detail).toContain('5 km');

    // Nothing of the refused proposal was stored.
    const after = await t.api<Advice>('GET', `/api/v1/em-advices/${id}`, specialist);
    expect(after.body.zones[0]!.victimMarginMeters).toBeCloseTo(5000, 2);

    // Without police response the 5 km minimum does not apply.
    const noPolice = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Klein',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x, VICTIM_RD.y),
          radiusMeters: 1000,
        },
      ],
      policeResponse: false,
      timeWindows: [],
    });
    expect(noPolice.status).toBe(200);
  });

  it('a polygon built in RD: 5000 m to its nearest edge accepted, 4990 m refused, victim outside refused', async () => {
    const id = await newAdvice();
    const { x, y } = VICTIM_RD;
    const put = async (corners: [number, number][]) =>
      t.api<Problem>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
        zones: [{ label: 'Gemeente', kind: 'exclusion', geometry: await polygonRd(corners) }],
        policeResponse: true,
        timeWindows: [],
      });
    const ok = await put([
      [x - 5000, y - 6000],
      [x + 6000, y - 6000],
      [x + 6000, y + 6000],
      [x - 5000, y + 6000],
    ]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const near = await put([
      [x - 4990, y - 6000],
      [x + 6000, y - 6000],
      [x + 6000, y + 6000],
      [x - 4990, y + 6000],
    ]);
    expect(near.status).toBe(422);
    expect(near.body.errors![0]!.detail).toContain('4.990 m');
    const outside = await put([
      [x + 1000, y - 6000],
      [x + 8000, y - 6000],
      [x + 8000, y + 6000],
      [x + 1000, y + 6000],
    ]);
    expect(outside.status).toBe(422);
    expect(outside.body.errors![0]).toMatchObject({ name: 'zones.0.geometry', code: 'five-km' });
    expect(outside.body.errors![0]!.detail).toContain('buiten');
  });

  it('police response without a victim location is refused', async () => {
    const id = await newAdvice({ victim: false });
    const r = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Centrum',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x, VICTIM_RD.y),
          radiusMeters: 6000,
        },
      ],
      policeResponse: true,
      timeWindows: [],
    });
    expect(r.status).toBe(422);
    expect(r.body.errors!.map((e) => `${e.name}:${e.code}`)).toEqual(['policeResponse:victim-location']);
  });
});

describe('zones and time windows: every bad item named at once, nothing stored', () => {
  it('refuses home inside an exclusion zone, self-intersection, outside NL, radius ≤ 0 and overlapping windows', async () => {
    const id = await newAdvice();
    const { x, y } = VICTIM_RD;
    const good = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [{ label: 'Slachtoffer', kind: 'exclusion', geometry: await point(x, y), radiusMeters: 5500 }],
      policeResponse: false,
      timeWindows: [{ weekday: 1, start: '22:00', end: '06:00' }],
    });
    expect(good.status).toBe(200);

    const r = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Om de woning',
          kind: 'exclusion',
          geometry: await point(HOME_RD.x + 100, HOME_RD.y),
          radiusMeters: 500,
        },
        {
          label: 'Vlinder',
          kind: 'exclusion',
          geometry: await polygonRd([
            [x, y],
            [x + 1000, y + 1000],
            [x + 1000, y],
            [x, y + 1000],
          ]),
        },
        {
          label: 'Parijs',
          kind: 'exclusion',
          geometry: { type: 'Point', coordinates: [2.35, 48.85] },
          radiusMeters: 500,
        },
        { label: 'Nul', kind: 'exclusion', geometry: await point(x, y), radiusMeters: 0 },
        { label: 'Negatief', kind: 'inclusion', geometry: await point(x, y), radiusMeters: -5 },
        {
          label: 'Open ring',
          kind: 'exclusion',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [5.1, 52.1],
                [5.11, 52.1],
                [5.11, 52.11],
              ],
            ],
          },
        },
      ],
      policeResponse: false,
      timeWindows: [
        { weekday: 1, start: '22:00', end: '06:00' },
        { weekday: 2, start: '05:00', end: '08:00' },
        { weekday: 3, start: '10:00', end: '10:00' },
        { weekday: 4, start: '08:00', end: '12:00' },
        { weekday: 4, start: '11:00', end: '13:00' },
        { weekday: 7, start: '23:00', end: '01:00' },
        { weekday: 1, start: '00:30', end: '02:00' },
        { weekday: 5, start: '08:00', end: '12:00' },
        { weekday: 5, start: '12:00', end: '14:00' },
      ],
    });
    expect(r.status).toBe(422);
    const got = r.body.errors!.map((e) => `${e.name}:${e.code}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'zones.0.geometry:home-inside',
        'zones.1.geometry:invalid',
        'zones.2.geometry:outside-nl',
        'zones.3.radiusMeters:range',
        'zones.4.radiusMeters:range',
        'zones.5.geometry:geometry',
        'timeWindows.1:overlap',
        'timeWindows.2.end:empty',
        'timeWindows.4:overlap',
        'timeWindows.6:overlap',
      ]),
    );
    // Touching windows (Friday 08–12 and 12–14) do not overlap.
    expect(got).not.toContain('timeWindows.8:overlap');
    expect(r.body.errors!.find((e) => e.name === 'zones.1.geometry')!.detail).toMatch(/Self-intersection/i);
    expect(r.body.errors!.find((e) => e.name === 'zones.0.geometry')!.detail).toContain('verblijfsadres');

    const after = await t.api<Advice>('GET', `/api/v1/em-advices/${id}`, specialist);
    expect(after.body.zones.map((z) => z.label)).toEqual(['Slachtoffer']);
    expect(after.body.timeWindows).toEqual([{ weekday: 1, start: '22:00', end: '06:00' }]);
  });
});

describe('addresses completed after the request', () => {
  const address = async (x: number, y: number, extra: Record<string, unknown> = {}) => ({
    street: 'Oudegracht',
    houseNumber: '10 bis',
    postcode: '3511AB',
    city: 'Utrecht',
    location: await wgs84(x, y),
    ...extra,
  });

  it('without a home location zones are refused; once the address is set they are accepted', async () => {
    const id = await newAdvice({ homeLocation: false });
    const zones = {
      zones: [
        {
          label: 'Slachtoffer',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x, VICTIM_RD.y),
          radiusMeters: 5500,
        },
      ],
      policeResponse: false,
      timeWindows: [],
    };
    const refused = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, zones);
    expect(refused.status).toBe(422);
    expect(refused.body.errors!.map((e) => `${e.name}:${e.code}`)).toEqual([
      'intendedAddress.location:required',
    ]);
    const before = await t.api<Advice>('GET', `/api/v1/em-advices/${id}`, specialist);
    expect(before.body.missing.map((m) => m.item)).toContain('intendedAddress.location');

    const set = await t.api<Advice>(
      'PUT',
      `/api/v1/em-advices/${id}/intended-address`,
      specialist,
      await address(HOME_RD.x, HOME_RD.y),
    );
    expect(set.status).toBe(200);
    expect(set.body.intendedAddress).toMatchObject({ street: 'Oudegracht', postcode: '3511 AB' });
    expect(set.body.intendedAddress.location!.lat).toBeCloseTo(52.09, 1);
    expect(set.body.missing.map((m) => m.item)).not.toContain('intendedAddress.location');

    const accepted = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/zones`, specialist, zones);
    expect(accepted.status).toBe(200);
    expect(accepted.body.zones).toHaveLength(1);

    const audit = await t.regie.db.asOwner((tx) =>
      tx.query<{ action: string; actor_username: string }>(
        `SELECT action, actor_username FROM audit_log WHERE resource = $1`,
        [`/em-advices/${id}/intended-address`],
      ),
    );
    expect(audit.rows).toEqual([
      { action: 'em-advice.intended-address', actor_username: 'em-specialist.rn' },
    ]);
  });

  it('refuses a new home inside a stored exclusion zone, and keeps the old address', async () => {
    const id = await newAdvice();
    const ok = await t.api('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Binnenstad',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x, VICTIM_RD.y),
          radiusMeters: 5500,
        },
      ],
      policeResponse: false,
      timeWindows: [],
    });
    expect(ok.status).toBe(200);
    const r = await t.api<Problem>(
      'PUT',
      `/api/v1/em-advices/${id}/intended-address`,
      coordinator,
      await address(VICTIM_RD.x + 1000, VICTIM_RD.y),
    );
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/verbodsgebied/);
    expect(r.body.errors!.map((e) => `${e.name}:${e.code}`)).toEqual(['location:home-inside']);
    expect(r.body.errors![0]!.detail).toContain('‘Binnenstad’');
    const after = await t.api<Advice>('GET', `/api/v1/em-advices/${id}`, specialist);
    expect(after.body.intendedAddress.street).toBe('Damstraat');
  });

  it('names every bad field: postcode, outside the Netherlands, missing city; 404 for another organisation', async () => {
    const id = await newAdvice({ homeLocation: false });
    const bad = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/intended-address`, specialist, {
      street: 'Rue de Rivoli',
      houseNumber: '1',
      postcode: '75001',
      location: { lat: 48.86, lon: 2.35 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors!.map((e) => `${e.name}:${e.code}`).sort()).toEqual([
      'city:required',
      'location:outside-nl',
      'postcode:pattern',
    ]);
    const blank = await t.api<Problem>(
      'PUT',
      `/api/v1/em-advices/${id}/intended-address`,
      specialist,
      await address(HOME_RD.x, HOME_RD.y, { street: '  ' }),
    );
    expect(blank.body.errors!.map((e) => `${e.name}:${e.code}`)).toEqual(['street:required']);

    const advisor = await t.login('advisor.rn');
    const body = await address(HOME_RD.x, HOME_RD.y);
    expect((await t.api('PUT', `/api/v1/em-advices/${id}/intended-address`, advisor, body)).status).toBe(403);
    for (const user of ['em-specialist.svg', 'em-coordinator.svg']) {
      const svg = await t.login(user);
      const r = await t.api('PUT', `/api/v1/em-advices/${id}/intended-address`, svg, body);
      expect(r.status, user).toBe(404);
    }
    const after = await t.api<Advice>('GET', `/api/v1/em-advices/${id}`, specialist);
    expect(after.body.intendedAddress.location).toBeNull();
  });

  it('a new victim address is checked against the 5 km rule of the stored zones with police response', async () => {
    const id = await newAdvice();
    // Radius 8 km around the victim: 8000 m margin.
    const ok = await t.api('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Slachtoffer',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x, VICTIM_RD.y),
          radiusMeters: 8000,
        },
      ],
      policeResponse: true,
      timeWindows: [],
    });
    expect(ok.status).toBe(200);
    // 3010 m east: the margin would be 4990 m.
    const near = await t.api<Problem>(
      'PUT',
      `/api/v1/em-advices/${id}/victim-address`,
      specialist,
      await address(VICTIM_RD.x + 3010, VICTIM_RD.y),
    );
    expect(near.status).toBe(422);
    expect(near.body.errors!.map((e) => `${e.name}:${e.code}`)).toEqual(['location:five-km']);
    expect(near.body.errors![0]!.detail).toMatch(/4\.99\d(,\d+)? m/);
    const moved = await t.api<Advice>(
      'PUT',
      `/api/v1/em-advices/${id}/victim-address`,
      specialist,
      await address(VICTIM_RD.x + 2000, VICTIM_RD.y),
    );
    expect(moved.status).toBe(200);
    expect(moved.body.victimAddress!.street).toBe('Oudegracht');
    expect(moved.body.zones[0]!.victimMarginMeters).toBeCloseTo(6000, 0);
  });
});

describe('feasibility, police information, conclusion, document and sending', () => {
  let id: string;

  it('records the feasibility investigation and the home visit', async () => {
    id = await newAdvice();
    const before = await t.api<Advice>('GET', `/api/v1/em-advices/${id}`, specialist);
    expect(before.body.missing.map((m) => m.item)).toEqual(
      expect.arrayContaining([
        'feasibility.client.canReadClock',
        'homeVisit',
        'policeInformation',
        'conclusion',
      ]),
    );
    expect(before.body.policeInformation.status).toBe('NOT_REQUESTED');

    const bad = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/feasibility`, specialist, {
      client: { canReadClock: { value: 'MAYBE' }, canFly: { value: 'NO' } },
    });
    expect(bad.status).toBe(400);

    const r = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/feasibility`, specialist, {
      ...ALL_ASPECTS,
      homeVisit: HOME_VISIT,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe('IN_PROGRESS');
    expect(r.body.feasibility!.dwelling!.mainResidentConsent).toEqual({
      value: 'YES',
      note: 'Moeder, schriftelijk',
    });
    expect(r.body.homeVisit).toMatchObject({ mode: 'PHYSICAL', company: 'IN_PAIRS' });
    const missing = r.body.missing.map((m) => m.item);
    expect(missing).not.toContain('homeVisit');
    expect(missing).not.toContain('feasibility.client.canReadClock');
    expect(missing).toContain('feasibility.surroundings.noPoliceObjections'); // answered UNKNOWN

    const aspects = await t.api<{ items: { code: string; label: string }[] }>(
      'GET',
      '/api/v1/em-advices/feasibility-aspects',
      specialist,
    );
    expect(aspects.body.items.find((a) => a.code === 'canReadClock')!.label).toBe('Cliënt kan klokkijken');
  });

  it('tracks police information with its own 5-working-day deadline', async () => {
    const twentyDaysAgo = new Date(Date.now() - 20 * 86_400_000).toISOString();
    const late = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/police-information`, specialist, {
      requestedAt: twentyDaysAgo,
    });
    expect(late.status).toBe(200);
    expect(late.body.policeInformation.status).toBe('OVERDUE');
    expect(late.body.policeInformation.dueDate).not.toBeNull();

    const now = new Date().toISOString();
    const pending = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/police-information`, specialist, {
      requestedAt: now,
    });
    expect(pending.body.policeInformation.status).toBe('PENDING');

    const before = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/police-information`, specialist, {
      receivedAt: twentyDaysAgo,
    });
    expect(before.status).toBe(422);
    expect(before.body.errors![0]).toMatchObject({ name: 'receivedAt', code: 'order' });

    // The fixed example: requested on Thursday 23 April 2026, due five working days later (King's Day skipped).
    const fixed = await t.api<Advice>('PUT', `/api/v1/em-advices/${id}/police-information`, specialist, {
      requestedAt: '2026-04-23T09:00:00+02:00',
    });
    expect(fixed.body.policeInformation.dueDate).toBe('2026-05-01');
  });

  it('a conclusion needs its reasons, the installation and the client’s response', async () => {
    const r = await t.api<Problem>('POST', `/api/v1/em-advices/${id}/conclusion`, specialist, {
      outcome: 'POSITIVE',
      reasons: ['  '],
      discussedWithClient: true,
      hobby: 1,
    });
    expect(r.status).toBe(422);
    expect(r.body.errors!.map((e) => `${e.name}:${e.code}`)).toEqual(
      expect.arrayContaining([
        'reasons:required',
        'proposedInstallation:required',
        'clientResponse:required',
        'hobby:unknown',
      ]),
    );
    const notDiscussed = await t.api<Problem>('POST', `/api/v1/em-advices/${id}/conclusion`, specialist, {
      outcome: 'NEGATIVE',
      reasons: ['Geen toestemming hoofdbewoner'],
      discussedWithClient: false,
    });
    expect(notDiscussed.body.errors!.map((e) => e.name)).toEqual(['notDiscussedReason']);
  });

  it('the document says plainly that police information is missing, and shows the conclusion', async () => {
    await t.api('PUT', `/api/v1/em-advices/${id}/zones`, specialist, {
      zones: [
        {
          label: 'Rond slachtoffer',
          kind: 'exclusion',
          geometry: await point(VICTIM_RD.x + 1000, VICTIM_RD.y),
          radiusMeters: 7000,
        },
        {
          label: 'Binnenstad',
          kind: 'exclusion',
          geometry: await polygonRd([
            [130000, 450000],
            [142000, 450000],
            [142000, 462000],
            [130000, 462000],
          ]),
        },
      ],
      policeResponse: true,
      timeWindows: [
        { weekday: 1, start: '22:00', end: '06:00' },
        { weekday: 6, start: '20:00', end: '07:00' },
      ],
    });
    const c = await t.api<Advice>('POST', `/api/v1/em-advices/${id}/conclusion`, specialist, CONCLUSION);
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    expect(c.body.conclusion!.outcome).toBe('POSITIVE');

    const res = await getPdf(id, specialist);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Deeladvies elektronische monitoring');
    expect(text).toContain('Politie-informatie: NIET ontvangen');
    expect(text).toContain('Conclusie: POSITIEF advies');
    expect(text).toContain('Cliënt is gemotiveerd en de woning is geschikt.');
    expect(text).toContain('Zone 1: Rond slachtoffer');
    expect(text).toContain('Zone 2: Binnenstad');
    expect(text).toContain('Cirkel van 5 km rond het adres van het slachtoffer');
    expect(text).toContain('22:00–06:00 (tot de volgende dag)');
    expect(text).toContain('Aansluiten op 12-05-2026 om 10:00 uur');

    await t.api('PUT', `/api/v1/em-advices/${id}/police-information`, specialist, {
      receivedAt: new Date().toISOString(),
      summary: 'Geen antecedenten op het adres.',
    });
    const final = (await getPdf(id, specialist)).rawPayload;
    // Kept as a test artefact beside the screenshots, so a person can look at the document.
    mkdirSync('test-results/documents', { recursive: true });
    writeFileSync('test-results/documents/em-advice.pdf', final);
    const again = pdfText(final);
    expect(again).toContain('Politie-informatie: ontvangen op');
    expect(again).not.toContain('NIET ontvangen');
  });

  it('sending needs a conclusion, then completes the order and is audited', async () => {
    const other = await newAdvice();
    const early = await t.api<Problem>('POST', `/api/v1/em-advices/${other}/sending`, specialist);
    expect(early.status).toBe(422);
    expect(early.body.errors![0]).toMatchObject({ name: 'conclusion', code: 'required' });
    const noFeasibility = await t.api<Problem>(
      'POST',
      `/api/v1/em-advices/${other}/conclusion`,
      specialist,
      CONCLUSION,
    );
    expect(noFeasibility.body.errors!.map((e) => e.name).sort()).toEqual(['feasibility', 'homeVisit']);

    const sent = await t.api<Advice>('POST', `/api/v1/em-advices/${id}/sending`, specialist);
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('COMPLETED');
    expect(sent.body.documentSentAt).not.toBeNull();
    const order = await t.api<{ status: string; statusHistory: { status: string; note: string | null }[] }>(
      'GET',
      `/api/v1/orders/${id}`,
      specialist,
    );
    expect(order.body.status).toBe('COMPLETED');
    expect(order.body.statusHistory.at(-1)).toMatchObject({
      status: 'COMPLETED',
      note: 'Advies verzonden aan opdrachtgever',
    });
    const audit = await t.regie.db.asOwner((tx) =>
      tx.query<{ action: string; actor_username: string }>(
        `SELECT action, actor_username FROM audit_log WHERE resource LIKE $1 ORDER BY seq`,
        [`/em-advices/${id}%`],
      ),
    );
    const actions = audit.rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'em-advice.read',
        'em-advice.feasibility',
        'em-advice.document',
        'em-advice.send',
      ]),
    );
    expect(audit.rows.find((r) => r.action === 'em-advice.send')!.actor_username).toBe('em-specialist.rn');

    const closed = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/police-information`, specialist, {
      summary: 'x',
    });
    expect(closed.status).toBe(422);
    expect(closed.body.errors![0]).toMatchObject({ name: 'status', code: 'closed' });
    const home = await wgs84(HOME_RD.x, HOME_RD.y);
    const lateAddress = await t.api<Problem>('PUT', `/api/v1/em-advices/${id}/intended-address`, specialist, {
      street: 'Damstraat',
      houseNumber: '3',
      postcode: '3531 BR',
      city: 'Utrecht',
      location: home,
    });
    expect(lateAddress.status).toBe(422);
    expect(lateAddress.body.errors![0]).toMatchObject({ name: 'status', code: 'closed' });
    const pdf = pdfText((await getPdf(id, specialist)).rawPayload);
    expect(pdf).toContain('Verzonden aan de opdrachtgever op');
  });
});

describe('who may read and write', () => {
  it('only the assigned EM specialist or an EM coordinator writes; others of the organisation read', async () => {
    const id = await newAdvice();
    const advisor = await t.login('advisor.rn');
    expect((await t.api('GET', `/api/v1/em-advices/${id}`, advisor)).status).toBe(200);
    expect((await t.api('PUT', `/api/v1/em-advices/${id}/feasibility`, advisor, ALL_ASPECTS)).status).toBe(
      403,
    );
    const colleague = await t.login('em-specialist-2.rn');
    expect((await t.api('PUT', `/api/v1/em-advices/${id}/feasibility`, colleague, ALL_ASPECTS)).status).toBe(
      403,
    );
    expect(
      (await t.api('PUT', `/api/v1/em-advices/${id}/feasibility`, coordinator, ALL_ASPECTS)).status,
    ).toBe(200);
  });

  it('an SVG user can neither read nor change an RN EM advice: 404', async () => {
    const id = await newAdvice();
    for (const user of ['em-specialist.svg', 'em-coordinator.svg']) {
      const svg = await t.login(user);
      expect((await t.api('GET', `/api/v1/em-advices/${id}`, svg)).status, user).toBe(404);
      expect(
        (await t.api('PUT', `/api/v1/em-advices/${id}/feasibility`, svg, ALL_ASPECTS)).status,
        user,
      ).toBe(404);
      expect(
        (
          await t.api('PUT', `/api/v1/em-advices/${id}/zones`, svg, {
            zones: [],
            policeResponse: false,
            timeWindows: [],
          })
        ).status,
        user,
      ).toBe(404);
      expect((await t.api('POST', `/api/v1/em-advices/${id}/conclusion`, svg, CONCLUSION)).status, user).toBe(
        404,
      );
      expect((await t.api('POST', `/api/v1/em-advices/${id}/sending`, svg)).status, user).toBe(404);
      expect((await getPdf(id, svg)).statusCode, user).toBe(404);
    }
    const rows = await t.regie.db.asOwner((tx) =>
      tx.query<{ feasibility: unknown }>('SELECT feasibility FROM em_advices WHERE order_id = $1', [id]),
    );
    expect(rows.rows[0]!.feasibility).toBeNull();
  });
});

describe('EM signal on regular advice orders', () => {
  let advisor: string;
  const adviceOrder = async (
    clientOverrides: Record<string, unknown>,
    offence: string,
    extra: Record<string, unknown> = {},
  ) => {
    const c = await t.api<{ id: string }>('POST', '/api/v1/clients', advisor, sampleClient(clientOverrides));
    const o = await t.api<{ id: string }>('POST', '/api/v1/orders', advisor, {
      kind: 'ADVICE',
      principal: 'OM',
      legalFramework: 'SUSPENDED_SENTENCE',
      clientId: c.body.id,
      receivedAt: '2026-04-23T10:00:00+02:00',
      urgent: false,
      offence,
      ...extra,
    });
    expect(o.status).toBe(201);
    return o.body.id;
  };
  type Signal = {
    signals: { ruleId: string; explanation: string }[];
    consideration: { emAdvised: boolean; reason: string | null } | null;
    considerationRequired: boolean;
  };

  beforeAll(async () => {
    advisor = await t.login('advisor.rn');
  });

  it('prompts for stalking and domestic violence, explains why, and requires a reason when EM is not advised', async () => {
    const id = await adviceOrder({ riskFlags: ['STALKING'] }, 'Bedreiging en belaging van ex-partner');
    const s = await t.api<Signal>('GET', `/api/v1/orders/${id}/em-signal`, advisor);
    expect(s.status).toBe(200);
    expect(s.body.signals.map((x) => x.ruleId)).toEqual(['STALKING', 'DOMESTIC_VIOLENCE']);
    expect(s.body.signals[0]!.explanation).toContain('"belaging"');
    expect(s.body.signals[0]!.explanation).toContain('risicosignaal STALKING');
    expect(s.body.considerationRequired).toBe(true);

    const refused = await t.api<Problem>('POST', `/api/v1/orders/${id}/completion`, advisor);
    expect(refused.status).toBe(422);
    expect(refused.body.errors![0]).toMatchObject({ name: 'emConsideration', code: 'required' });

    const profile = await t.api<Signal>('PUT', `/api/v1/orders/${id}/case-profile`, advisor, {
      victimIdentifiable: true,
      nightTime: true,
    });
    expect(profile.body.signals.map((x) => x.ruleId)).toEqual([
      'STALKING',
      'DOMESTIC_VIOLENCE',
      'VICTIM_IDENTIFIABLE',
      'NIGHT_TIME',
    ]);

    const noReason = await t.api<Problem>('POST', `/api/v1/orders/${id}/em-consideration`, advisor, {
      emAdvised: false,
      reason: ' ',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors!.map((e) => e.name)).toEqual(['reason']);

    const ok = await t.api<Signal>('POST', `/api/v1/orders/${id}/em-consideration`, advisor, {
      emAdvised: false,
      reason: 'Cliënt verhuist naar het buitenland; EM is niet uitvoerbaar.',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.consideration).toMatchObject({ emAdvised: false });
    expect(ok.body.considerationRequired).toBe(false);

    const done = await t.api<{ status: string }>('POST', `/api/v1/orders/${id}/completion`, advisor);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('COMPLETED');
  });

  it('advising EM needs no reason; no signals need no consideration', async () => {
    const id = await adviceOrder({}, 'Huiselijk geweld');
    const ok = await t.api<Signal>('POST', `/api/v1/orders/${id}/em-consideration`, advisor, {
      emAdvised: true,
    });
    expect(ok.status).toBe(200);

    const quiet = await adviceOrder({}, 'Winkeldiefstal');
    const s = await t.api<Signal>('GET', `/api/v1/orders/${quiet}/em-signal`, advisor);
    expect(s.body).toMatchObject({ signals: [], considerationRequired: false });
    expect((await t.api('POST', `/api/v1/orders/${quiet}/completion`, advisor)).status).toBe(200);
  });

  it('takes the case profile with the advice order', async () => {
    const id = await adviceOrder({}, 'Openlijke geweldpleging', { caseProfile: { areaBound: true } });
    const s = await t.api<Signal>('GET', `/api/v1/orders/${id}/em-signal`, advisor);
    expect(s.body.signals.map((x) => x.ruleId)).toEqual(['AREA_BOUND']);
    expect(s.body.signals[0]!.explanation).toContain('aan een bepaald gebied gebonden');
  });

  it('rules are configuration: a deactivated rule no longer fires, a new keyword does', async () => {
    const id = await adviceOrder({}, 'Belaging; delicten rond het station');
    await t.regie.db.asOwner((tx) =>
      tx.query(`UPDATE em_signal_rules SET active = false WHERE id = 'STALKING'`),
    );
    await t.regie.db.asOwner((tx) =>
      tx.query(
        `UPDATE em_signal_rules SET parameters = jsonb_set(parameters, '{keywords}', parameters->'keywords' || '["station"]') WHERE id = 'AREA_BOUND'`,
      ),
    );
    try {
      const s = await t.api<Signal>('GET', `/api/v1/orders/${id}/em-signal`, advisor);
      expect(s.body.signals.map((x) => x.ruleId)).toEqual(['AREA_BOUND']);
    } finally {
      await t.regie.db.asOwner((tx) =>
        tx.query(`UPDATE em_signal_rules SET active = true WHERE id = 'STALKING'`),
      );
    }
  });

  it('applies to regular advice orders only, and stays within the organisation', async () => {
    const em = await newAdvice();
    const r = await t.api<Problem>('GET', `/api/v1/orders/${em}/em-signal`, advisor);
    expect(r.status).toBe(422);
    const id = await adviceOrder({}, 'Belaging');
    const svg = await t.login('advisor.svg');
    expect((await t.api('GET', `/api/v1/orders/${id}/em-signal`, svg)).status).toBe(404);
    expect(
      (await t.api('POST', `/api/v1/orders/${id}/em-consideration`, svg, { emAdvised: true })).status,
    ).toBe(404);
  });
});
