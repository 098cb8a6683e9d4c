import { emSignals, type EmSignal } from '../../domain/em-signal/index.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import { forbidden, notFound, unprocessable } from '../../platform/http/problem.js';
import { auditAccess, requireReason, type Access } from '../audit/access.js';
import * as cases from '../cases/store.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import type { CaseProfile, EmConsiderationInput, EmSignalView } from './schemas.js';
import * as store from './store.js';

/**
 * The EM signal on regular advice orders: the signals, the case profile they read, the advisor's consideration
 * of EM, and completing the advice order (refused while signals are not considered). Every method runs in one
 * transaction as the acting user and audits in that same transaction.
 */
export class EmSignalService {
  constructor(private readonly db: Database) {}

  private async adviceOrder(tx: Queryable, id: string): Promise<store.AdviceOrderContext> {
    const o = await store.findOrderContext(tx, id);
    if (!o) throw notFound('Order');
    if (o.kind !== 'ADVICE') {
      throw unprocessable('The EM signal applies to regular advice orders only.', [
        { name: 'id', in: 'path', code: 'kind', detail: `the order is a ${o.kind} order, not ADVICE` },
      ]);
    }
    return o;
  }

  private async signalView(tx: Queryable, o: store.AdviceOrderContext): Promise<EmSignalView> {
    const signals = await this.signalsOf(tx, o);
    const consideration = (await store.findConsideration(tx, o.id)) ?? null;
    return {
      orderId: o.id,
      caseProfile: o.caseProfile,
      signals,
      consideration,
      considerationRequired: signals.length > 0 && !consideration,
    };
  }

  private async signalsOf(tx: Queryable, o: store.AdviceOrderContext): Promise<EmSignal[]> {
    const rules = await store.listSignalRules(tx);
    return emSignals(rules, { offence: o.offence, riskFlags: o.riskFlags, caseProfile: o.caseProfile });
  }

  private adviceWriter(user: AuthUser, o: store.AdviceOrderContext): void {
    const coordinator = hasRole(user, 'em_coordinator');
    const advisor = hasRole(user, 'probation_advisor') && (!o.assigneeId || o.assigneeId === user.id);
    if (!coordinator && !advisor) {
      throw forbidden('Only the advisor of this advice order or an EM coordinator records this.');
    }
    if (o.status === 'COMPLETED' || o.status === 'CANCELLED') {
      throw unprocessable('This order is closed.', [
        { name: 'status', in: 'body', code: 'closed', detail: `the order is ${o.status}` },
      ]);
    }
  }

  emSignal(user: AuthUser, id: string, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const o = await this.adviceOrder(tx, id);
      await auditAccess(tx, access, {
        clientId: o.clientId,
        action: 'em-signal.read',
        resource: `/orders/${id}/em-signal`,
      });
      return this.signalView(tx, o);
    });
  }

  saveCaseProfile(user: AuthUser, id: string, profile: CaseProfile, access: Access) {
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const o = await this.adviceOrder(tx, id);
      this.adviceWriter(user, o);
      await cases.setCaseProfile(tx, id, profile);
      await auditAccess(tx, access, {
        clientId: o.clientId,
        action: 'order.case-profile',
        resource: `/orders/${id}/case-profile`,
      });
      return this.signalView(tx, (await store.findOrderContext(tx, id))!);
    });
  }

  /** The advisor's consideration of EM: when signals exist and EM is not advised, a reason is required. */
  considerEm(user: AuthUser, id: string, input: EmConsiderationInput, access: Access) {
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const o = await this.adviceOrder(tx, id);
      this.adviceWriter(user, o);
      const signals = await this.signalsOf(tx, o);
      const reason = input.reason?.trim() || null;
      if (signals.length > 0 && !input.emAdvised && !reason) {
        throw unprocessable('Er zijn EM-signalen: geef aan waarom EM niet wordt geadviseerd.', [
          {
            name: 'reason',
            in: 'body',
            code: 'required',
            detail: `a reason is required when EM is not advised despite the signals ${signals.map((s) => s.ruleId).join(', ')}`,
          },
        ]);
      }
      await store.upsertConsideration(tx, id, {
        emAdvised: input.emAdvised,
        reason,
        signals,
        decidedBy: user.id,
      });
      await auditAccess(tx, access, {
        clientId: o.clientId,
        action: 'em-consideration.record',
        resource: `/orders/${id}/em-consideration`,
        details: { emAdvised: input.emAdvised, signals: signals.map((s) => s.ruleId) },
      });
      return this.signalView(tx, o);
    });
  }

  /** Completes a regular advice order; refused while EM signals are not considered. */
  completeAdvice(user: AuthUser, id: string, access: Access) {
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const o = await store.findOrderContext(tx, id);
      if (!o) throw notFound('Order');
      if (o.kind !== 'ADVICE') {
        throw unprocessable('Only regular advice orders are completed here.', [
          {
            name: 'id',
            in: 'path',
            code: 'kind',
            detail:
              o.kind === 'EM_ADVICE'
                ? 'an EM advice is completed by sending it: POST /em-advices/{id}/sending'
                : `the order is a ${o.kind} order`,
          },
        ]);
      }
      this.adviceWriter(user, o);
      const signals = await this.signalsOf(tx, o);
      if (signals.length > 0 && !(await store.findConsideration(tx, id))) {
        throw unprocessable(
          'Er zijn EM-signalen: leg eerst vast of EM wordt geadviseerd, en zo niet, waarom.',
          [
            {
              name: 'emConsideration',
              in: 'body',
              code: 'required',
              detail: `record the EM consideration first (signals: ${signals.map((s) => s.ruleId).join(', ')})`,
            },
          ],
        );
      }
      await store.setOrderStatus(tx, id, 'COMPLETED');
      await cases.insertStatus(tx, id, 'COMPLETED', user.id, 'Adviesrapport afgerond');
      await auditAccess(tx, access, {
        clientId: o.clientId,
        action: 'order.complete',
        resource: `/orders/${id}/completion`,
      });
      return { orderId: id, status: 'COMPLETED' as const };
    });
  }
}
