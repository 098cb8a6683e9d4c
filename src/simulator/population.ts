import { orderDueDate } from '../domain/orders/deadlines.js';
import type { Database, Queryable } from '../platform/db/index.js';
import { ORGANISATIONS, unitId } from './organisation.js';
import { familyName, GIVEN_NAMES, JOURNAL_TEXTS, OFFENCES, POSTCODE_AREA, STREETS } from './names.js';
import { Random } from './random.js';

/**
 * The synthetic demo population: clients over the three organisations and their regions, orders of every
 * kind in every stage, special conditions with time windows and zones, and journal entries. Generated from
 * a fixed seed, so every run produces the same people with the same ids; all of them are fictional (BSNs
 * start with a 9, a range that is never issued, and streets are placeholders).
 *
 * Rows are inserted in a handful of set-based statements (jsonb_to_recordset) so the embedded database
 * loads the whole population in a few seconds: `npm run demo` has to be ready within 30 s.
 */
export const DEMO_SEED = 20260401;

export interface PopulationOptions {
  clients?: number;
  seed?: number;
  /** "Today" for the population: orders are received in the four months before it. */
  now?: Date;
}

export interface PopulationSummary {
  clients: number;
  orders: number;
  conditions: number;
  zones: number;
  journalEntries: number;
}

interface Worker {
  id: string;
  username: string;
  organisation: string;
  roles: string[];
}

const SHARE: [string, number][] = [
  ['RN', 70],
  ['SVG', 20],
  ['LJR', 10],
];
const KINDS: [string, number][] = [
  ['ADVICE', 30],
  ['EM_ADVICE', 25],
  ['SUPERVISION', 35],
  ['COMMUNITY_SERVICE', 10],
];
const ROLE_FOR_KIND: Record<string, string> = {
  ADVICE: 'probation_advisor',
  EM_ADVICE: 'em_specialist',
  SUPERVISION: 'supervisor',
  COMMUNITY_SERVICE: 'supervisor',
};
const FRAMEWORKS: Record<string, [string, number][]> = {
  ADVICE: [
    ['SUSPENDED_SENTENCE', 60],
    ['CONDITIONAL_DISMISSAL', 20],
    ['BEHAVIOURAL_MEASURE', 20],
  ],
  EM_ADVICE: [
    ['SUSPENDED_DETENTION', 45],
    ['CONDITIONAL_RELEASE', 30],
    ['LEAVE', 10],
    ['PENITENTIARY_PROGRAMME', 10],
    ['ELECTRONIC_DETENTION', 5],
  ],
  SUPERVISION: [
    ['SUSPENDED_SENTENCE', 45],
    ['CONDITIONAL_RELEASE', 30],
    ['SUSPENDED_DETENTION', 20],
    ['BEHAVIOURAL_MEASURE', 5],
  ],
  COMMUNITY_SERVICE: [['SUSPENDED_SENTENCE', 100]],
};
const PRINCIPAL_FOR: Record<string, string> = {
  SUSPENDED_SENTENCE: 'COURT',
  CONDITIONAL_DISMISSAL: 'OM',
  BEHAVIOURAL_MEASURE: 'COURT',
  SUSPENDED_DETENTION: 'OM',
  CONDITIONAL_RELEASE: 'CVVI',
  LEAVE: 'DJI',
  PENITENTIARY_PROGRAMME: 'DJI',
  ELECTRONIC_DETENTION: 'DJI',
};

/** A BSN-shaped number that passes the eleven test (elfproef) and starts with 9, a range never issued. */
export function fictionalBsn(rnd: Random): string {
  for (;;) {
    const d = [9, ...Array.from({ length: 7 }, () => rnd.int(0, 9))];
    const sum = d.reduce((s, digit, i) => s + digit * (9 - i), 0);
    const check = sum % 11;
    if (check <= 9) return [...d, check].join('');
  }
}

/** Moves a WGS84 point by up to `km` kilometres in a random direction. */
function jitter(rnd: Random, lat: number, lon: number, km: number): { lat: number; lon: number } {
  const r = km * Math.sqrt(rnd.next());
  const a = rnd.next() * 2 * Math.PI;
  return {
    lat: lat + (r * Math.cos(a)) / 111.2,
    lon: lon + (r * Math.sin(a)) / (111.2 * Math.cos((lat * Math.PI) / 180)),
  };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function generatePopulation(workers: Worker[], opts: PopulationOptions = {}) {
  const rnd = new Random(opts.seed ?? DEMO_SEED);
  const now = opts.now ?? new Date();
  const count = opts.clients ?? 600;
  const places = ORGANISATIONS.flatMap((org) =>
    org.regions.flatMap((r) =>
      r.offices.map((of) => ({ org: org.code, region: r.id, unit: unitId(r.id, of.city), ...of })),
    ),
  );
  const pick = <T>(xs: readonly T[]) => rnd.pick(xs);

  const clients: Record<string, unknown>[] = [];
  const addresses: Record<string, unknown>[] = [];
  const orders: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  const conditions: Record<string, unknown>[] = [];
  const zones: Record<string, unknown>[] = [];
  const journal: Record<string, unknown>[] = [];

  for (let i = 0; i < count; i++) {
    // About one in forty clients still waits at the intake point, without an organisation.
    const atIntake = i % 40 === 39;
    const org = rnd.weighted(SHARE);
    const place = pick(places.filter((p) => p.org === org));
    const clientId = rnd.uuid();
    const birth = new Date(Date.UTC(rnd.int(1960, 2006), rnd.int(0, 11), rnd.int(1, 28)));
    const home = jitter(rnd, place.lat, place.lon, 4);
    const flags: string[] = [];
    if (rnd.chance(0.15)) flags.push('DOMESTIC_VIOLENCE');
    if (rnd.chance(0.08)) flags.push('STALKING');
    if (org === 'SVG' || rnd.chance(0.1)) flags.push('ADDICTION');
    if (org === 'LJR' && rnd.chance(0.4)) flags.push('HOMELESSNESS');
    if (rnd.chance(0.05)) flags.push('WEAPONS');
    const earlier = rnd.chance(0.25)
      ? [
          {
            organisation: org,
            year: rnd.int(2015, now.getUTCFullYear() - 1),
            kind: pick(['SUPERVISION', 'ADVICE', 'COMMUNITY_SERVICE']),
          },
        ]
      : [];
    clients.push({
      id: clientId,
      organisation_code: atIntake ? null : org,
      given_name: pick(GIVEN_NAMES),
      family_name: familyName(pick),
      birth_date: isoDate(birth),
      bsn: rnd.chance(0.85) ? fictionalBsn(rnd) : null,
      phone: rnd.chance(0.9) ? `06-9${String(rnd.int(0, 9_999_999)).padStart(7, '0')}` : null,
      risk_flags: flags,
      earlier_involvement: earlier,
    });
    const area = pick(POSTCODE_AREA[place.city] ?? [10]);
    const postcode = () =>
      `${area}${rnd.int(10, 99)} ${pick(['AB', 'CD', 'EF', 'GH', 'KL', 'MN', 'PR', 'ST'])}`;
    if (rnd.chance(0.3)) {
      const prev = jitter(rnd, place.lat, place.lon, 6);
      addresses.push({
        client_id: clientId,
        street: pick(STREETS),
        house_number: String(rnd.int(1, 250)),
        postcode: postcode(),
        city: place.city,
        valid_from: isoDate(addDays(now, -rnd.int(900, 3000))),
        valid_to: isoDate(addDays(now, -rnd.int(200, 800))),
        lat: round6(prev.lat),
        lon: round6(prev.lon),
      });
    }
    addresses.push({
      client_id: clientId,
      street: pick(STREETS),
      house_number: String(rnd.int(1, 250)),
      postcode: postcode(),
      city: place.city,
      valid_from: isoDate(addDays(now, -rnd.int(30, 199))),
      valid_to: null,
      lat: round6(home.lat),
      lon: round6(home.lon),
    });

    const orderCount = atIntake
      ? 1
      : rnd.weighted([
          [1, 75],
          [2, 25],
        ] as const);
    for (let k = 0; k < orderCount; k++) {
      const kind = rnd.weighted(KINDS);
      const framework = rnd.weighted(FRAMEWORKS[kind]!);
      const receivedAt = new Date(
        now.getTime() -
          rnd.int(atIntake ? 0 : 1, atIntake ? 2 : 120) * 86_400_000 -
          rnd.int(0, 8) * 3_600_000,
      );
      const due = orderDueDate(kind, receivedAt);
      const orderId = rnd.uuid();
      const overdue = due < isoDate(now);
      const status = atIntake
        ? 'RECEIVED'
        : overdue && rnd.chance(kind === 'SUPERVISION' ? 0.6 : 0.85)
          ? 'COMPLETED'
          : rnd.weighted([
              ['DISTRIBUTED', 10],
              ['ASSIGNED', 25],
              ['IN_PROGRESS', 65],
            ] as const);
      const team = workers.filter((w) => w.organisation === org && w.roles.includes(ROLE_FOR_KIND[kind]!));
      // Demo users carry a larger share, so each of them has a caseload worth opening.
      const demoWorker = team.find((w) => !/-\d+\./.test(w.username));
      const assignee =
        status === 'RECEIVED' || status === 'DISTRIBUTED' || team.length === 0
          ? null
          : demoWorker && rnd.chance(0.3)
            ? demoWorker
            : pick(team);
      orders.push({
        id: orderId,
        client_id: clientId,
        organisation_code: atIntake ? null : org,
        region_id: atIntake ? null : place.region,
        unit_id: atIntake ? null : place.unit,
        kind,
        principal: PRINCIPAL_FOR[framework],
        legal_framework: framework,
        offence: pick(OFFENCES[kind]!),
        received_at: receivedAt.toISOString(),
        due_date: due,
        urgent: kind === 'EM_ADVICE' && rnd.chance(0.2),
        provisional: framework === 'SUSPENDED_DETENTION' && kind === 'SUPERVISION' && rnd.chance(0.1),
        status,
        assignee_id: assignee?.id ?? null,
      });
      const steps = ['RECEIVED', 'DISTRIBUTED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED'];
      const last = steps.indexOf(status);
      for (let s = 0; s <= last; s++) {
        history.push({
          order_id: orderId,
          status: steps[s],
          at: new Date(receivedAt.getTime() + s * 20 * 3_600_000).toISOString(),
          by_user: null,
        });
      }

      if (kind === 'SUPERVISION' || kind === 'EM_ADVICE') {
        addConditions(rnd, kind, orderId, home, place, conditions, zones);
      }
      if (assignee && last >= 3) {
        const entries = rnd.int(1, 5);
        for (let j = 0; j < entries; j++) {
          const jkind = rnd.weighted([
            ['CONTACT_FACE_TO_FACE', 35],
            ['CONTACT_PHONE', 20],
            ['HOME_VISIT', 10],
            ['CONSULTATION', 15],
            ['CASE_DISCUSSION', 10],
            ['NOTE', 10],
          ] as const);
          const at = new Date(
            receivedAt.getTime() +
              rnd.int(2, Math.max(3, Math.floor((now.getTime() - receivedAt.getTime()) / 86_400_000))) *
                86_400_000,
          );
          journal.push({
            id: rnd.uuid(),
            client_id: clientId,
            order_id: orderId,
            kind: jkind,
            occurred_at: (at > now ? now : at).toISOString(),
            author_id: assignee.id,
            text: pick(JOURNAL_TEXTS[jkind]!),
          });
        }
      }
    }
  }
  return { clients, addresses, orders, history, conditions, zones, journal };
}

function addConditions(
  rnd: Random,
  kind: string,
  orderId: string,
  home: { lat: number; lon: number },
  city: { lat: number; lon: number },
  conditions: Record<string, unknown>[],
  zones: Record<string, unknown>[],
) {
  const add = (typeCode: string, parameters: Record<string, unknown>) => {
    const id = rnd.uuid();
    conditions.push({ id, order_id: orderId, type_code: typeCode, parameters });
    return id;
  };
  if (kind === 'SUPERVISION')
    add('REPORTING_DUTY', {
      with: 'PROBATION',
      frequency: rnd.pick(['wekelijks', 'tweewekelijks', 'zolang de reclassering dat nodig acht']),
    });
  if (kind === 'EM_ADVICE' || rnd.chance(0.35)) {
    const start = rnd.pick(['20:00', '21:00', '22:00']);
    const end = rnd.pick(['06:00', '07:00']);
    const days = rnd.chance(0.5) ? [1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5];
    add('LOCATION_REQUIREMENT', {
      place: 'woonadres',
      technology: rnd.chance(0.7) ? 'RF' : 'GPS',
      timeWindows: days.map((weekday) => ({ weekday, start, end })),
    });
  }
  if ((kind === 'EM_ADVICE' && rnd.chance(0.6)) || rnd.chance(0.3)) {
    // The zone lies on the far side of the office city from the client's home, never around the home
    // itself; with police response it is the 5 km circle around the victim's address.
    const policeResponse = rnd.chance(0.3);
    const radiusMeters = policeResponse ? 5000 : rnd.pick([500, 750, 1000, 1500, 2000]);
    const kmLat = 111.2;
    const kmLon = 111.2 * Math.cos((home.lat * Math.PI) / 180);
    let dy = (city.lat - home.lat) * kmLat;
    let dx = (city.lon - home.lon) * kmLon;
    const len = Math.hypot(dx, dy);
    if (len < 0.2) {
      const a = rnd.next() * 2 * Math.PI;
      [dx, dy] = [Math.sin(a), Math.cos(a)];
    } else {
      [dx, dy] = [dx / len, dy / len];
    }
    const km = radiusMeters / 1000 + 1.5 + rnd.next() * 2;
    const centre = { lat: round6(home.lat + (dy * km) / kmLat), lon: round6(home.lon + (dx * km) / kmLon) };
    const zone = {
      label: policeResponse
        ? 'Woonomgeving slachtoffer'
        : rnd.pick(['Woonwijk slachtoffer', 'Werkadres slachtoffer', 'Stadscentrum']),
      geometry: { type: 'Point', coordinates: [centre.lon, centre.lat] },
      radiusMeters,
    };
    const conditionId = add('EXCLUSION_ZONE', { zones: [zone], policeResponse });
    zones.push({
      condition_id: conditionId,
      label: zone.label,
      kind: 'exclusion',
      geometry: zone.geometry,
      radius_m: radiusMeters,
    });
  }
  if (rnd.chance(0.2)) add('ALCOHOL_BAN', { monitored: rnd.chance(0.5) });
  if (rnd.chance(0.2))
    add('TREATMENT', {
      provider: rnd.pick(['Fivoor', 'De Waag', 'Tactus', 'Inforsa']),
      setting: 'AMBULATORY',
    });
  if (rnd.chance(0.15))
    add('CONTACT_BAN', {
      persons: [{ name: 'het slachtoffer', relation: rnd.pick(['ex-partner', 'buurvrouw', 'oud-collega']) }],
    });
}

async function insertSet(
  tx: Queryable,
  table: string,
  columns: string,
  select: string,
  rows: unknown[],
): Promise<void> {
  // One statement per batch of rows: far fewer round trips than row-by-row, and bounded statement size.
  for (let i = 0; i < rows.length; i += 2000) {
    await tx.query(`INSERT INTO ${table} (${columns}) SELECT ${select}`, [
      JSON.stringify(rows.slice(i, i + 2000)),
    ]);
  }
}

/** Loads the population into an empty case core. Returns what was created. */
export async function seedPopulation(db: Database, opts: PopulationOptions = {}): Promise<PopulationSummary> {
  return db.asOwner(async (tx) => {
    const { rows: workers } = await tx.query<Worker>(
      `SELECT id, username, organisation_code AS organisation, roles FROM users WHERE active ORDER BY username`,
    );
    const p = generatePopulation(workers, opts);
    await insertSet(
      tx,
      'clients',
      'id, organisation_code, given_name, family_name, birth_date, bsn, phone, risk_flags, earlier_involvement',
      `* FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, organisation_code text, given_name text, family_name text,
         birth_date date, bsn text, phone text, risk_flags text[], earlier_involvement jsonb)`,
      p.clients,
    );
    await insertSet(
      tx,
      'client_addresses',
      'client_id, street, house_number, postcode, city, valid_from, valid_to, location',
      `client_id, street, house_number, postcode, city, valid_from, valid_to, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
         FROM jsonb_to_recordset($1::jsonb) AS x(client_id uuid, street text, house_number text, postcode text, city text,
         valid_from date, valid_to date, lat float8, lon float8)`,
      p.addresses,
    );
    await insertSet(
      tx,
      'orders',
      'id, client_id, organisation_code, region_id, unit_id, kind, principal, legal_framework, offence, received_at, due_date, urgent, provisional, status, assignee_id',
      `* FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, client_id uuid, organisation_code text, region_id text,
         unit_id text, kind text, principal text, legal_framework text, offence text, received_at timestamptz, due_date date,
         urgent boolean, provisional boolean, status text, assignee_id uuid)`,
      p.orders,
    );
    await insertSet(
      tx,
      'order_status_history',
      'order_id, status, at, by_user',
      `* FROM jsonb_to_recordset($1::jsonb) AS x(order_id uuid, status text, at timestamptz, by_user uuid)`,
      p.history,
    );
    await insertSet(
      tx,
      'order_conditions',
      'id, order_id, type_code, parameters',
      `* FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, type_code text, parameters jsonb)`,
      p.conditions,
    );
    await insertSet(
      tx,
      'condition_zones',
      'condition_id, label, kind, geom, radius_m',
      `condition_id, label, kind,
         ST_Buffer(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(geometry::text), 4326), 28992), radius_m, 32), radius_m
         FROM jsonb_to_recordset($1::jsonb) AS x(condition_id uuid, label text, kind text, geometry jsonb, radius_m float8)`,
      p.zones,
    );
    await insertSet(
      tx,
      'journal_entries',
      'id, client_id, order_id, kind, occurred_at, author_id, text',
      `* FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, client_id uuid, order_id uuid, kind text, occurred_at timestamptz,
         author_id uuid, text text)`,
      p.journal,
    );
    return {
      clients: p.clients.length,
      orders: p.orders.length,
      conditions: p.conditions.length,
      zones: p.zones.length,
      journalEntries: p.journal.length,
    };
  });
}
