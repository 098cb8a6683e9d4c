import type { Queryable } from '../../platform/db/index.js';
import type {
  AddressInput,
  CaseloadItem,
  Client,
  ClientInput,
  ConditionInput,
  JournalEntry,
  JournalEntryInput,
  Order,
  WorkerCaseload,
} from './schemas.js';
import { NETHERLANDS_ENVELOPE_SQL } from '../../platform/db/geo.js';

// All SQL of the case core. Every query runs in a transaction opened with the acting user, so row-level
// security decides what exists: a client of another organisation is simply not found.

const iso = (d: Date | string) => new Date(d).toISOString();
const maskBsn = (bsn: string | null) => (bsn ? `*****${bsn.slice(-4)}` : null);

export interface ClientSummaryRow {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  organisation: string | null;
}

export async function searchClients(
  tx: Queryable,
  q: string | undefined,
  limit: number,
  offset: number,
): Promise<{ items: ClientSummaryRow[]; total: number }> {
  const pattern = q ? `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = `WHERE $1::text IS NULL OR lower(family_name || ' ' || given_name) LIKE $1
                 OR lower(given_name || ' ' || family_name) LIKE $1`;
  const { rows } = await tx.query<ClientSummaryRow & { total: number }>(
    `SELECT id, given_name AS "givenName", family_name AS "familyName", birth_date::text AS "birthDate",
            organisation_code AS organisation, count(*) OVER () AS total
       FROM clients ${where}
      ORDER BY lower(family_name), lower(given_name), id LIMIT $2 OFFSET $3`,
    [pattern, limit, offset],
  );
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (!rows[0] && offset > 0) {
    const c = await tx.query<{ n: number }>(`SELECT count(*) AS n FROM clients ${where}`, [pattern]);
    total = Number(c.rows[0]!.n);
  }
  return { items: rows.map(({ total: _t, ...r }) => r), total };
}

export async function insertAddress(tx: Queryable, clientId: string, a: AddressInput): Promise<void> {
  // A new address closes the current one the day before, so the history has no overlaps.
  await tx.query(
    `UPDATE client_addresses SET valid_to = greatest(valid_from, $2::date - 1)
      WHERE client_id = $1 AND valid_to IS NULL`,
    [clientId, a.validFrom],
  );
  await tx.query(
    `INSERT INTO client_addresses (client_id, street, house_number, postcode, city, valid_from, location)
     VALUES ($1, $2, $3, $4, $5, $6,
             CASE WHEN $7::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($8::float8, $7::float8), 4326) END)`,
    [
      clientId,
      a.street,
      a.houseNumber,
      a.postcode,
      a.city,
      a.validFrom,
      a.location?.lat ?? null,
      a.location?.lon ?? null,
    ],
  );
}

export async function insertClient(
  tx: Queryable,
  input: ClientInput,
  organisation: string | null,
  createdBy: string,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO clients (organisation_code, given_name, family_name, birth_date, bsn, phone, risk_flags,
                          earlier_involvement, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) RETURNING id`,
    [
      organisation,
      input.givenName,
      input.familyName,
      input.birthDate,
      input.bsn ?? null,
      input.phone ?? null,
      input.riskFlags ?? [],
      JSON.stringify(input.earlierInvolvement ?? []),
      createdBy,
    ],
  );
  const id = rows[0]!.id;
  if (input.address) await insertAddress(tx, id, input.address);
  return id;
}

export async function findClient(tx: Queryable, id: string): Promise<Client | undefined> {
  const { rows } = await tx.query<{
    id: string;
    given_name: string;
    family_name: string;
    birth_date: string;
    bsn: string | null;
    phone: string | null;
    risk_flags: string[];
    earlier_involvement: Client['earlierInvolvement'];
    organisation_code: string | null;
    created_at: Date;
  }>(
    `SELECT id, given_name, family_name, birth_date::text AS birth_date, bsn, phone, risk_flags,
            earlier_involvement, organisation_code, created_at FROM clients WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return undefined;
  const addresses = await tx.query<Client['addresses'][number]>(
    `SELECT id, street, house_number AS "houseNumber", postcode, city, valid_from::text AS "validFrom",
            valid_to::text AS "validTo"
       FROM client_addresses WHERE client_id = $1 ORDER BY valid_from DESC`,
    [id],
  );
  return {
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    birthDate: r.birth_date,
    bsnMasked: maskBsn(r.bsn),
    phone: r.phone,
    riskFlags: r.risk_flags,
    earlierInvolvement: r.earlier_involvement,
    organisation: r.organisation_code,
    addresses: addresses.rows,
    createdAt: iso(r.created_at),
  };
}

/** The organisation of a visible client, or undefined when the acting user cannot see it. */
export async function clientOrganisation(
  tx: Queryable,
  id: string,
): Promise<{ organisation: string | null } | undefined> {
  const { rows } = await tx.query<{ organisation: string | null }>(
    'SELECT organisation_code AS organisation FROM clients WHERE id = $1',
    [id],
  );
  return rows[0];
}

export interface ConditionType {
  code: string;
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  monitoring: unknown[];
  emRelevant: boolean;
}

export async function listConditionTypes(tx: Queryable): Promise<ConditionType[]> {
  const { rows } = await tx.query<ConditionType>(
    `SELECT code, name_nl AS name, description_nl AS description, parameters, monitoring,
            em_relevant AS "emRelevant"
       FROM condition_types ORDER BY sort_order, code`,
  );
  return rows;
}

export interface NewOrder {
  clientId: string;
  organisation: string | null;
  regionId: string | null;
  unitId: string | null;
  kind: string;
  principal: string;
  legalFramework: string;
  offence: string | null;
  receivedAt: string;
  dueDate: string;
  urgent: boolean;
  provisional: boolean;
  status: string;
  createdBy: string;
}

export async function insertOrder(tx: Queryable, o: NewOrder): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO orders (client_id, organisation_code, region_id, unit_id, kind, principal, legal_framework,
                         offence, received_at, due_date, urgent, provisional, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      o.clientId,
      o.organisation,
      o.regionId,
      o.unitId,
      o.kind,
      o.principal,
      o.legalFramework,
      o.offence,
      o.receivedAt,
      o.dueDate,
      o.urgent,
      o.provisional,
      o.status,
      o.createdBy,
    ],
  );
  const id = rows[0]!.id;
  await insertStatus(tx, id, o.status, o.createdBy, null);
  return id;
}

export async function insertStatus(
  tx: Queryable,
  orderId: string,
  status: string,
  by: string,
  note: string | null,
): Promise<void> {
  await tx.query(
    'INSERT INTO order_status_history (order_id, status, by_user, note) VALUES ($1, $2, $3, $4)',
    [orderId, status, by, note],
  );
}

export interface ZoneInput {
  label: string;
  geometry: unknown;
  radiusMeters?: number;
}

export async function insertCondition(tx: Queryable, orderId: string, c: ConditionInput): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO order_conditions (order_id, type_code, parameters, starts_on, ends_on)
     VALUES ($1, $2, $3::jsonb, $4, $5) RETURNING id`,
    [orderId, c.typeCode, JSON.stringify(c.parameters ?? {}), c.startsOn ?? null, c.endsOn ?? null],
  );
  return rows[0]!.id;
}

/**
 * Stores a zone in RD New. A circle (GeoJSON Point plus radius) becomes its buffered polygon so that every
 * zone can be queried alike; the radius is kept for display and the advice document.
 */
export async function insertZone(
  tx: Queryable,
  conditionId: string,
  kind: 'exclusion' | 'inclusion',
  z: ZoneInput,
): Promise<void> {
  await tx.query(
    `INSERT INTO condition_zones (condition_id, label, kind, geom, radius_m)
     SELECT $1, $2, $3,
            CASE WHEN $5::numeric IS NULL THEN g ELSE ST_Buffer(g, $5::float8, 32) END, $5
       FROM (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), 28992) AS g) s`,
    [conditionId, z.label, kind, JSON.stringify(z.geometry), z.radiusMeters ?? null],
  );
}

/** PostGIS's verdict on a GeoJSON geometry before it is stored: a reason when it is unusable. */
export async function checkGeometry(tx: Queryable, geometry: unknown): Promise<string | null> {
  try {
    const { rows } = await tx.query<{ valid: boolean; reason: string; inside_nl: boolean }>(
      `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason,
              ST_Within(g, ${NETHERLANDS_ENVELOPE_SQL}) AS inside_nl
         FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS g) s`,
      [JSON.stringify(geometry)],
    );
    const r = rows[0]!;
    if (!r.valid) return `invalid geometry: ${r.reason}`;
    if (!r.inside_nl) return 'the zone lies outside the Netherlands';
    return null;
  } catch {
    return 'not a GeoJSON geometry';
  }
}

interface OrderRow {
  id: string;
  client_id: string;
  client_name: string;
  kind: Order['kind'];
  principal: Order['principal'];
  legal_framework: string;
  offence: string | null;
  received_at: Date;
  due_date: string;
  urgent: boolean;
  provisional: boolean;
  status: Order['status'];
  organisation_code: string | null;
  region_id: string | null;
  unit_id: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
}

const SELECT_ORDER = `SELECT o.id, o.client_id, c.given_name || ' ' || c.family_name AS client_name, o.kind,
    o.principal, o.legal_framework, o.offence, o.received_at, o.due_date::text AS due_date, o.urgent,
    o.provisional, o.status, o.organisation_code, o.region_id, o.unit_id, o.assignee_id,
    u.display_name AS assignee_name
  FROM orders o JOIN clients c ON c.id = o.client_id LEFT JOIN users u ON u.id = o.assignee_id`;

async function hydrateOrders(tx: Queryable, rows: OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const history = await tx.query<{
    order_id: string;
    status: string;
    at: Date;
    by: string | null;
    note: string | null;
  }>(
    `SELECT h.order_id, h.status, h.at, u.display_name AS by, h.note
       FROM order_status_history h LEFT JOIN users u ON u.id = h.by_user
      WHERE h.order_id = ANY($1::uuid[]) ORDER BY h.at, h.id`,
    [ids],
  );
  const conditions = await tx.query<{
    id: string;
    order_id: string;
    type_code: string;
    name: string;
    parameters: unknown;
    starts_on: string | null;
    ends_on: string | null;
  }>(
    `SELECT oc.id, oc.order_id, oc.type_code, ct.name_nl AS name, oc.parameters,
            oc.starts_on::text AS starts_on, oc.ends_on::text AS ends_on
       FROM order_conditions oc JOIN condition_types ct ON ct.code = oc.type_code
      WHERE oc.order_id = ANY($1::uuid[]) ORDER BY ct.sort_order, oc.created_at`,
    [ids],
  );
  const zones = await tx.query<{
    id: string;
    condition_id: string;
    label: string;
    kind: string;
    radius_m: string | null;
    geometry: string;
  }>(
    `SELECT z.id, z.condition_id, z.label, z.kind, z.radius_m,
            ST_AsGeoJSON(ST_Transform(CASE WHEN z.radius_m IS NULL THEN z.geom ELSE ST_Centroid(z.geom) END, 4326), 7)
              AS geometry
       FROM condition_zones z JOIN order_conditions oc ON oc.id = z.condition_id
      WHERE oc.order_id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    client: { id: r.client_id, name: r.client_name },
    kind: r.kind,
    principal: r.principal,
    legalFramework: r.legal_framework,
    offence: r.offence,
    receivedAt: iso(r.received_at),
    dueDate: r.due_date,
    urgent: r.urgent,
    provisional: r.provisional,
    status: r.status,
    statusHistory: history.rows
      .filter((h) => h.order_id === r.id)
      .map((h) => ({ status: h.status, at: iso(h.at), by: h.by, note: h.note })),
    organisation: r.organisation_code,
    regionId: r.region_id,
    unitId: r.unit_id,
    assignee: r.assignee_id ? { id: r.assignee_id, displayName: r.assignee_name ?? '' } : null,
    conditions: conditions.rows
      .filter((c) => c.order_id === r.id)
      .map((c) => ({
        id: c.id,
        typeCode: c.type_code,
        name: c.name,
        parameters: c.parameters,
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        zones: zones.rows
          .filter((z) => z.condition_id === c.id)
          .map((z) => ({
            id: z.id,
            label: z.label,
            kind: z.kind,
            radiusMeters: z.radius_m === null ? null : Number(z.radius_m),
            geometry: JSON.parse(z.geometry) as unknown,
          })),
      })),
  }));
}

export async function findOrder(tx: Queryable, id: string): Promise<Order | undefined> {
  const { rows } = await tx.query<OrderRow>(`${SELECT_ORDER} WHERE o.id = $1`, [id]);
  return (await hydrateOrders(tx, rows))[0];
}

export async function listOrdersOfClient(tx: Queryable, clientId: string): Promise<Order[]> {
  const { rows } = await tx.query<OrderRow>(
    `${SELECT_ORDER} WHERE o.client_id = $1 ORDER BY o.received_at DESC`,
    [clientId],
  );
  return hydrateOrders(tx, rows);
}

export async function updateOrderAssignment(
  tx: Queryable,
  id: string,
  a: {
    organisation: string | null;
    regionId: string | null;
    unitId: string | null;
    assigneeId: string | null;
    status: string;
  },
): Promise<void> {
  await tx.query(
    `UPDATE orders SET organisation_code = $2, region_id = $3, unit_id = $4, assignee_id = $5, status = $6
      WHERE id = $1`,
    [id, a.organisation, a.regionId, a.unitId, a.assigneeId, a.status],
  );
}

export async function setClientOrganisation(
  tx: Queryable,
  clientId: string,
  organisation: string,
): Promise<void> {
  await tx.query('UPDATE clients SET organisation_code = $2 WHERE id = $1 AND organisation_code IS NULL', [
    clientId,
    organisation,
  ]);
}

export async function listJournal(tx: Queryable, clientId: string): Promise<JournalEntry[]> {
  const { rows } = await tx.query<{
    id: string;
    kind: JournalEntry['kind'];
    occurred_at: Date;
    author_id: string;
    author_name: string;
    text: string;
    order_id: string | null;
  }>(
    `SELECT j.id, j.kind, j.occurred_at, j.author_id, u.display_name AS author_name, j.text, j.order_id
       FROM journal_entries j JOIN users u ON u.id = j.author_id
      WHERE j.client_id = $1 ORDER BY j.occurred_at DESC, j.created_at DESC`,
    [clientId],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    occurredAt: iso(r.occurred_at),
    author: { id: r.author_id, displayName: r.author_name },
    text: r.text,
    orderId: r.order_id,
  }));
}

export async function insertJournal(
  tx: Queryable,
  clientId: string,
  authorId: string,
  e: JournalEntryInput,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO journal_entries (client_id, order_id, kind, occurred_at, author_id, text)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [clientId, e.orderId ?? null, e.kind, e.occurredAt, authorId, e.text],
  );
  return rows[0]!.id;
}

const ACTIVE = `('DISTRIBUTED', 'ASSIGNED', 'IN_PROGRESS')`;

export async function caseloadOf(tx: Queryable, userId: string): Promise<CaseloadItem[]> {
  const { rows } = await tx.query<CaseloadItem & { receivedAt: Date; weight: string }>(
    `SELECT o.id AS "orderId", o.client_id AS "clientId", c.given_name || ' ' || c.family_name AS "clientName",
            o.kind, o.status, o.due_date::text AS "dueDate", o.urgent, o.legal_framework AS "legalFramework",
            o.principal, o.received_at AS "receivedAt", w.weight
       FROM orders o JOIN clients c ON c.id = o.client_id JOIN caseload_weights w ON w.kind = o.kind
      WHERE o.assignee_id = $1 AND o.status IN ${ACTIVE}
      ORDER BY o.urgent DESC, o.due_date, o.received_at`,
    [userId],
  );
  return rows.map((r) => ({ ...r, receivedAt: iso(r.receivedAt), weight: Number(r.weight) }));
}

export async function capacityOf(tx: Queryable, userId: string): Promise<number> {
  const { rows } = await tx.query<{ c: string }>('SELECT caseload_capacity AS c FROM users WHERE id = $1', [
    userId,
  ]);
  return Number(rows[0]?.c ?? 0);
}

/** Per worker of an organisation (optionally one unit): active orders and their weight against capacity. */
export async function caseloadsOf(
  tx: Queryable,
  organisation: string,
  unitId: string | undefined,
): Promise<WorkerCaseload[]> {
  const { rows } = await tx.query<
    WorkerCaseload & { totalWeight: string; capacity: string; activeOrders: string }
  >(
    `SELECT u.id AS "userId", u.display_name AS "displayName", u.unit_id AS "unitId", u.roles, u.expertise,
            count(o.id) AS "activeOrders", coalesce(sum(w.weight), 0) AS "totalWeight",
            u.caseload_capacity AS capacity
       FROM users u
       LEFT JOIN orders o ON o.assignee_id = u.id AND o.status IN ${ACTIVE}
       LEFT JOIN caseload_weights w ON w.kind = o.kind
      WHERE u.organisation_code = $1 AND u.active AND ($2::text IS NULL OR u.unit_id = $2)
        AND u.roles && ARRAY['em_specialist', 'probation_advisor', 'supervisor']
      GROUP BY u.id ORDER BY u.display_name`,
    [organisation, unitId ?? null],
  );
  return rows.map((r) => ({
    ...r,
    activeOrders: Number(r.activeOrders),
    totalWeight: Number(r.totalWeight),
    capacity: Number(r.capacity),
  }));
}

/** The case profile the EM signal rules read (victim identifiable, night-time, area-bound); on the order. */
export async function setCaseProfile(
  tx: Queryable,
  orderId: string,
  profile: { victimIdentifiable?: boolean; nightTime?: boolean; areaBound?: boolean },
): Promise<void> {
  await tx.query('UPDATE orders SET case_profile = $2::jsonb WHERE id = $1', [
    orderId,
    JSON.stringify(profile),
  ]);
}
