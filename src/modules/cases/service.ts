import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { orderDueDate } from '../../domain/orders/deadlines.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import { forbidden, notFound, unprocessable, type FieldError } from '../../platform/http/problem.js';
import { toFieldErrors } from '../../platform/http/validation.js';
import { listAuditForClient, type AuditEntry } from '../audit/store.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import type { AssignmentInput, ClientInput, JournalEntryInput, OrderInput } from './schemas.js';
import * as store from './store.js';
import { auditAccess, forbidReadOnly, requireReason, type Access } from '../audit/access.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export type { Access } from '../audit/access.js';

const ZONE_KINDS: Record<string, 'exclusion' | 'inclusion'> = {
  EXCLUSION_ZONE: 'exclusion',
  AREA_REQUIREMENT: 'inclusion',
};

/**
 * The case core: clients, orders, conditions, journal and caseload. Each method runs in one transaction as
 * the acting user (row-level security decides what exists) and writes its audit entry in that same
 * transaction, so there is no read or change without its record.
 */
export class CasesService {
  private readonly conditionValidators = new Map<string, ValidateFunction>();
  private readonly ajv = addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: true }));

  constructor(private readonly db: Database) {}

  private async visibleClient(tx: Queryable, id: string) {
    const c = await store.clientOrganisation(tx, id);
    if (!c) throw notFound('Client');
    return c;
  }

  searchClients(user: AuthUser, q: string | undefined, limit: number, offset: number, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const result = await store.searchClients(tx, q, limit, offset);
      // A search reveals names, so it is audited, with how many clients it showed (not which: the
      // per-client entries come when one is opened).
      await auditAccess(tx, access, {
        action: 'client.search',
        resource: '/clients',
        details: { query: q ? 'text' : 'none', shown: result.items.length },
      });
      return result;
    });
  }

  createClient(user: AuthUser, input: ClientInput, access: Access) {
    forbidReadOnly(user);
    const national = hasRole(user, 'intake_officer');
    if (input.organisation && !national && input.organisation !== user.organisation.code) {
      throw forbidden('Only the intake point can register a client for another organisation.');
    }
    const organisation = input.organisation ?? (national ? null : user.organisation.code);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const id = await store.insertClient(tx, input, organisation, user.id);
      await auditAccess(tx, access, { clientId: id, action: 'client.create', resource: `/clients/${id}` });
      return (await store.findClient(tx, id))!;
    });
  }

  getClient(user: AuthUser, id: string, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const client = await store.findClient(tx, id);
      if (!client) throw notFound('Client');
      await auditAccess(tx, access, { clientId: id, action: 'client.read', resource: `/clients/${id}` });
      return client;
    });
  }

  listOrdersOfClient(user: AuthUser, clientId: string, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      await this.visibleClient(tx, clientId);
      const items = await store.listOrdersOfClient(tx, clientId);
      await auditAccess(tx, access, {
        clientId,
        action: 'order.list',
        resource: `/clients/${clientId}/orders`,
      });
      return items;
    });
  }

  getOrder(user: AuthUser, id: string, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const order = await store.findOrder(tx, id);
      if (!order) throw notFound('Order');
      await auditAccess(tx, access, {
        clientId: order.clientId,
        action: 'order.read',
        resource: `/orders/${id}`,
      });
      return order;
    });
  }

  private async conditionValidator(tx: Queryable, code: string): Promise<ValidateFunction | undefined> {
    const cached = this.conditionValidators.get(code);
    if (cached) return cached;
    const type = (await store.listConditionTypes(tx)).find((t) => t.code === code);
    if (!type) return undefined;
    const v = this.ajv.compile(type.parameters);
    this.conditionValidators.set(code, v);
    return v;
  }

  /** Checks every condition against the catalogue and every zone with PostGIS; collects all errors. */
  private async validateConditions(tx: Queryable, input: OrderInput): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const [i, c] of (input.conditions ?? []).entries()) {
      const at = `conditions.${i}`;
      const validate = await this.conditionValidator(tx, c.typeCode);
      if (!validate) {
        errors.push({
          name: `${at}.typeCode`,
          in: 'body',
          code: 'unknown',
          detail: `${c.typeCode} is not in the catalogue`,
        });
        continue;
      }
      c.parameters ??= {};
      if (!validate(c.parameters)) {
        for (const e of toFieldErrors(validate.errors ?? [], 'body')) {
          errors.push({ ...e, name: `${at}.parameters.${e.name}`, detail: `${at}.parameters.${e.detail}` });
        }
        continue;
      }
      if (ZONE_KINDS[c.typeCode]) {
        const zones = (c.parameters.zones ?? []) as store.ZoneInput[];
        for (const [j, z] of zones.entries()) {
          const name = `${at}.parameters.zones.${j}`;
          const geometryType = (z.geometry as { type?: string } | null)?.type;
          if (geometryType === 'Point' && !(typeof z.radiusMeters === 'number' && z.radiusMeters > 0)) {
            errors.push({
              name: `${name}.radiusMeters`,
              in: 'body',
              code: 'required',
              detail: 'a circle needs radiusMeters > 0',
            });
            continue;
          }
          const problem = await store.checkGeometry(tx, z.geometry);
          if (problem)
            errors.push({ name: `${name}.geometry`, in: 'body', code: 'geometry', detail: problem });
        }
      }
    }
    return errors;
  }

  createOrder(user: AuthUser, input: OrderInput, access: Access) {
    forbidReadOnly(user);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const client = await store.clientOrganisation(tx, input.clientId);
      const errors: FieldError[] = [];
      if (!client) {
        errors.push({
          name: 'clientId',
          in: 'body',
          code: 'unknown',
          detail: 'no such client in your organisation',
        });
      }
      errors.push(...(await this.validateConditions(tx, input)));
      if (errors.length) throw unprocessable('The order cannot be registered as sent.', errors);

      const national = hasRole(user, 'intake_officer');
      const organisation = national ? (client!.organisation ?? null) : user.organisation.code;
      const id = await store.insertOrder(tx, {
        clientId: input.clientId,
        organisation,
        regionId: null,
        unitId: national ? null : user.unitId,
        kind: input.kind,
        principal: input.principal,
        legalFramework: input.legalFramework,
        offence: input.offence ?? null,
        receivedAt: input.receivedAt,
        dueDate: orderDueDate(input.kind, input.receivedAt),
        urgent: input.urgent,
        provisional: input.provisional ?? false,
        status: organisation && !national ? 'DISTRIBUTED' : 'RECEIVED',
        createdBy: user.id,
      });
      for (const c of input.conditions ?? []) {
        const conditionId = await store.insertCondition(tx, id, c);
        const kind = ZONE_KINDS[c.typeCode];
        if (kind) {
          for (const z of (c.parameters?.zones ?? []) as store.ZoneInput[])
            await store.insertZone(tx, conditionId, kind, z);
        }
      }
      if (input.caseProfile) await store.setCaseProfile(tx, id, input.caseProfile);
      await auditAccess(tx, access, {
        clientId: input.clientId,
        action: 'order.create',
        resource: `/orders/${id}`,
      });
      return (await store.findOrder(tx, id))!;
    });
  }

  /**
   * Distribution and assignment. The intake point chooses the organisation (and region, unit); within an
   * organisation a coordinator or administrator assigns a worker of that same organisation.
   */
  assignOrder(user: AuthUser, id: string, input: AssignmentInput, access: Access) {
    const national = hasRole(user, 'intake_officer');
    if (!national && !hasRole(user, 'em_coordinator', 'administrator')) {
      throw forbidden(
        'Only the intake point, an EM coordinator or an administrator distributes and assigns orders.',
      );
    }
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const order = await store.findOrder(tx, id);
      if (!order) throw notFound('Order');
      if (['COMPLETED', 'CANCELLED'].includes(order.status)) {
        throw unprocessable('A closed order cannot be assigned.', [
          { name: 'status', in: 'body', code: 'closed', detail: `the order is ${order.status}` },
        ]);
      }
      const errors: FieldError[] = [];
      if (input.organisation && !national && input.organisation !== order.organisation) {
        errors.push({
          name: 'organisation',
          in: 'body',
          code: 'forbidden',
          detail: 'only the intake point moves an order to another organisation',
        });
      }
      const organisation = input.organisation ?? order.organisation;
      const structure = await tx.query<{ region_id: string; unit_id: string | null; org: string }>(
        `SELECT r.id AS region_id, u.id AS unit_id, r.organisation_code AS org
           FROM regions r LEFT JOIN units u ON u.region_id = r.id AND u.id = $2
          WHERE r.id = coalesce($1, (SELECT region_id FROM units WHERE id = $2))`,
        [input.regionId ?? null, input.unitId ?? null],
      );
      const place = structure.rows[0];
      if (
        (input.regionId || input.unitId) &&
        (!place || place.org !== organisation || (input.unitId && !place.unit_id))
      ) {
        errors.push({
          name: input.unitId ? 'unitId' : 'regionId',
          in: 'body',
          code: 'unknown',
          detail: `not a ${input.unitId ? 'unit' : 'region'} of ${organisation ?? 'the organisation'}`,
        });
      }
      let assigneeId = order.assignee?.id ?? null;
      if (input.assigneeId) {
        const a = await tx.query<{ organisation_code: string; roles: string[] }>(
          'SELECT organisation_code, roles FROM users WHERE id = $1 AND active',
          [input.assigneeId],
        );
        const worker = a.rows[0];
        if (!worker || worker.organisation_code !== organisation) {
          errors.push({
            name: 'assigneeId',
            in: 'body',
            code: 'unknown',
            detail: 'not an active worker of the order’s organisation',
          });
        } else if (
          !worker.roles.some((r) => ['em_specialist', 'probation_advisor', 'supervisor'].includes(r))
        ) {
          errors.push({
            name: 'assigneeId',
            in: 'body',
            code: 'role',
            detail: 'the worker has no case-working role',
          });
        }
        assigneeId = input.assigneeId;
      }
      if (!organisation)
        errors.push({
          name: 'organisation',
          in: 'body',
          code: 'required',
          detail: 'choose an organisation first',
        });
      if (errors.length) throw unprocessable('The assignment cannot be made.', errors);

      const movedOrganisation = organisation !== order.organisation;
      const status = assigneeId && !movedOrganisation ? 'ASSIGNED' : 'DISTRIBUTED';
      await store.updateOrderAssignment(tx, id, {
        organisation,
        regionId: place?.region_id ?? (movedOrganisation ? null : order.regionId),
        unitId: place?.unit_id ?? (movedOrganisation ? null : order.unitId),
        assigneeId: movedOrganisation ? null : assigneeId,
        status,
      });
      await store.setClientOrganisation(tx, order.clientId, organisation!);
      await store.insertStatus(tx, id, status, user.id, input.note ?? null);
      await auditAccess(tx, access, {
        clientId: order.clientId,
        action: 'order.assign',
        resource: `/orders/${id}/assignment`,
        details: { organisation, assigneeId, status },
      });
      return (await store.findOrder(tx, id))!;
    });
  }

  listJournal(user: AuthUser, clientId: string, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      await this.visibleClient(tx, clientId);
      const items = await store.listJournal(tx, clientId);
      await auditAccess(tx, access, {
        clientId,
        action: 'journal.list',
        resource: `/clients/${clientId}/journal-entries`,
      });
      return items;
    });
  }

  addJournal(user: AuthUser, clientId: string, input: JournalEntryInput, access: Access) {
    forbidReadOnly(user);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      await this.visibleClient(tx, clientId);
      if (input.orderId) {
        const o = await store.findOrder(tx, input.orderId);
        if (!o || o.clientId !== clientId) {
          throw unprocessable('The journal entry cannot be saved.', [
            { name: 'orderId', in: 'body', code: 'unknown', detail: 'not an order of this client' },
          ]);
        }
      }
      const id = await store.insertJournal(tx, clientId, user.id, input);
      await auditAccess(tx, access, {
        clientId,
        action: 'journal.create',
        resource: `/clients/${clientId}/journal-entries/${id}`,
      });
      return (await store.listJournal(tx, clientId)).find((j) => j.id === id)!;
    });
  }

  /** Who looked at a client: the client's right (NEN 7513, GDPR art. 15); reading it is audited too. */
  auditOfClient(user: AuthUser, clientId: string, access: Access): Promise<AuditEntry[]> {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      await this.visibleClient(tx, clientId);
      const items = await listAuditForClient(tx, clientId, 500);
      await auditAccess(tx, access, {
        clientId,
        action: 'audit.read',
        resource: `/audit?clientId=${clientId}`,
      });
      return items;
    });
  }

  caseload(user: AuthUser) {
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const items = await store.caseloadOf(tx, user.id);
      const capacity = await store.capacityOf(tx, user.id);
      await auditAccess(
        tx,
        {},
        { action: 'caseload.read', resource: '/caseload', details: { shown: items.length } },
      );
      return { items, totalWeight: items.reduce((s, i) => s + i.weight, 0), capacity };
    });
  }

  caseloads(user: AuthUser, unitId: string | undefined) {
    if (!hasRole(user, 'em_coordinator', 'quality_officer', 'administrator')) {
      throw forbidden('Only coordinators, quality officers and administrators see everyone’s caseload.');
    }
    return this.db.asActor({ userId: user.id }, (tx) =>
      store.caseloadsOf(tx, user.organisation.code, unitId),
    );
  }

  conditionTypes() {
    return this.db.asApp((tx) => store.listConditionTypes(tx));
  }
}
