import { calendarDate } from '../../domain/calendar/index.js';
import { ROLE_FOR_KIND, neededExpertise, rankCandidates } from '../../domain/intake/candidates.js';
import {
  ORGANISATION_LABELS,
  distribute,
  manualDecision,
  sharesProblem,
  type DistributionDecision,
} from '../../domain/intake/distribution.js';
import { intakeRegionOfPostcode, type IntakeRegion } from '../../domain/intake/regions.js';
import { hearingSignal } from '../../domain/intake/shadow-list.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import {
  conflict,
  forbidden,
  notFound,
  unprocessable,
  type FieldError,
} from '../../platform/http/problem.js';
import * as cases from '../cases/store.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import type {
  ChamberHearing,
  ChamberHearingInput,
  DistributionInput,
  DistributionKeyInput,
  HearingOutcomeInput,
  HearingStatus,
  OfficialOrderInput,
} from './schemas.js';
import * as store from './store.js';
import { auditAccess, forbidReadOnly, requireReason, type Access } from '../audit/access.js';

const CLOSED = ['COMPLETED', 'CANCELLED'];

/**
 * Intake and distribution: the distribution keys, the intake queue, the distribution decision (content
 * rules, then the key, then the nearest unit), the coordinator's assignment shortlist, the shadow list of
 * chambers hearings and the link from a provisional to the official supervision order. Each method runs in
 * one transaction as the acting user, with its audit entry in that same transaction.
 */
export class IntakeService {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // Distribution keys

  currentKeys() {
    return this.db.asApp((tx) => store.currentKeys(tx));
  }

  keyHistory(region: string) {
    return this.db.asApp(async (tx) => {
      if (!(await store.intakeRegionExists(tx, region))) throw notFound(`Intake region ${region}`);
      return store.keyHistory(tx, region);
    });
  }

  /**
   * A new key for a region, valid at once. Only the 3RO functional administrator (an administrator of the
   * intake point) sets keys: an administrator of one probation organisation must not move shares between
   * the three. The database's policy says the same.
   */
  setKey(user: AuthUser, region: string, input: DistributionKeyInput) {
    if (!hasRole(user, 'administrator'))
      throw forbidden('Only the 3RO functional administrator sets distribution keys.');
    return this.db.asActor({ userId: user.id }, async (tx) => {
      if ((await store.actingOrganisationKind(tx)) !== 'intake_point') {
        throw forbidden(
          'Only the 3RO functional administrator (of the intake point) sets distribution keys.',
        );
      }
      if (!(await store.intakeRegionExists(tx, region))) throw notFound(`Intake region ${region}`);
      const problem = sharesProblem(input.shares);
      if (problem) {
        throw unprocessable('The distribution key is not valid.', [
          { name: 'shares', in: 'body', code: 'sum', detail: problem },
        ]);
      }
      const previous = await store.currentKey(tx, region);
      await store.insertKey(tx, region, input.shares, user.id, input.reason.trim());
      await auditAccess(
        tx,
        {},
        {
          action: 'distribution-key.set',
          resource: `/distribution-keys/${region}`,
          details: { region, shares: input.shares, previous: previous?.shares ?? null },
        },
      );
      return (await store.currentKey(tx, region))!;
    });
  }

  // The intake point's queue and decision

  queue(user: AuthUser, limit: number, access: Access) {
    if (!hasRole(user, 'intake_officer')) throw forbidden('Only the intake point works the intake queue.');
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const rows = await store.intakeQueue(tx, limit);
      await auditAccess(tx, access, {
        action: 'intake.queue.read',
        resource: '/intake/queue',
        details: { shown: rows.length },
      });
      return rows.map((r) => ({
        ...r,
        intakeRegion: r.postcode ? (intakeRegionOfPostcode(r.postcode) ?? null) : null,
      }));
    });
  }

  /**
   * Distributes a received order. `{}`: the content rules, else the region's key, decide; the region comes
   * from the postcode of the client's current address. `{ organisation, reason }`: the intake officer decides
   * by hand, with a reason. Either way the order goes to the organisation's unit nearest to the address (or
   * to the centre of the intake region when the address has no coordinates).
   */
  distribute(user: AuthUser, orderId: string, input: DistributionInput, access: Access) {
    if (!hasRole(user, 'intake_officer'))
      throw forbidden('Only the intake point distributes orders over the 3RO.');
    const manual = input.organisation !== undefined || input.reason !== undefined;
    const errors: FieldError[] = [];
    if (manual && !input.organisation) {
      errors.push({
        name: 'organisation',
        in: 'body',
        code: 'required',
        detail: 'a manual distribution names the organisation',
      });
    }
    if (manual && (input.reason?.trim().length ?? 0) < 5) {
      errors.push({
        name: 'reason',
        in: 'body',
        code: 'required',
        detail: 'a manual distribution needs a reason of at least 5 characters',
      });
    }
    if (errors.length) throw unprocessable('The distribution cannot be made.', errors);

    return this.db.asActor({ userId: user.id }, async (tx) => {
      const subject = await store.lockDistributionSubject(tx, orderId);
      if (!subject) throw notFound('Order');
      const allowed = manual ? ['RECEIVED', 'DISTRIBUTED'] : ['RECEIVED'];
      if (!allowed.includes(subject.status)) {
        throw conflict(
          manual
            ? `The order is ${subject.status}; only received or distributed (not yet assigned) orders can be moved.`
            : `The order is ${subject.status}; only received orders are distributed automatically (give organisation and reason to move it).`,
        );
      }
      const region: IntakeRegion | null = subject.postcode
        ? (intakeRegionOfPostcode(subject.postcode) ?? null)
        : null;
      if (!region && !manual) {
        throw unprocessable('The order cannot be distributed automatically.', [
          {
            name: 'clientId',
            in: 'body',
            code: 'address',
            detail:
              'the client has no current address with a Dutch postcode; distribute by hand with organisation and reason',
          },
        ]);
      }

      let proposal: DistributionDecision | undefined;
      if (region) {
        await store.lockIntakeRegion(tx, region);
        const key = await store.currentKey(tx, region);
        if (!key) throw conflict(`No distribution key is set for intake region ${region}.`);
        const counts = await store.regionCounts(tx, region, key.validFrom, orderId);
        proposal = distribute(
          {
            riskFlags: subject.riskFlags,
            earlierInvolvement: subject.earlierInvolvement,
            referenceYear: Number(calendarDate(this.now()).slice(0, 4)),
          },
          region,
          key.shares,
          counts,
        );
      }
      const decision = manual ? manualDecision(input.organisation!, input.reason!) : proposal!;

      const point =
        subject.lat !== null && subject.lon !== null ? { lat: subject.lat, lon: subject.lon } : null;
      const unit =
        region || point ? await store.nearestUnit(tx, decision.organisation, point, region) : undefined;
      await store.recordDistribution(tx, orderId, {
        organisation: decision.organisation,
        regionId: unit?.regionId ?? null,
        unitId: unit?.unitId ?? null,
        intakeRegion: region,
        rule: decision.rule,
        explanation: decision.explanation,
        overrideReason: manual ? input.reason!.trim() : null,
      });
      await cases.setClientOrganisation(tx, subject.clientId, decision.organisation);
      await store.adoptHearingsOfClient(tx, subject.clientId, decision.organisation);
      const where = unit ? ` (${unit.unitName})` : '';
      await cases.insertStatus(
        tx,
        orderId,
        'DISTRIBUTED',
        user.id,
        `Verdeeld naar ${ORGANISATION_LABELS[decision.organisation]}${where}: ${decision.explanation}`,
      );
      await auditAccess(tx, access, {
        clientId: subject.clientId,
        action: 'order.distribute',
        resource: `/orders/${orderId}/distribution`,
        details: {
          organisation: decision.organisation,
          rule: decision.rule,
          intakeRegion: region,
          unitId: unit?.unitId ?? null,
          ...(manual && proposal
            ? { proposal: { organisation: proposal.organisation, rule: proposal.rule } }
            : {}),
        },
      });
      const order = (await cases.findOrder(tx, orderId))!;
      return { ...order, distribution: (await store.findDistribution(tx, orderId))! };
    });
  }

  getDistribution(user: AuthUser, orderId: string, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const order = await cases.findOrder(tx, orderId);
      if (!order) throw notFound('Order');
      const d = await store.findDistribution(tx, orderId);
      if (!d) throw notFound('Distribution of this order');
      await auditAccess(tx, access, {
        clientId: order.clientId,
        action: 'order.distribution.read',
        resource: `/orders/${orderId}/distribution`,
      });
      return d;
    });
  }

  // The coordinator's shortlist

  assignmentCandidates(user: AuthUser, orderId: string, access: Access) {
    if (!hasRole(user, 'em_coordinator', 'administrator')) {
      throw forbidden(
        'Only an EM coordinator or administrator of the order’s organisation sees assignment candidates.',
      );
    }
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const order = await cases.findOrder(tx, orderId);
      // Another organisation's order is simply not there; the intake point's national view does not count.
      if (!order || order.organisation !== user.organisation.code) throw notFound('Order');
      const roles = [ROLE_FOR_KIND[order.kind] ?? 'supervisor'];
      if (order.kind === 'SUPERVISION' && (await store.orderHasEmConditions(tx, orderId)))
        roles.push('em_specialist');
      const needed = neededExpertise(order.offence, await store.clientRiskFlags(tx, order.clientId));
      const weight = await store.orderWeight(tx, order.kind);
      const authors = await store.earlierAdviceAuthors(tx, order.clientId, orderId);
      const workers = (await cases.caseloadsOf(tx, order.organisation, undefined)).filter((w) =>
        w.roles.some((r) => roles.includes(r)),
      );
      const items = rankCandidates(
        workers.map((w) => ({ ...w, wroteEarlierAdvice: authors.has(w.userId) })),
        needed,
        weight,
        order.unitId,
      );
      await auditAccess(tx, access, {
        clientId: order.clientId,
        action: 'order.assignment-candidates.read',
        resource: `/orders/${orderId}/assignment-candidates`,
        details: { shown: items.length },
      });
      return { orderId, roles, neededExpertise: needed, orderWeight: weight, items };
    });
  }

  // The shadow list

  private today(): string {
    return calendarDate(this.now());
  }

  private withSignal(h: store.HearingRecord, today: string): ChamberHearing {
    return { ...h, signal: hearingSignal(h, today) };
  }

  listHearings(user: AuthUser, status: HearingStatus, access: Access) {
    requireReason(user, access);
    const today = this.today();
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const rows = await store.listHearings(tx, status, today, 500);
      await auditAccess(tx, access, {
        action: 'chamber-hearing.list',
        resource: `/chamber-hearings?status=${status}`,
        details: { shown: rows.length },
      });
      return rows.map((h) => this.withSignal(h, today));
    });
  }

  /** The order linked from the shadow list: a supervision order (provisional or official) of the same client. */
  private async checkHearingOrder(
    tx: Queryable,
    orderId: string,
    clientId: string,
  ): Promise<FieldError | { organisation: string | null }> {
    const o = await cases.findOrder(tx, orderId);
    if (!o || o.clientId !== clientId) {
      return { name: 'orderId', in: 'body', code: 'unknown', detail: 'not an order of this client' };
    }
    if (o.kind !== 'SUPERVISION') {
      return { name: 'orderId', in: 'body', code: 'kind', detail: 'link a (provisional) supervision order' };
    }
    return { organisation: o.organisation };
  }

  createHearing(user: AuthUser, input: ChamberHearingInput, access: Access) {
    forbidReadOnly(user);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const client = await cases.clientOrganisation(tx, input.clientId);
      const errors: FieldError[] = [];
      if (!client)
        errors.push({
          name: 'clientId',
          in: 'body',
          code: 'unknown',
          detail: 'no such client in your organisation',
        });
      if (client && input.orderId) {
        const r = await this.checkHearingOrder(tx, input.orderId, input.clientId);
        if ('name' in r) errors.push(r);
      }
      if (errors.length) throw unprocessable('The hearing cannot be put on the shadow list.', errors);
      const id = await store.insertHearing(tx, {
        clientId: input.clientId,
        organisation: client!.organisation,
        court: input.court.trim(),
        hearingDate: input.hearingDate,
        caseReference: input.caseReference.trim(),
        orderId: input.orderId ?? null,
        createdBy: user.id,
      });
      await auditAccess(tx, access, {
        clientId: input.clientId,
        action: 'chamber-hearing.create',
        resource: `/chamber-hearings/${id}`,
      });
      return this.withSignal((await store.findHearing(tx, id))!, this.today());
    });
  }

  /**
   * Records the outcome. Suspended with conditions: link the (provisional) supervision order now or later
   * (the signal stays until it is there). Adjourned: the hearing is closed and continues on
   * `nextHearingDate` as a new item on the list.
   */
  recordOutcome(user: AuthUser, id: string, input: HearingOutcomeInput, access: Access) {
    forbidReadOnly(user);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const h = await store.findHearing(tx, id, true);
      if (!h) throw notFound('Chamber hearing');
      if (h.nextHearingId)
        throw conflict('This hearing was adjourned and continues in a new item; record the outcome there.');
      const errors: FieldError[] = [];
      let orderOrganisation: string | null = null;
      if (input.orderId && input.outcome !== 'SUSPENDED_WITH_CONDITIONS') {
        errors.push({
          name: 'orderId',
          in: 'body',
          code: 'outcome',
          detail: 'an order follows only a suspension with conditions',
        });
      } else if (input.orderId) {
        const r = await this.checkHearingOrder(tx, input.orderId, h.clientId);
        if ('name' in r) errors.push(r);
        else orderOrganisation = r.organisation;
      }
      if (input.outcome === 'ADJOURNED' && !input.nextHearingDate) {
        errors.push({
          name: 'nextHearingDate',
          in: 'body',
          code: 'required',
          detail: 'an adjourned hearing needs its new date',
        });
      } else if (input.outcome === 'ADJOURNED' && input.nextHearingDate! <= h.hearingDate) {
        errors.push({
          name: 'nextHearingDate',
          in: 'body',
          code: 'range',
          detail: 'the new date must be after the hearing date',
        });
      } else if (input.outcome !== 'ADJOURNED' && input.nextHearingDate) {
        errors.push({
          name: 'nextHearingDate',
          in: 'body',
          code: 'outcome',
          detail: 'only an adjourned hearing has a new date',
        });
      }
      if (errors.length) throw unprocessable('The outcome cannot be recorded.', errors);

      let nextHearingId: string | null = null;
      if (input.outcome === 'ADJOURNED') {
        nextHearingId = await store.insertHearing(tx, {
          clientId: h.clientId,
          organisation: h.organisation,
          court: h.court,
          hearingDate: input.nextHearingDate!,
          caseReference: h.caseReference,
          orderId: null,
          createdBy: user.id,
        });
      }
      // A later call may add the order to a suspension already recorded; an earlier link is kept.
      const orderId = input.orderId ?? h.orderId;
      await store.recordHearingOutcome(tx, id, {
        outcome: input.outcome,
        orderId,
        organisation: orderOrganisation,
        by: user.id,
        nextHearingId,
      });
      await auditAccess(tx, access, {
        clientId: h.clientId,
        action: 'chamber-hearing.outcome',
        resource: `/chamber-hearings/${id}/outcome`,
        details: { outcome: input.outcome, orderId, nextHearingId },
      });
      return this.withSignal((await store.findHearing(tx, id))!, this.today());
    });
  }

  // Provisional → official supervision order

  /**
   * Links a provisional supervision order to the official order that replaces it. The provisional order is
   * completed ("opgevolgd door officiële opdracht") and points at the official one; hearings on the shadow
   * list follow. When the official order has not been placed yet, it takes over the provisional order's
   * organisation, unit and supervisor, so the client keeps the same worker.
   */
  linkOfficialOrder(user: AuthUser, provisionalId: string, input: OfficialOrderInput, access: Access) {
    forbidReadOnly(user);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const lock = await store.lockOrder(tx, provisionalId);
      const provisional = lock ? await cases.findOrder(tx, provisionalId) : undefined;
      if (!lock || !provisional) throw notFound('Order');
      if (lock.officialOrderId)
        throw conflict('This provisional order is already linked to an official order.');
      if (!provisional.provisional || provisional.kind !== 'SUPERVISION') {
        throw unprocessable('Only a provisional supervision order is followed by an official order.', [
          {
            name: 'id',
            in: 'path',
            code: 'not-provisional',
            detail: 'the order is not a provisional supervision order',
          },
        ]);
      }
      if (CLOSED.includes(provisional.status))
        throw conflict(`The provisional order is already ${provisional.status}.`);
      const errors: FieldError[] = [];
      const official =
        input.officialOrderId === provisionalId
          ? undefined
          : await cases.findOrder(tx, input.officialOrderId);
      if (!official) {
        errors.push({
          name: 'officialOrderId',
          in: 'body',
          code: 'unknown',
          detail: 'no such other order visible to you',
        });
      } else if (official.clientId !== provisional.clientId) {
        errors.push({
          name: 'officialOrderId',
          in: 'body',
          code: 'client',
          detail: 'the official order is for another client',
        });
      } else if (official.kind !== 'SUPERVISION' || official.provisional) {
        errors.push({
          name: 'officialOrderId',
          in: 'body',
          code: 'kind',
          detail: 'the official order must be a (non-provisional) supervision order',
        });
      } else if (CLOSED.includes(official.status)) {
        errors.push({
          name: 'officialOrderId',
          in: 'body',
          code: 'closed',
          detail: `the official order is ${official.status}`,
        });
      }
      if (errors.length) throw unprocessable('The orders cannot be linked.', errors);

      await store.completeProvisional(tx, provisionalId, official!.id);
      await cases.insertStatus(
        tx,
        provisionalId,
        'COMPLETED',
        user.id,
        `Opgevolgd door officiële opdracht ${official!.id}`,
      );
      const sameOrganisation = official!.organisation === provisional.organisation;
      if (
        provisional.organisation &&
        (!official!.organisation || (sameOrganisation && !official!.assignee))
      ) {
        const assigneeId = provisional.assignee?.id ?? null;
        const status = assigneeId ? 'ASSIGNED' : 'DISTRIBUTED';
        await store.takeOverPlacement(tx, official!.id, {
          organisation: provisional.organisation,
          regionId: provisional.regionId,
          unitId: provisional.unitId,
          assigneeId,
          status,
        });
        await cases.setClientOrganisation(tx, provisional.clientId, provisional.organisation);
        await cases.insertStatus(
          tx,
          official!.id,
          status,
          user.id,
          `Overgenomen van voorlopige opdracht ${provisionalId}`,
        );
      }
      await store.relinkHearings(tx, provisionalId, official!.id);
      await auditAccess(tx, access, {
        clientId: provisional.clientId,
        action: 'order.official-order',
        resource: `/orders/${provisionalId}/official-order`,
        details: { officialOrderId: official!.id },
      });
      return {
        provisionalOrder: (await cases.findOrder(tx, provisionalId))!,
        officialOrder: (await cases.findOrder(tx, official!.id))!,
      };
    });
  }
}
