import type { Queryable } from '../../platform/db/index.js';
import type { AuthUser, Role } from './model.js';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  organisation_code: string;
  organisation_name: string;
  unit_id: string | null;
  roles: Role[];
  expertise: string[];
}

const SELECT_USER = `SELECT u.id, u.username, u.display_name, u.organisation_code, o.name AS organisation_name,
  u.unit_id, u.roles, u.expertise
  FROM users u JOIN organisations o ON o.code = u.organisation_code`;

const toUser = (r: UserRow): AuthUser => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  organisation: { code: r.organisation_code, name: r.organisation_name },
  unitId: r.unit_id,
  roles: r.roles,
  expertise: r.expertise,
});

export async function findActiveUserByUsername(
  tx: Queryable,
  username: string,
): Promise<AuthUser | undefined> {
  const { rows } = await tx.query<UserRow>(`${SELECT_USER} WHERE u.username = $1 AND u.active`, [username]);
  return rows[0] && toUser(rows[0]);
}

export async function findActiveUserById(tx: Queryable, id: string): Promise<AuthUser | undefined> {
  const { rows } = await tx.query<UserRow>(`${SELECT_USER} WHERE u.id = $1 AND u.active`, [id]);
  return rows[0] && toUser(rows[0]);
}

export async function findActiveUserBySubject(tx: Queryable, subject: string): Promise<AuthUser | undefined> {
  const { rows } = await tx.query<UserRow>(`${SELECT_USER} WHERE u.oidc_subject = $1 AND u.active`, [
    subject,
  ]);
  return rows[0] && toUser(rows[0]);
}

export async function listActiveUsers(tx: Queryable): Promise<AuthUser[]> {
  const { rows } = await tx.query<UserRow>(
    `${SELECT_USER} WHERE u.active ORDER BY u.organisation_code, u.username`,
  );
  return rows.map(toUser);
}

export async function isSessionRevoked(tx: Queryable, sessionId: string): Promise<boolean> {
  const { rows } = await tx.query('SELECT 1 FROM revoked_sessions WHERE jti = $1', [sessionId]);
  return rows.length > 0;
}

/** Revokes a session; expired revocations are swept on the way, since their tokens are refused anyway. */
export async function revokeSession(tx: Queryable, sessionId: string, expiresAt: Date): Promise<void> {
  await tx.query('DELETE FROM revoked_sessions WHERE expires_at < now()');
  await tx.query('INSERT INTO revoked_sessions (jti, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    sessionId,
    expiresAt.toISOString(),
  ]);
}

export interface OrganisationStructure {
  code: string;
  name: string;
  kind: string;
  regions: {
    id: string;
    name: string;
    units: { id: string; name: string; offices: { id: string; city: string }[] }[];
  }[];
}

/** Organisations with their regions, units and offices: reference data, no personal data. */
export async function listOrganisationStructure(tx: Queryable): Promise<OrganisationStructure[]> {
  const { rows } = await tx.query<OrganisationStructure>(
    `SELECT o.code, o.name, o.kind,
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', r.id, 'name', r.name, 'units',
                coalesce((SELECT jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'offices',
                    coalesce((SELECT jsonb_agg(jsonb_build_object('id', f.id, 'city', f.city) ORDER BY f.id)
                                FROM offices f WHERE f.unit_id = u.id), '[]'::jsonb)) ORDER BY u.name)
                          FROM units u WHERE u.region_id = r.id), '[]'::jsonb)) ORDER BY r.name)
                FROM regions r WHERE r.organisation_code = o.code), '[]'::jsonb) AS regions
       FROM organisations o ORDER BY o.kind <> 'probation', o.code = 'LJR', o.code = 'SVG', o.code`,
  );
  return rows;
}
