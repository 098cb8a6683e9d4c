import type { Database } from '../platform/db/index.js';

/**
 * The organisations Regie serves and their structure: the three probation organisations (3RO) with regions,
 * units and offices, plus the national intake point, the monitoring centre and the inspectorate. This is
 * reference data that a real deployment loads the same way (administrators maintain it afterwards).
 */
export interface OfficeSeed {
  city: string;
  lat: number;
  lon: number;
}
export interface RegionSeed {
  id: string;
  name: string;
  /** One unit per office city; the unit id is `<region id>-<city slug>`. */
  offices: OfficeSeed[];
}
export interface OrganisationSeed {
  code: string;
  name: string;
  kind: 'probation' | 'intake_point' | 'monitoring_centre' | 'inspectorate';
  regions: RegionSeed[];
}

const o = (city: string, lat: number, lon: number): OfficeSeed => ({ city, lat, lon });

export const ORGANISATIONS: OrganisationSeed[] = [
  {
    code: 'RN',
    name: 'Reclassering Nederland',
    kind: 'probation',
    regions: [
      {
        id: 'rn-noord',
        name: 'Noord-Nederland',
        offices: [o('Groningen', 53.2194, 6.5665), o('Leeuwarden', 53.2012, 5.7999)],
      },
      {
        id: 'rn-oost',
        name: 'Oost-Nederland',
        offices: [o('Zwolle', 52.5168, 6.083), o('Arnhem', 51.9851, 5.8987)],
      },
      {
        id: 'rn-midden',
        name: 'Midden-Nederland',
        offices: [o('Utrecht', 52.0907, 5.1214), o('Amersfoort', 52.1561, 5.3878)],
      },
      {
        id: 'rn-west',
        name: 'West-Nederland',
        offices: [
          o('Amsterdam', 52.3676, 4.9041),
          o('Rotterdam', 51.9244, 4.4777),
          o('Den Haag', 52.0705, 4.3007),
        ],
      },
      {
        id: 'rn-zuid',
        name: 'Zuid-Nederland',
        offices: [o('Eindhoven', 51.4416, 5.4697), o('Maastricht', 50.8514, 5.691)],
      },
    ],
  },
  {
    code: 'SVG',
    name: 'Stichting Verslavingsreclassering GGZ',
    kind: 'probation',
    regions: [
      {
        id: 'svg-noord',
        name: 'Noord',
        offices: [o('Groningen', 53.2194, 6.5665), o('Zwolle', 52.5168, 6.083)],
      },
      {
        id: 'svg-midden',
        name: 'Midden',
        offices: [o('Utrecht', 52.0907, 5.1214), o('Amsterdam', 52.3676, 4.9041)],
      },
      {
        id: 'svg-zuid',
        name: 'Zuid',
        offices: [o('Eindhoven', 51.4416, 5.4697), o('Rotterdam', 51.9244, 4.4777)],
      },
    ],
  },
  {
    code: 'LJR',
    name: 'Leger des Heils Jeugdbescherming & Reclassering',
    kind: 'probation',
    regions: [
      {
        id: 'ljr-noord',
        name: 'Noord-Oost',
        offices: [o('Groningen', 53.2194, 6.5665), o('Arnhem', 51.9851, 5.8987)],
      },
      {
        id: 'ljr-west',
        name: 'West',
        offices: [o('Amsterdam', 52.3676, 4.9041), o('Den Haag', 52.0705, 4.3007)],
      },
      { id: 'ljr-zuid', name: 'Zuid', offices: [o('Eindhoven', 51.4416, 5.4697)] },
    ],
  },
  { code: 'LIP', name: 'Landelijk Instroompunt 3RO', kind: 'intake_point', regions: [] },
  { code: 'DVO', name: 'Monitoringcentrum DV&O', kind: 'monitoring_centre', regions: [] },
  { code: 'IJV', name: 'Inspectie Justitie en Veiligheid', kind: 'inspectorate', regions: [] },
];

export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const unitId = (regionId: string, city: string) => `${regionId}-${slug(city)}`;

/** Loads the organisations and their structure; safe to run again (existing rows are kept). */
export async function seedOrganisation(db: Database): Promise<void> {
  const regions = ORGANISATIONS.flatMap((org) =>
    org.regions.map((r) => ({ id: r.id, org: org.code, name: r.name })),
  );
  const units = ORGANISATIONS.flatMap((org) =>
    org.regions.flatMap((r) =>
      r.offices.map((of) => ({
        id: unitId(r.id, of.city),
        region: r.id,
        name: `${org.code} ${of.city}`,
        ...of,
      })),
    ),
  );
  await db.asOwner(async (tx) => {
    await tx.query(
      `INSERT INTO organisations (code, name, kind)
       SELECT code, name, kind FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text, kind text)
       ON CONFLICT (code) DO NOTHING`,
      [JSON.stringify(ORGANISATIONS.map(({ code, name, kind }) => ({ code, name, kind })))],
    );
    await tx.query(
      `INSERT INTO regions (id, organisation_code, name)
       SELECT id, org, name FROM jsonb_to_recordset($1::jsonb) AS x(id text, org text, name text)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(regions)],
    );
    await tx.query(
      `INSERT INTO units (id, region_id, name)
       SELECT id, region, name FROM jsonb_to_recordset($1::jsonb) AS x(id text, region text, name text)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(units)],
    );
    await tx.query(
      `INSERT INTO offices (id, unit_id, name, city, location)
       SELECT id || '-kantoor', id, 'Kantoor ' || city, city, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, city text, lat float8, lon float8)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(units)],
    );
  });
}
