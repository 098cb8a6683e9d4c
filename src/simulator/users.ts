import type { Role } from '../modules/identity/model.js';
import type { Database } from '../platform/db/index.js';

/**
 * Demo users: one per role in each probation organisation (`<role>.<org>`), plus the national roles, and a
 * few extra workers so that caseload overviews show a real team. All names are fictional. These users only
 * exist in demo and test databases; production users come from the organisation's identity provider.
 */
export interface UserSeed {
  username: string;
  displayName: string;
  organisation: string;
  unitId: string | null;
  roles: Role[];
  expertise?: string[];
  capacity?: number;
}

const HOME_UNIT: Record<string, string> = {
  RN: 'rn-midden-utrecht',
  SVG: 'svg-midden-utrecht',
  LJR: 'ljr-west-amsterdam',
};

const PER_ORGANISATION: {
  prefix: string;
  roles: Role[];
  names: Record<string, string>;
  expertise?: string[];
}[] = [
  {
    prefix: 'em-specialist',
    roles: ['em_specialist'],
    names: { RN: 'Eva Jansen', SVG: 'Sanne Bakker', LJR: 'Lotte Visser' },
    expertise: ['SEXUAL_OFFENCES', 'HIGH_RISK'],
  },
  {
    prefix: 'em-coordinator',
    roles: ['em_coordinator'],
    names: { RN: 'Mark de Vries', SVG: 'Koen Smit', LJR: 'Joost Mulder' },
  },
  {
    prefix: 'advisor',
    roles: ['probation_advisor'],
    names: { RN: 'Fatima El Amrani', SVG: 'Pieter de Boer', LJR: 'Noor Hendriks' },
  },
  {
    prefix: 'supervisor',
    roles: ['supervisor'],
    names: { RN: 'Thomas Meijer', SVG: 'Iris de Graaf', LJR: 'Daan Bos' },
  },
  {
    prefix: 'quality',
    roles: ['quality_officer'],
    names: { RN: 'Ingrid Vos', SVG: 'Ruud Peters', LJR: 'Marloes Dekker' },
  },
  {
    prefix: 'admin',
    roles: ['administrator'],
    names: { RN: 'Beheer RN', SVG: 'Beheer SVG', LJR: 'Beheer LJ&R' },
  },
];

/** Extra workers, so coordinators have a team to distribute over: `<prefix>-<n>.<org>`. */
const EXTRA_WORKERS: {
  org: string;
  prefix: string;
  roles: Role[];
  name: string;
  unit: string;
  expertise?: string[];
}[] = [
  {
    org: 'RN',
    prefix: 'em-specialist-2',
    roles: ['em_specialist'],
    name: 'Youssef Haddou',
    unit: 'rn-west-amsterdam',
    expertise: ['HIGH_RISK'],
  },
  {
    org: 'RN',
    prefix: 'em-specialist-3',
    roles: ['em_specialist'],
    name: 'Anouk Willems',
    unit: 'rn-zuid-eindhoven',
  },
  {
    org: 'RN',
    prefix: 'em-specialist-4',
    roles: ['em_specialist'],
    name: 'Bram Kok',
    unit: 'rn-noord-groningen',
    expertise: ['SEXUAL_OFFENCES'],
  },
  {
    org: 'RN',
    prefix: 'advisor-2',
    roles: ['probation_advisor'],
    name: 'Linda Koster',
    unit: 'rn-west-rotterdam',
  },
  {
    org: 'RN',
    prefix: 'advisor-3',
    roles: ['probation_advisor'],
    name: 'Ahmet Yilmaz',
    unit: 'rn-oost-arnhem',
  },
  {
    org: 'RN',
    prefix: 'supervisor-2',
    roles: ['supervisor'],
    name: 'Sophie van Dijk',
    unit: 'rn-west-den-haag',
  },
  {
    org: 'RN',
    prefix: 'supervisor-3',
    roles: ['supervisor'],
    name: 'Rik Brouwer',
    unit: 'rn-noord-leeuwarden',
  },
  {
    org: 'SVG',
    prefix: 'em-specialist-2',
    roles: ['em_specialist'],
    name: 'Mila Prins',
    unit: 'svg-zuid-rotterdam',
  },
  {
    org: 'SVG',
    prefix: 'supervisor-2',
    roles: ['supervisor'],
    name: 'Jesse Postma',
    unit: 'svg-noord-groningen',
  },
  {
    org: 'LJR',
    prefix: 'em-specialist-2',
    roles: ['em_specialist'],
    name: 'Fenna Kuipers',
    unit: 'ljr-zuid-eindhoven',
  },
  {
    org: 'LJR',
    prefix: 'supervisor-2',
    roles: ['supervisor'],
    name: 'Ravi Ramdin',
    unit: 'ljr-noord-groningen',
  },
];

export const DEMO_USERS: UserSeed[] = [
  ...['RN', 'SVG', 'LJR'].flatMap((org) =>
    PER_ORGANISATION.map((p) => ({
      username: `${p.prefix}.${org.toLowerCase()}`,
      displayName: p.names[org]!,
      organisation: org,
      unitId: HOME_UNIT[org]!,
      roles: p.roles,
      expertise: p.expertise ?? [],
    })),
  ),
  ...EXTRA_WORKERS.map((w) => ({
    username: `${w.prefix}.${w.org.toLowerCase()}`,
    displayName: w.name,
    organisation: w.org,
    unitId: w.unit,
    roles: w.roles,
    expertise: w.expertise ?? [],
  })),
  {
    username: 'intake',
    displayName: 'Karin Intake',
    organisation: 'LIP',
    unitId: null,
    roles: ['intake_officer'],
  },
  {
    username: 'operator',
    displayName: 'Erik Meldkamer',
    organisation: 'DVO',
    unitId: null,
    roles: ['monitoring_operator'],
  },
  // The 3RO-wide functional administrator: distribution keys, the conditions catalogue, users.
  {
    username: 'admin',
    displayName: 'Functioneel beheer 3RO',
    organisation: 'LIP',
    unitId: null,
    roles: ['administrator'],
  },
  {
    username: 'inspector',
    displayName: 'Hanneke Toets',
    organisation: 'IJV',
    unitId: null,
    roles: ['inspector'],
  },
];

/** Loads the demo users; safe to run again. Needs the organisations (seedOrganisation) first. */
export async function seedUsers(db: Database, users: UserSeed[] = DEMO_USERS): Promise<void> {
  await db.asOwner((tx) =>
    tx.query(
      `INSERT INTO users (username, display_name, organisation_code, unit_id, roles, expertise, caseload_capacity)
       SELECT username, display_name, organisation, unit_id, roles, expertise, capacity
         FROM jsonb_to_recordset($1::jsonb)
           AS x(username text, display_name text, organisation text, unit_id text, roles text[], expertise text[],
                capacity numeric)
       ON CONFLICT (username) DO NOTHING`,
      [
        JSON.stringify(
          users.map((u) => ({
            username: u.username,
            display_name: u.displayName,
            organisation: u.organisation,
            unit_id: u.unitId,
            roles: u.roles,
            expertise: u.expertise ?? [],
            capacity: u.capacity ?? 40,
          })),
        ),
      ],
    ),
  );
}
