import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../../platform/db/index.js';
import { badRequest, forbidden } from '../../platform/http/problem.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import { appendAudit, type AuditEntryInput } from './store.js';

// How every module records access to client data: the same reason rule, the same read-only rule and the
// same audit call, so no module can quietly differ on what the law asks.

/** How a user came to look, recorded with every read and change. */
export interface Access {
  reason?: string | undefined;
  onBehalfOf?: string | undefined;
}

/** Reason (query `reason`) and on-behalf-of (header `X-On-Behalf-Of`) of a request. */
export function accessOf(req: FastifyRequest): Access {
  const q = (req.query ?? {}) as { reason?: string };
  const onBehalfOf = req.headers['x-on-behalf-of'];
  return {
    reason: q.reason,
    onBehalfOf: typeof onBehalfOf === 'string' ? onBehalfOf.slice(0, 100) : undefined,
  };
}

/** Inspectors read across organisations, so the law wants a reason for each look. */
export function requireReason(user: AuthUser, access: Access): void {
  if (hasRole(user, 'inspector') && !access.reason?.trim()) {
    throw badRequest('Inspectors must state a reason for every access to client data.', [
      { name: 'reason', in: 'query', code: 'required', detail: 'reason is required for inspectors' },
    ]);
  }
}

/** Inspectors and quality officers only read. */
export function forbidReadOnly(user: AuthUser): void {
  if (user.roles.every((r) => r === 'inspector' || r === 'quality_officer')) {
    throw forbidden('This role has read-only access.');
  }
}

/** The audit entry of an access, with its reason and on-behalf-of, in the caller's transaction. */
export function auditAccess(tx: Queryable, access: Access, e: AuditEntryInput): Promise<number> {
  return appendAudit(tx, { ...e, reason: access.reason ?? null, onBehalfOf: access.onBehalfOf ?? null });
}

/** Route schemas every module with client data uses. */
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const ReasonQuery = Type.Object(
  {
    reason: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: 'Why you look: required for inspectors' }),
    ),
  },
  { additionalProperties: false },
);
export const Items = <T extends TSchema>(t: T) => Type.Object({ items: Type.Array(t) });
