import type { Queryable } from '../../platform/db/index.js';

export interface AuditEntryInput {
  /** Used only when no acting user is set on the transaction (e.g. a failed sign-in). */
  actorUsername?: string;
  onBehalfOf?: string | null;
  clientId?: string | null;
  /** What happened, e.g. `client.read`, `order.create`, `journal.create`. */
  action: string;
  /** The resource path that was touched, e.g. `/clients/{id}`. */
  resource: string;
  reason?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  /** The actor's display name, so a client reading who looked sees a person, not an account. */
  actorName: string | null;
  onBehalfOf: string | null;
  organisation: string | null;
  clientId: string | null;
  action: string;
  resource: string;
  reason: string | null;
}

/** Appends in the caller's transaction: the read or change and its audit entry commit or fail together. */
export async function appendAudit(tx: Queryable, e: AuditEntryInput): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    'SELECT audit_append($1, $2, $3, $4, $5, $6, $7::jsonb) AS seq',
    [
      e.actorUsername ?? null,
      e.onBehalfOf ?? null,
      e.clientId ?? null,
      e.action,
      e.resource,
      e.reason ?? null,
      JSON.stringify(e.details ?? {}),
    ],
  );
  return Number(rows[0]!.seq);
}

export async function listAuditForClient(
  tx: Queryable,
  clientId: string,
  limit: number,
): Promise<AuditEntry[]> {
  const { rows } = await tx.query<{
    seq: number;
    at: Date;
    actor_username: string;
    actor_name: string | null;
    on_behalf_of: string | null;
    organisation_code: string | null;
    client_id: string | null;
    action: string;
    resource: string;
    reason: string | null;
  }>(
    `SELECT a.seq, a.at, a.actor_username, u.display_name AS actor_name, a.on_behalf_of, a.organisation_code,
            a.client_id, a.action, a.resource, a.reason
       FROM audit_log a LEFT JOIN users u ON u.username = a.actor_username
      WHERE a.client_id = $1 ORDER BY a.seq DESC LIMIT $2`,
    [clientId, limit],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: new Date(r.at).toISOString(),
    actor: r.actor_username,
    actorName: r.actor_name,
    onBehalfOf: r.on_behalf_of,
    organisation: r.organisation_code,
    clientId: r.client_id,
    action: r.action,
    resource: r.resource,
    reason: r.reason,
  }));
}

export interface VerifyProblem {
  seq: number;
  problem: 'hash-mismatch' | 'chain-broken' | 'gap' | 'head-mismatch';
  detail: string;
}

/**
 * Recomputes every entry's hash in order. A changed entry fails its own hash; a removed or inserted entry
 * breaks the link to its neighbour or the sequence; removing the newest entries leaves the head pointing
 * past the end. Runs as the owner, in pages, so it scales to a long log.
 */
export async function verifyAuditChain(
  tx: Queryable,
  pageSize = 5000,
): Promise<{ entries: number; problems: VerifyProblem[] }> {
  const problems: VerifyProblem[] = [];
  let prevSeq = 0;
  let prevHash = '0'.repeat(64);
  let entries = 0;
  for (;;) {
    const { rows } = await tx.query<{ seq: number; prev_hash: string; hash: string; expected: string }>(
      `SELECT seq, prev_hash, hash,
              audit_entry_hash(prev_hash, seq, at, actor_id, actor_username, on_behalf_of, organisation_code,
                               client_id, action, resource, reason, details) AS expected
         FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [prevSeq, pageSize],
    );
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== prevSeq + 1) {
        problems.push({ seq, problem: 'gap', detail: `entries ${prevSeq + 1}..${seq - 1} are missing` });
      }
      if (r.prev_hash !== prevHash) {
        problems.push({
          seq,
          problem: 'chain-broken',
          detail: 'prev_hash does not match the previous entry',
        });
      }
      if (r.hash !== r.expected) {
        problems.push({ seq, problem: 'hash-mismatch', detail: 'entry content does not match its hash' });
      }
      prevSeq = seq;
      prevHash = r.hash;
      entries++;
    }
    if (rows.length < pageSize) break;
  }
  const { rows: head } = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head');
  const h = head[0];
  if (!h || Number(h.seq) !== prevSeq || h.hash !== prevHash) {
    problems.push({
      seq: h ? Number(h.seq) : 0,
      problem: 'head-mismatch',
      detail: `the head records entry ${h?.seq ?? '?'} but the log ends at ${prevSeq}: entries were removed or added`,
    });
  }
  return { entries, problems };
}
