import type { Queryable } from '../../platform/db/index.js';
import type { CaseProfile, SignalRule } from '../../domain/em-signal/index.js';
import type { Feasibility } from '../../domain/em-advice/feasibility.js';
import type { TimeWindow } from '../../domain/em-advice/time-windows.js';
import { NETHERLANDS_ENVELOPE_SQL } from '../../platform/db/geo.js';

// All SQL of the EM advice module. Every query runs as the acting user, so row-level security decides
// what exists: an EM advice of another organisation is simply not found. Geometry is stored in RD New
// (EPSG:28992) so that every distance and radius is in metres; the API speaks WGS84 GeoJSON.

const iso = (d: Date | string) => new Date(d).toISOString();

/** WGS84 (lat, lon) to an RD New point, as SQL. */
const RD_POINT = (lat: string, lon: string) =>
  `CASE WHEN ${lat}::float8 IS NULL THEN NULL
        ELSE ST_Transform(ST_SetSRID(ST_MakePoint(${lon}::float8, ${lat}::float8), 4326), 28992) END`;

export interface StoredAddress {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

export interface NewEmAdvice {
  orderId: string;
  intendedAddress: StoredAddress;
  intendedLocation: { lat: number; lon: number } | null;
  addressContact: { name: string; phone: string };
  victimAddress: StoredAddress | null;
  victimLocation: { lat: number; lon: number } | null;
  offence: string;
}

export async function insertEmAdvice(tx: Queryable, a: NewEmAdvice): Promise<void> {
  await tx.query(
    `INSERT INTO em_advices (order_id, intended_address, intended_location, address_contact, victim_address,
                             victim_location, offence)
     VALUES ($1, $2::jsonb, ${RD_POINT('$3', '$4')}, $5::jsonb, $6::jsonb, ${RD_POINT('$7', '$8')}, $9)`,
    [
      a.orderId,
      JSON.stringify(a.intendedAddress),
      a.intendedLocation?.lat ?? null,
      a.intendedLocation?.lon ?? null,
      JSON.stringify(a.addressContact),
      a.victimAddress ? JSON.stringify(a.victimAddress) : null,
      a.victimLocation?.lat ?? null,
      a.victimLocation?.lon ?? null,
      a.offence,
    ],
  );
}

export interface EmAdviceRow {
  orderId: string;
  kind: string;
  status: string;
  principal: string;
  legalFramework: string;
  receivedAt: string;
  dueDate: string;
  urgent: boolean;
  organisation: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  clientId: string;
  clientName: string;
  clientBirthDate: string;
  offence: string;
  intendedAddress: StoredAddress;
  intendedLatLon: { lat: number; lon: number } | null;
  intendedRd: { x: number; y: number } | null;
  addressContact: { name: string; phone: string };
  victimAddress: StoredAddress | null;
  victimLatLon: { lat: number; lon: number } | null;
  victimRd: { x: number; y: number } | null;
  feasibility: Feasibility | null;
  homeVisit: {
    date: string;
    mode: 'PHYSICAL' | 'DIGITAL';
    company: 'ALONE' | 'IN_PAIRS';
    safetyNote: string | null;
  } | null;
  policeRequestedAt: string | null;
  policeDueDate: string | null;
  policeReceivedAt: string | null;
  policeSummary: string | null;
  timeWindows: TimeWindow[];
  policeResponse: boolean;
  conclusion: StoredConclusion | null;
  documentSentAt: string | null;
  updatedAt: string;
}

export interface StoredConclusion {
  outcome: 'POSITIVE' | 'NEGATIVE';
  reasons: string[];
  proposedInstallation: { date: string; time: string; place: string; placeDescription: string | null } | null;
  discussedWithClient: boolean;
  clientResponse: string | null;
  notDiscussedReason: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

export async function findEmAdvice(tx: Queryable, orderId: string): Promise<EmAdviceRow | undefined> {
  const { rows } = await tx.query<{
    order_id: string;
    kind: string;
    status: string;
    principal: string;
    legal_framework: string;
    received_at: Date;
    due_date: string;
    urgent: boolean;
    organisation_code: string | null;
    assignee_id: string | null;
    assignee_name: string | null;
    client_id: string;
    client_name: string;
    birth_date: string;
    offence: string;
    intended_address: StoredAddress;
    i_lat: number | null;
    i_lon: number | null;
    i_x: number | null;
    i_y: number | null;
    address_contact: { name: string; phone: string };
    victim_address: StoredAddress | null;
    v_lat: number | null;
    v_lon: number | null;
    v_x: number | null;
    v_y: number | null;
    feasibility: (Feasibility & { homeVisit?: EmAdviceRow['homeVisit'] }) | null;
    home_visit: EmAdviceRow['homeVisit'];
    police_info_requested_at: Date | null;
    police_info_due_date: string | null;
    police_info_received_at: Date | null;
    police_info_summary: string | null;
    time_windows: TimeWindow[];
    police_response: boolean;
    conclusion: StoredConclusion | null;
    document_sent_at: Date | null;
    updated_at: Date;
  }>(
    `SELECT a.order_id, o.kind, o.status, o.principal, o.legal_framework, o.received_at, o.due_date::text AS due_date,
            o.urgent, o.organisation_code, o.assignee_id, u.display_name AS assignee_name, c.id AS client_id,
            c.given_name || ' ' || c.family_name AS client_name, c.birth_date::text AS birth_date, a.offence,
            a.intended_address,
            ST_Y(ST_Transform(a.intended_location, 4326)) AS i_lat, ST_X(ST_Transform(a.intended_location, 4326)) AS i_lon,
            ST_X(a.intended_location) AS i_x, ST_Y(a.intended_location) AS i_y,
            a.address_contact, a.victim_address,
            ST_Y(ST_Transform(a.victim_location, 4326)) AS v_lat, ST_X(ST_Transform(a.victim_location, 4326)) AS v_lon,
            ST_X(a.victim_location) AS v_x, ST_Y(a.victim_location) AS v_y,
            a.feasibility, a.home_visit, a.police_info_requested_at, a.police_info_due_date::text AS police_info_due_date,
            a.police_info_received_at, a.police_info_summary, a.time_windows, a.police_response, a.conclusion,
            a.document_sent_at, a.updated_at
       FROM em_advices a JOIN orders o ON o.id = a.order_id JOIN clients c ON c.id = o.client_id
       LEFT JOIN users u ON u.id = o.assignee_id
      WHERE a.order_id = $1`,
    [orderId],
  );
  const r = rows[0];
  if (!r) return undefined;
  const latLon = (lat: number | null, lon: number | null) =>
    lat === null || lon === null ? null : { lat: Number(lat), lon: Number(lon) };
  const rd = (x: number | null, y: number | null) =>
    x === null || y === null ? null : { x: Number(x), y: Number(y) };
  return {
    orderId: r.order_id,
    kind: r.kind,
    status: r.status,
    principal: r.principal,
    legalFramework: r.legal_framework,
    receivedAt: iso(r.received_at),
    dueDate: r.due_date,
    urgent: r.urgent,
    organisation: r.organisation_code,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    clientId: r.client_id,
    clientName: r.client_name,
    clientBirthDate: r.birth_date,
    offence: r.offence,
    intendedAddress: r.intended_address,
    intendedLatLon: latLon(r.i_lat, r.i_lon),
    intendedRd: rd(r.i_x, r.i_y),
    addressContact: r.address_contact,
    victimAddress: r.victim_address,
    victimLatLon: latLon(r.v_lat, r.v_lon),
    victimRd: rd(r.v_x, r.v_y),
    feasibility: r.feasibility,
    homeVisit: r.home_visit,
    policeRequestedAt: r.police_info_requested_at ? iso(r.police_info_requested_at) : null,
    policeDueDate: r.police_info_due_date,
    policeReceivedAt: r.police_info_received_at ? iso(r.police_info_received_at) : null,
    policeSummary: r.police_info_summary,
    timeWindows: r.time_windows,
    policeResponse: r.police_response,
    conclusion: r.conclusion,
    documentSentAt: r.document_sent_at ? iso(r.document_sent_at) : null,
    updatedAt: iso(r.updated_at),
  };
}

export interface ZoneRow {
  id: string;
  label: string;
  kind: 'exclusion' | 'inclusion';
  radiusMeters: number | null;
  /** GeoJSON WGS84: the centre for circles, else the polygon. */
  geometry: unknown;
  /** RD New: the centre for circles ([x, y]); the rings of the polygon otherwise. */
  centreRd: [number, number] | null;
  ringsRd: [number, number][][];
  /** Distance (m) from the victim's address to the zone boundary: positive inside, negative outside. */
  victimMarginMeters: number | null;
}

export async function listZones(tx: Queryable, orderId: string): Promise<ZoneRow[]> {
  const { rows } = await tx.query<{
    id: string;
    label: string;
    kind: 'exclusion' | 'inclusion';
    radius_m: string | null;
    geometry: string;
    rd: string;
    cx: number | null;
    cy: number | null;
    margin: number | null;
  }>(
    `SELECT z.id, z.label, z.kind, z.radius_m,
            ST_AsGeoJSON(ST_Transform(coalesce(z.centre, z.geom), 4326), 9) AS geometry,
            ST_AsGeoJSON(z.geom, 3) AS rd, ST_X(z.centre) AS cx, ST_Y(z.centre) AS cy,
            CASE WHEN a.victim_location IS NULL THEN NULL
                 WHEN z.centre IS NOT NULL THEN z.radius_m::float8 - ST_Distance(z.centre, a.victim_location)
                 WHEN ST_Contains(z.geom, a.victim_location) THEN ST_Distance(a.victim_location, ST_ExteriorRing(z.geom))
                 ELSE -ST_Distance(a.victim_location, z.geom) END AS margin
       FROM em_advice_zones z JOIN em_advices a ON a.order_id = z.order_id
      WHERE z.order_id = $1 ORDER BY z.position`,
    [orderId],
  );
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    kind: r.kind,
    radiusMeters: r.radius_m === null ? null : Number(r.radius_m),
    geometry: JSON.parse(r.geometry) as unknown,
    centreRd: r.cx === null || r.cy === null ? null : [Number(r.cx), Number(r.cy)],
    ringsRd: (JSON.parse(r.rd) as { coordinates: [number, number][][] }).coordinates,
    victimMarginMeters: r.margin === null ? null : Number(r.margin),
  }));
}

export interface ZoneAnalysis {
  /** Why PostGIS cannot use the geometry, or null. */
  invalid: string | null;
  insideNl: boolean;
  /** Whether the intended home lies in the zone; null when the home has no location. */
  homeInside: boolean | null;
  /** As ZoneRow.victimMarginMeters; null without a victim location. */
  victimMarginMeters: number | null;
}

/**
 * PostGIS's verdict on one proposed zone, without storing it. Runs under a savepoint, so that a geometry
 * PostGIS cannot even parse does not abort the caller's transaction.
 */
export async function analyseZone(
  tx: Queryable,
  orderId: string,
  geometry: unknown,
  radiusMeters: number | null,
): Promise<ZoneAnalysis> {
  await tx.query('SAVEPOINT zone_check');
  try {
    const v = await tx.query<{ valid: boolean; reason: string }>(
      `SELECT ST_IsValid(w) AND ST_IsValid(ST_Transform(w, 28992)) AS valid, ST_IsValidReason(w) AS reason
         FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS w) s`,
      [JSON.stringify(geometry)],
    );
    if (!v.rows[0]!.valid) {
      await tx.query('RELEASE SAVEPOINT zone_check');
      return { invalid: v.rows[0]!.reason, insideNl: true, homeInside: null, victimMarginMeters: null };
    }
    const { rows } = await tx.query<{
      inside_nl: boolean;
      home_inside: boolean | null;
      margin: number | null;
    }>(
      `WITH z AS (
         SELECT rd, CASE WHEN $2::float8 IS NULL THEN rd ELSE ST_Buffer(rd, $2::float8, 64) END AS shape
           FROM (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 28992) AS rd) s)
       SELECT ST_Within(ST_Transform(z.shape, 4326), ${NETHERLANDS_ENVELOPE_SQL}) AS inside_nl,
              CASE WHEN a.intended_location IS NULL THEN NULL
                   WHEN $2::float8 IS NULL THEN ST_Intersects(z.rd, a.intended_location)
                   ELSE ST_Distance(z.rd, a.intended_location) <= $2::float8 END AS home_inside,
              CASE WHEN a.victim_location IS NULL THEN NULL
                   WHEN $2::float8 IS NOT NULL THEN $2::float8 - ST_Distance(z.rd, a.victim_location)
                   WHEN ST_Contains(z.rd, a.victim_location) THEN ST_Distance(a.victim_location, ST_ExteriorRing(z.rd))
                   ELSE -ST_Distance(a.victim_location, z.rd) END AS margin
         FROM z, em_advices a WHERE a.order_id = $3`,
      [JSON.stringify(geometry), radiusMeters, orderId],
    );
    await tx.query('RELEASE SAVEPOINT zone_check');
    const r = rows[0]!;
    return {
      invalid: null,
      insideNl: r.inside_nl,
      homeInside: r.home_inside,
      victimMarginMeters: r.margin === null ? null : Number(r.margin),
    };
  } catch {
    await tx.query('ROLLBACK TO SAVEPOINT zone_check');
    return {
      invalid: 'not a usable GeoJSON geometry',
      insideNl: true,
      homeInside: null,
      victimMarginMeters: null,
    };
  }
}

export interface StoredZoneAt {
  position: number;
  label: string;
  /** Whether the point lies in the zone (for circles: within the radius of the centre). */
  containsPoint: boolean;
  /** Distance (m) from the point to the zone boundary: positive inside, negative outside. */
  marginMeters: number;
}

/** The stored exclusion zones of an advice, measured against a point (WGS84) that is not stored yet. */
export async function storedExclusionZonesAt(
  tx: Queryable,
  orderId: string,
  p: { lat: number; lon: number },
): Promise<StoredZoneAt[]> {
  const { rows } = await tx.query<{ position: number; label: string; inside: boolean; margin: number }>(
    `SELECT z.position, z.label,
            CASE WHEN z.centre IS NOT NULL THEN ST_Distance(z.centre, p.pt) <= z.radius_m::float8
                 ELSE ST_Intersects(z.geom, p.pt) END AS inside,
            CASE WHEN z.centre IS NOT NULL THEN z.radius_m::float8 - ST_Distance(z.centre, p.pt)
                 WHEN ST_Contains(z.geom, p.pt) THEN ST_Distance(p.pt, ST_ExteriorRing(z.geom))
                 ELSE -ST_Distance(p.pt, z.geom) END AS margin
       FROM em_advice_zones z, (SELECT ${RD_POINT('$2', '$3')} AS pt) p
      WHERE z.order_id = $1 AND z.kind = 'exclusion' ORDER BY z.position`,
    [orderId, p.lat, p.lon],
  );
  return rows.map((r) => ({
    position: Number(r.position),
    label: r.label,
    containsPoint: r.inside,
    marginMeters: Number(r.margin),
  }));
}

/** Replaces the intended home or the victim's address, with its location. */
export async function updateAddress(
  tx: Queryable,
  orderId: string,
  which: 'intended' | 'victim',
  address: StoredAddress,
  location: { lat: number; lon: number },
): Promise<void> {
  const [addressColumn, locationColumn] =
    which === 'intended' ? ['intended_address', 'intended_location'] : ['victim_address', 'victim_location'];
  await tx.query(
    `UPDATE em_advices SET ${addressColumn} = $2::jsonb, ${locationColumn} = ${RD_POINT('$3', '$4')},
            updated_at = now()
      WHERE order_id = $1`,
    [orderId, JSON.stringify(address), location.lat, location.lon],
  );
}

export interface NewZone {
  label: string;
  kind: 'exclusion' | 'inclusion';
  geometry: unknown;
  radiusMeters: number | null;
}

/** Replaces the proposed zones, time windows and police response of an advice. */
export async function replaceZones(
  tx: Queryable,
  orderId: string,
  zones: NewZone[],
  timeWindows: TimeWindow[],
  policeResponse: boolean,
): Promise<void> {
  await tx.query('DELETE FROM em_advice_zones WHERE order_id = $1', [orderId]);
  for (const [i, z] of zones.entries()) {
    await tx.query(
      `INSERT INTO em_advice_zones (order_id, position, label, kind, geom, centre, radius_m)
       SELECT $1, $2, $3, $4,
              CASE WHEN $6::float8 IS NULL THEN rd ELSE ST_Buffer(rd, $6::float8, 64) END,
              CASE WHEN $6::float8 IS NULL THEN NULL ELSE rd END, $6
         FROM (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326), 28992) AS rd) s`,
      [orderId, i, z.label, z.kind, JSON.stringify(z.geometry), z.radiusMeters],
    );
  }
  await tx.query(
    `UPDATE em_advices SET time_windows = $2::jsonb, police_response = $3, updated_at = now() WHERE order_id = $1`,
    [orderId, JSON.stringify(timeWindows), policeResponse],
  );
}

export async function updateFeasibility(
  tx: Queryable,
  orderId: string,
  feasibility: Feasibility | null,
  homeVisit: EmAdviceRow['homeVisit'],
): Promise<void> {
  await tx.query(
    `UPDATE em_advices SET feasibility = $2::jsonb, home_visit = $3::jsonb, updated_at = now() WHERE order_id = $1`,
    [orderId, feasibility ? JSON.stringify(feasibility) : null, homeVisit ? JSON.stringify(homeVisit) : null],
  );
}

export async function updatePoliceInformation(
  tx: Queryable,
  orderId: string,
  p: {
    requestedAt: string | null;
    dueDate: string | null;
    receivedAt: string | null;
    summary: string | null;
  },
): Promise<void> {
  await tx.query(
    `UPDATE em_advices SET police_info_requested_at = $2, police_info_due_date = $3, police_info_received_at = $4,
            police_info_summary = $5, updated_at = now()
      WHERE order_id = $1`,
    [orderId, p.requestedAt, p.dueDate, p.receivedAt, p.summary],
  );
}

export async function setConclusion(tx: Queryable, orderId: string, c: StoredConclusion): Promise<void> {
  await tx.query(`UPDATE em_advices SET conclusion = $2::jsonb, updated_at = now() WHERE order_id = $1`, [
    orderId,
    JSON.stringify(c),
  ]);
}

export async function markSent(tx: Queryable, orderId: string): Promise<void> {
  await tx.query(`UPDATE em_advices SET document_sent_at = now(), updated_at = now() WHERE order_id = $1`, [
    orderId,
  ]);
}

export async function setOrderStatus(tx: Queryable, orderId: string, status: string): Promise<void> {
  await tx.query('UPDATE orders SET status = $2 WHERE id = $1', [orderId, status]);
}

// --- EM signal ---------------------------------------------------------------------------------------------

export async function listSignalRules(tx: Queryable): Promise<SignalRule[]> {
  const { rows } = await tx.query<SignalRule>(
    `SELECT id, description_nl AS "descriptionNl", kind, parameters, active FROM em_signal_rules
      ORDER BY sort_order, id`,
  );
  return rows;
}

export interface AdviceOrderContext {
  id: string;
  kind: string;
  status: string;
  clientId: string;
  assigneeId: string | null;
  offence: string | null;
  riskFlags: string[];
  caseProfile: CaseProfile;
}

export async function findOrderContext(
  tx: Queryable,
  orderId: string,
): Promise<AdviceOrderContext | undefined> {
  const { rows } = await tx.query<AdviceOrderContext>(
    `SELECT o.id, o.kind, o.status, o.client_id AS "clientId", o.assignee_id AS "assigneeId", o.offence,
            c.risk_flags AS "riskFlags", o.case_profile AS "caseProfile"
       FROM orders o JOIN clients c ON c.id = o.client_id WHERE o.id = $1`,
    [orderId],
  );
  return rows[0];
}

export interface ConsiderationRow {
  emAdvised: boolean;
  reason: string | null;
  signals: { ruleId: string; explanation: string }[];
  decidedBy: string | null;
  decidedAt: string;
}

export async function findConsideration(
  tx: Queryable,
  orderId: string,
): Promise<ConsiderationRow | undefined> {
  const { rows } = await tx.query<ConsiderationRow & { decidedAt: Date }>(
    `SELECT k.em_advised AS "emAdvised", k.reason, k.signals, u.display_name AS "decidedBy", k.decided_at AS "decidedAt"
       FROM advice_em_considerations k LEFT JOIN users u ON u.id = k.decided_by WHERE k.order_id = $1`,
    [orderId],
  );
  const r = rows[0];
  return r ? { ...r, decidedAt: iso(r.decidedAt) } : undefined;
}

export async function upsertConsideration(
  tx: Queryable,
  orderId: string,
  c: { emAdvised: boolean; reason: string | null; signals: unknown[]; decidedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO advice_em_considerations (order_id, signals, em_advised, reason, decided_by, decided_at)
     VALUES ($1, $2::jsonb, $3, $4, $5, now())
     ON CONFLICT (order_id) DO UPDATE SET signals = EXCLUDED.signals, em_advised = EXCLUDED.em_advised,
       reason = EXCLUDED.reason, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
    [orderId, JSON.stringify(c.signals), c.emAdvised, c.reason, c.decidedBy],
  );
}

// --- EM signal rules as configuration ---------------------------------------------------------------------

export interface StoredSignalRule extends SignalRule {
  updatedAt: string;
  updatedBy: { id: string; displayName: string } | null;
}

export interface RuleState {
  descriptionNl: string;
  parameters: SignalRule['parameters'];
  active: boolean;
}

const SELECT_RULE = `SELECT r.id, r.description_nl, r.kind, r.parameters, r.active, r.updated_at,
       u.id AS updated_by_id, u.display_name AS updated_by_name
  FROM em_signal_rules r LEFT JOIN users u ON u.id = r.updated_by`;

type RuleRow = {
  id: string;
  description_nl: string;
  kind: SignalRule['kind'];
  parameters: SignalRule['parameters'];
  active: boolean;
  updated_at: Date;
  updated_by_id: string | null;
  updated_by_name: string | null;
};

const toRule = (r: RuleRow): StoredSignalRule => ({
  id: r.id,
  kind: r.kind,
  descriptionNl: r.description_nl,
  parameters: r.parameters,
  active: r.active,
  updatedAt: iso(r.updated_at),
  updatedBy: r.updated_by_id ? { id: r.updated_by_id, displayName: r.updated_by_name ?? '' } : null,
});

export async function listStoredSignalRules(tx: Queryable): Promise<StoredSignalRule[]> {
  const { rows } = await tx.query<RuleRow>(`${SELECT_RULE} ORDER BY r.sort_order, r.id`);
  return rows.map(toRule);
}

/** One rule; `forUpdate` locks it so that two changes at once are applied one after the other. */
export async function findSignalRule(
  tx: Queryable,
  id: string,
  forUpdate = false,
): Promise<StoredSignalRule | undefined> {
  const { rows } = await tx.query<RuleRow>(
    `${SELECT_RULE} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [id],
  );
  return rows[0] ? toRule(rows[0]) : undefined;
}

/** Updates the rule and records the change with its before and after, in the caller's transaction. */
export async function changeSignalRule(
  tx: Queryable,
  id: string,
  before: RuleState,
  after: RuleState,
  changedBy: string,
  reason: string,
): Promise<void> {
  await tx.query(
    `UPDATE em_signal_rules SET description_nl = $2, parameters = $3::jsonb, active = $4,
            updated_at = now(), updated_by = $5
      WHERE id = $1`,
    [id, after.descriptionNl, JSON.stringify(after.parameters), after.active, changedBy],
  );
  await tx.query(
    `INSERT INTO em_signal_rule_changes (rule_id, before, after, changed_by, reason)
     VALUES ($1, $2::jsonb, $3::jsonb, $4, $5)`,
    [id, JSON.stringify(before), JSON.stringify(after), changedBy, reason],
  );
}

export interface SignalRuleChange {
  id: number;
  ruleId: string;
  before: RuleState;
  after: RuleState;
  changedBy: { id: string; displayName: string };
  changedAt: string;
  reason: string;
}

export async function signalRuleHistory(tx: Queryable, id: string): Promise<SignalRuleChange[]> {
  const { rows } = await tx.query<{
    id: string;
    rule_id: string;
    before: RuleState;
    after: RuleState;
    changed_by: string;
    display_name: string;
    changed_at: Date;
    reason: string;
  }>(
    `SELECT c.id, c.rule_id, c.before, c.after, c.changed_by, u.display_name, c.changed_at, c.reason
       FROM em_signal_rule_changes c JOIN users u ON u.id = c.changed_by
      WHERE c.rule_id = $1 ORDER BY c.changed_at DESC, c.id DESC`,
    [id],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    ruleId: r.rule_id,
    before: r.before,
    after: r.after,
    changedBy: { id: r.changed_by, displayName: r.display_name },
    changedAt: iso(r.changed_at),
    reason: r.reason,
  }));
}
