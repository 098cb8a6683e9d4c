import type { Counts, EarlierInvolvement, Shares } from '../../domain/intake/distribution.js';
import type { HearingOutcome } from '../../domain/intake/shadow-list.js';
import type { Queryable } from '../../platform/db/index.js';
import type { HearingStatus, Distribution, DistributionKey, IntakeQueueItem } from './schemas.js';

// All SQL of intake and distribution. Every query runs in a transaction opened with the acting user, so
// row-level security decides which orders, clients and hearings exist.

const iso = (d: Date | string) => new Date(d).toISOString();

interface KeyRow {
  region: string;
  region_name: string;
  shares: Shares;
  valid_from: Date;
  set_by: string | null;
  set_by_name: string | null;
  reason: string;
}

const toKey = (r: KeyRow): DistributionKey => ({
  region: r.region,
  regionName: r.region_name,
  shares: { RN: Number(r.shares.RN), SVG: Number(r.shares.SVG), LJR: Number(r.shares.LJR) },
  validFrom: iso(r.valid_from),
  setBy: r.set_by ? { id: r.set_by, displayName: r.set_by_name ?? '' } : null,
  reason: r.reason,
});

const SELECT_KEY = `SELECT k.intake_region AS region, ir.name_nl AS region_name, k.shares, k.valid_from, k.set_by,
    u.display_name AS set_by_name, k.reason
  FROM distribution_keys k JOIN intake_regions ir ON ir.code = k.intake_region LEFT JOIN users u ON u.id = k.set_by`;

/** The current key of every intake region: its latest row that is already valid. */
export async function currentKeys(tx: Queryable): Promise<DistributionKey[]> {
  const { rows } = await tx.query<KeyRow & { sort_order: number }>(
    `SELECT DISTINCT ON (k.intake_region) k.intake_region AS region, ir.name_nl AS region_name, k.shares,
            k.valid_from, k.set_by, u.display_name AS set_by_name, k.reason, ir.sort_order
       FROM distribution_keys k JOIN intake_regions ir ON ir.code = k.intake_region
       LEFT JOIN users u ON u.id = k.set_by
      WHERE k.valid_from <= now()
      ORDER BY k.intake_region, k.valid_from DESC, k.id DESC`,
  );
  return rows.sort((a, b) => a.sort_order - b.sort_order).map(toKey);
}

export async function currentKey(tx: Queryable, region: string): Promise<DistributionKey | undefined> {
  const { rows } = await tx.query<KeyRow>(
    `${SELECT_KEY} WHERE k.intake_region = $1 AND k.valid_from <= now() ORDER BY k.valid_from DESC, k.id DESC LIMIT 1`,
    [region],
  );
  return rows[0] ? toKey(rows[0]) : undefined;
}

export async function keyHistory(tx: Queryable, region: string): Promise<DistributionKey[]> {
  const { rows } = await tx.query<KeyRow>(
    `${SELECT_KEY} WHERE k.intake_region = $1 ORDER BY k.valid_from DESC, k.id DESC`,
    [region],
  );
  return rows.map(toKey);
}

export async function intakeRegionExists(tx: Queryable, region: string): Promise<boolean> {
  const { rows } = await tx.query('SELECT 1 FROM intake_regions WHERE code = $1', [region]);
  return rows.length > 0;
}

export async function insertKey(
  tx: Queryable,
  region: string,
  shares: Shares,
  setBy: string,
  reason: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO distribution_keys (intake_region, shares, set_by, reason) VALUES ($1, $2::jsonb, $3, $4)`,
    [region, JSON.stringify({ RN: shares.RN, SVG: shares.SVG, LJR: shares.LJR }), setBy, reason],
  );
}

/** Whether the acting user belongs to an organisation of the given kind (e.g. the intake point). */
export async function actingOrganisationKind(tx: Queryable): Promise<string | undefined> {
  const { rows } = await tx.query<{ kind: string }>('SELECT kind FROM organisations WHERE code = app_org()');
  return rows[0]?.kind;
}

// The address an order is distributed by: the intended address of an EM request (where the client will
// live under EM) when there is one, otherwise the client's current address.
const CURRENT_ADDRESS = `LEFT JOIN LATERAL (
    SELECT postcode, lat, lon FROM (
      SELECT e.intended_address->>'postcode' AS postcode, ST_Y(ST_Transform(e.intended_location, 4326)) AS lat,
             ST_X(ST_Transform(e.intended_location, 4326)) AS lon, 0 AS preference
        FROM em_advices e WHERE e.order_id = o.id
      UNION ALL
      SELECT a.postcode, ST_Y(a.location), ST_X(a.location), 1 FROM client_addresses a
       WHERE a.client_id = c.id AND a.valid_to IS NULL) candidates
     ORDER BY preference LIMIT 1) addr ON true`;

/** The intake point's work: received orders, urgent first, then by due date. */
export async function intakeQueue(
  tx: Queryable,
  limit: number,
): Promise<Omit<IntakeQueueItem, 'intakeRegion'>[]> {
  const { rows } = await tx.query<
    Omit<IntakeQueueItem, 'intakeRegion' | 'receivedAt'> & { receivedAt: Date }
  >(
    `SELECT o.id AS "orderId", o.client_id AS "clientId", c.given_name || ' ' || c.family_name AS "clientName",
            o.kind, o.principal, o.legal_framework AS "legalFramework", o.offence, o.received_at AS "receivedAt",
            o.due_date::text AS "dueDate", o.urgent, o.provisional, addr.postcode
       FROM orders o JOIN clients c ON c.id = o.client_id ${CURRENT_ADDRESS}
      WHERE o.status = 'RECEIVED'
      ORDER BY o.urgent DESC, o.due_date, o.received_at, o.id
      LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ ...r, receivedAt: iso(r.receivedAt) }));
}

export interface DistributionSubject {
  orderId: string;
  status: string;
  kind: string;
  clientId: string;
  clientOrganisation: string | null;
  riskFlags: string[];
  earlierInvolvement: EarlierInvolvement[];
  postcode: string | null;
  lat: number | null;
  lon: number | null;
}

/** The order and the client facts the rules read; locks the order so two officers cannot both decide. */
export async function lockDistributionSubject(
  tx: Queryable,
  orderId: string,
): Promise<DistributionSubject | undefined> {
  const lock = await tx.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
  if (lock.rows.length === 0) return undefined;
  const { rows } = await tx.query<DistributionSubject>(
    `SELECT o.id AS "orderId", o.status, o.kind, o.client_id AS "clientId", c.organisation_code AS "clientOrganisation",
            c.risk_flags AS "riskFlags", c.earlier_involvement AS "earlierInvolvement", addr.postcode, addr.lat, addr.lon
       FROM orders o JOIN clients c ON c.id = o.client_id ${CURRENT_ADDRESS}
      WHERE o.id = $1`,
    [orderId],
  );
  return rows[0];
}

/** Serialises automatic decisions per intake region, so concurrent officers read consistent counts. */
export async function lockIntakeRegion(tx: Queryable, region: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('regie.intake.' || $1))`, [region]);
}

/** Orders of the region distributed since `since` (the key's start), per organisation, rule-driven included. */
export async function regionCounts(
  tx: Queryable,
  region: string,
  since: string,
  excludeOrderId: string,
): Promise<Counts> {
  const { rows } = await tx.query<{ organisation_code: string; n: string }>(
    `SELECT organisation_code, count(*) AS n FROM orders
      WHERE intake_region = $1 AND distributed_at >= $2 AND id <> $3 AND status <> 'CANCELLED'
        AND organisation_code IN ('RN', 'SVG', 'LJR')
      GROUP BY organisation_code`,
    [region, since, excludeOrderId],
  );
  const counts: Counts = { RN: 0, SVG: 0, LJR: 0 };
  for (const r of rows) counts[r.organisation_code as keyof Counts] = Number(r.n);
  return counts;
}

/**
 * The organisation's unit whose office is nearest to the reference point: the client's address, else the
 * centre of the intake region. Falls back to the organisation's first unit when no office has a location.
 */
export async function nearestUnit(
  tx: Queryable,
  organisation: string,
  point: { lat: number; lon: number } | null,
  intakeRegion: string | null,
): Promise<{ unitId: string; regionId: string; unitName: string } | undefined> {
  const { rows } = await tx.query<{ unit_id: string; region_id: string; unit_name: string }>(
    `WITH ref AS (
       SELECT coalesce(
         CASE WHEN $2::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($3::float8, $2::float8), 4326) END,
         (SELECT centre FROM intake_regions WHERE code = $4)) AS g)
     SELECT u.id AS unit_id, u.region_id, u.name AS unit_name
       FROM units u JOIN regions r ON r.id = u.region_id
       LEFT JOIN offices o ON o.unit_id = u.id AND o.location IS NOT NULL
       CROSS JOIN ref
      WHERE r.organisation_code = $1
      ORDER BY CASE WHEN o.location IS NULL OR ref.g IS NULL THEN NULL
                    ELSE ST_Distance(o.location::geography, ref.g::geography) END NULLS LAST, u.id
      LIMIT 1`,
    [organisation, point?.lat ?? null, point?.lon ?? null, intakeRegion],
  );
  const r = rows[0];
  return r ? { unitId: r.unit_id, regionId: r.region_id, unitName: r.unit_name } : undefined;
}

export async function recordDistribution(
  tx: Queryable,
  orderId: string,
  d: {
    organisation: string;
    regionId: string | null;
    unitId: string | null;
    intakeRegion: string | null;
    rule: string;
    explanation: string;
    overrideReason: string | null;
  },
): Promise<void> {
  await tx.query(
    `UPDATE orders SET organisation_code = $2, region_id = $3, unit_id = $4, assignee_id = NULL, status = 'DISTRIBUTED',
            intake_region = $5, distribution_rule = $6, distribution_explanation = $7,
            distribution_override_reason = $8, distributed_at = now()
      WHERE id = $1`,
    [orderId, d.organisation, d.regionId, d.unitId, d.intakeRegion, d.rule, d.explanation, d.overrideReason],
  );
}

/** Hearings of a client registered before its organisation was known follow the client. */
export async function adoptHearingsOfClient(
  tx: Queryable,
  clientId: string,
  organisation: string,
): Promise<void> {
  await tx.query(
    'UPDATE chamber_hearings SET organisation_code = $2 WHERE client_id = $1 AND organisation_code IS NULL',
    [clientId, organisation],
  );
}

export async function findDistribution(
  tx: Queryable,
  orderId: string,
): Promise<Distribution | null | undefined> {
  const { rows } = await tx.query<{
    organisation_code: string | null;
    intake_region: string | null;
    region_id: string | null;
    unit_id: string | null;
    distribution_rule: Distribution['rule'] | null;
    distribution_explanation: string | null;
    distribution_override_reason: string | null;
    distributed_at: Date | null;
  }>(
    `SELECT organisation_code, intake_region, region_id, unit_id, distribution_rule, distribution_explanation,
            distribution_override_reason, distributed_at FROM orders WHERE id = $1`,
    [orderId],
  );
  const r = rows[0];
  if (!r) return undefined;
  if (!r.distribution_rule || !r.distributed_at || !r.organisation_code) return null;
  return {
    organisation: r.organisation_code,
    intakeRegion: r.intake_region,
    regionId: r.region_id,
    unitId: r.unit_id,
    rule: r.distribution_rule,
    explanation: r.distribution_explanation ?? '',
    overrideReason: r.distribution_override_reason,
    distributedAt: iso(r.distributed_at),
  };
}

// Assignment candidates

export async function clientRiskFlags(tx: Queryable, clientId: string): Promise<string[]> {
  const { rows } = await tx.query<{ risk_flags: string[] }>('SELECT risk_flags FROM clients WHERE id = $1', [
    clientId,
  ]);
  return rows[0]?.risk_flags ?? [];
}

export async function orderHasEmConditions(tx: Queryable, orderId: string): Promise<boolean> {
  const { rows } = await tx.query<{ em: boolean | null }>(
    `SELECT bool_or(ct.em_relevant) AS em FROM order_conditions oc JOIN condition_types ct ON ct.code = oc.type_code
      WHERE oc.order_id = $1`,
    [orderId],
  );
  return rows[0]?.em === true;
}

export async function orderWeight(tx: Queryable, kind: string): Promise<number> {
  const { rows } = await tx.query<{ weight: string }>('SELECT weight FROM caseload_weights WHERE kind = $1', [
    kind,
  ]);
  return Number(rows[0]?.weight ?? 1);
}

/** Who was assignee of an earlier (EM) advice order of the client, other than this order. */
export async function earlierAdviceAuthors(
  tx: Queryable,
  clientId: string,
  orderId: string,
): Promise<Set<string>> {
  const { rows } = await tx.query<{ assignee_id: string }>(
    `SELECT DISTINCT assignee_id FROM orders
      WHERE client_id = $1 AND id <> $2 AND kind IN ('ADVICE', 'EM_ADVICE') AND assignee_id IS NOT NULL`,
    [clientId, orderId],
  );
  return new Set(rows.map((r) => r.assignee_id));
}

// Shadow list

interface HearingRow {
  id: string;
  client_id: string;
  client_name: string;
  organisation_code: string | null;
  court: string;
  hearing_date: string;
  case_reference: string;
  outcome: HearingOutcome | null;
  outcome_at: Date | null;
  order_id: string | null;
  next_hearing_id: string | null;
  created_at: Date;
}

export interface HearingRecord {
  id: string;
  clientId: string;
  clientName: string;
  organisation: string | null;
  court: string;
  hearingDate: string;
  caseReference: string;
  outcome: HearingOutcome | null;
  outcomeAt: string | null;
  orderId: string | null;
  nextHearingId: string | null;
  createdAt: string;
}

const toHearing = (r: HearingRow): HearingRecord => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  organisation: r.organisation_code,
  court: r.court,
  hearingDate: r.hearing_date,
  caseReference: r.case_reference,
  outcome: r.outcome,
  outcomeAt: r.outcome_at ? iso(r.outcome_at) : null,
  orderId: r.order_id,
  nextHearingId: r.next_hearing_id,
  createdAt: iso(r.created_at),
});

const SELECT_HEARING = `SELECT h.id, h.client_id, c.given_name || ' ' || c.family_name AS client_name, h.organisation_code,
    h.court, h.hearing_date::text AS hearing_date, h.case_reference, h.outcome, h.outcome_at, h.order_id,
    h.next_hearing_id, h.created_at
  FROM chamber_hearings h JOIN clients c ON c.id = h.client_id`;

// Open: no outcome yet, or suspended with conditions and no order linked (domain/intake/shadow-list.ts).
const OPEN = `(h.outcome IS NULL OR (h.outcome = 'SUSPENDED_WITH_CONDITIONS' AND h.order_id IS NULL))`;

export async function listHearings(
  tx: Queryable,
  status: HearingStatus,
  today: string,
  limit: number,
): Promise<HearingRecord[]> {
  const where =
    status === 'all' ? 'true' : status === 'pending' ? OPEN : `${OPEN} AND h.hearing_date < $2::date`;
  const { rows } = await tx.query<HearingRow>(
    `${SELECT_HEARING} WHERE ${where} ORDER BY h.hearing_date, h.created_at, h.id LIMIT $1`,
    status === 'overdue' ? [limit, today] : [limit],
  );
  return rows.map(toHearing);
}

export async function findHearing(
  tx: Queryable,
  id: string,
  lock = false,
): Promise<HearingRecord | undefined> {
  const { rows } = await tx.query<HearingRow>(
    `${SELECT_HEARING} WHERE h.id = $1${lock ? ' FOR UPDATE OF h' : ''}`,
    [id],
  );
  return rows[0] ? toHearing(rows[0]) : undefined;
}

export async function insertHearing(
  tx: Queryable,
  h: {
    clientId: string;
    organisation: string | null;
    court: string;
    hearingDate: string;
    caseReference: string;
    orderId: string | null;
    createdBy: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO chamber_hearings (client_id, organisation_code, court, hearing_date, case_reference, order_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [h.clientId, h.organisation, h.court, h.hearingDate, h.caseReference, h.orderId, h.createdBy],
  );
  return rows[0]!.id;
}

export async function recordHearingOutcome(
  tx: Queryable,
  id: string,
  o: {
    outcome: HearingOutcome;
    orderId: string | null;
    organisation: string | null;
    by: string;
    nextHearingId: string | null;
  },
): Promise<void> {
  await tx.query(
    `UPDATE chamber_hearings SET outcome = $2, outcome_at = now(), outcome_by = $5, order_id = $3,
            organisation_code = coalesce(organisation_code, $4), next_hearing_id = $6
      WHERE id = $1`,
    [id, o.outcome, o.orderId, o.organisation, o.by, o.nextHearingId],
  );
}

// Provisional → official order

export async function lockOrder(
  tx: Queryable,
  id: string,
): Promise<{ officialOrderId: string | null } | undefined> {
  const { rows } = await tx.query<{ official_order_id: string | null }>(
    'SELECT official_order_id FROM orders WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0] ? { officialOrderId: rows[0].official_order_id } : undefined;
}

export async function completeProvisional(tx: Queryable, id: string, officialOrderId: string): Promise<void> {
  await tx.query(`UPDATE orders SET status = 'COMPLETED', official_order_id = $2 WHERE id = $1`, [
    id,
    officialOrderId,
  ]);
}

export async function takeOverPlacement(
  tx: Queryable,
  officialId: string,
  p: {
    organisation: string;
    regionId: string | null;
    unitId: string | null;
    assigneeId: string | null;
    status: string;
  },
): Promise<void> {
  await tx.query(
    `UPDATE orders SET organisation_code = $2, region_id = $3, unit_id = $4, assignee_id = $5, status = $6,
            distributed_at = coalesce(distributed_at, now())
      WHERE id = $1`,
    [officialId, p.organisation, p.regionId, p.unitId, p.assigneeId, p.status],
  );
}

export async function relinkHearings(tx: Queryable, fromOrderId: string, toOrderId: string): Promise<void> {
  await tx.query('UPDATE chamber_hearings SET order_id = $2 WHERE order_id = $1', [fromOrderId, toOrderId]);
}
