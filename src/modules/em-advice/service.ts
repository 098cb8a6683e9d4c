import { calendarDate, deadlineFrom } from '../../domain/calendar/index.js';
import {
  FEASIBILITY_GROUP_LABELS,
  FEASIBILITY_GROUPS,
  openAspects,
  type Feasibility,
} from '../../domain/em-advice/feasibility.js';
import { timeWindowProblems } from '../../domain/em-advice/time-windows.js';
import { emSignals, type EmSignal } from '../../domain/em-signal/index.js';
import { orderDueDate } from '../../domain/orders/deadlines.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import { forbidden, notFound, unprocessable, type FieldError } from '../../platform/http/problem.js';
import * as cases from '../cases/store.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import type {
  CaseProfile,
  ConclusionInput,
  EmAdvice,
  EmConsiderationInput,
  EmRequestInput,
  EmSignalView,
  FeasibilityInput,
  PoliceInformationInput,
  ZonesInput,
} from './schemas.js';
import { renderEmAdviceDocument } from './document.js';
import * as store from './store.js';
import { auditAccess, requireReason, type Access } from '../audit/access.js';

/** Police information is due 5 working days after it was requested (decision 0005, docs/em-advice.md). */
export const POLICE_INFO_WORKING_DAYS = 5;
/** With police response, every exclusion zone keeps the client at least this far from the victim. */
export const POLICE_RESPONSE_MIN_METERS = 5000;

/** Roughly the Netherlands (WGS84), the same envelope the case core checks zones against. */
const NL = { minLon: 3.2, maxLon: 7.3, minLat: 50.7, maxLat: 53.7 };

const metres = (m: number) =>
  `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(Math.round(m * 100) / 100)} m`;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const ADDRESS_FIELDS = ['street', 'houseNumber', 'postcode', 'city'] as const;

/**
 * EM advice (deeladvies EM): the EM request desk creates the order and the advice; the assigned EM specialist
 * (or an EM coordinator of the organisation) records the feasibility investigation, police information,
 * zones and time windows and the conclusion, and sends the advice. Also the EM signal on regular advice
 * orders. Every method runs in one transaction as the acting user and audits in that same transaction.
 */
export class EmAdviceService {
  constructor(private readonly db: Database) {}

  // --- EM request desk -----------------------------------------------------------------------------------

  /**
   * A request for EM advice. `schemaErrors` are the type and format problems the route found; this adds every
   * missing field, so the requester hears about all of them at once, and nothing is stored.
   */
  createRequest(user: AuthUser, body: unknown, schemaErrors: FieldError[], access: Access) {
    const national = hasRole(user, 'intake_officer');
    if (!national && !hasRole(user, 'probation_advisor', 'em_specialist', 'em_coordinator')) {
      throw forbidden('Only the intake point, probation advisors and EM staff register EM requests.');
    }
    const errors = [...schemaErrors, ...requestCompleteness(body, schemaErrors)];
    if (errors.length) throw unprocessable('The EM request is incomplete or invalid; see errors.', errors);
    const input = body as EmRequestInput;
    const c = input.client!;

    return this.db.asActor({ userId: user.id }, async (tx) => {
      let clientId: string;
      if (c.id) {
        if (!(await cases.clientOrganisation(tx, c.id))) {
          throw unprocessable('The EM request is incomplete or invalid; see errors.', [
            { name: 'client.id', in: 'body', code: 'unknown', detail: 'no such client in your organisation' },
          ]);
        }
        clientId = c.id;
      } else {
        clientId = await cases.insertClient(
          tx,
          {
            givenName: c.givenName!.trim(),
            familyName: c.familyName!.trim(),
            birthDate: c.birthDate!,
            ...(c.bsn ? { bsn: c.bsn } : {}),
            ...(c.phone ? { phone: c.phone } : {}),
            ...(c.riskFlags ? { riskFlags: c.riskFlags } : {}),
          },
          national ? null : user.organisation.code,
          user.id,
        );
        await auditAccess(tx, access, {
          clientId,
          action: 'client.create',
          resource: `/clients/${clientId}`,
        });
      }
      const status = national ? 'RECEIVED' : 'DISTRIBUTED';
      const dueDate = orderDueDate('EM_ADVICE', input.requestedAt!);
      const orderId = await cases.insertOrder(tx, {
        clientId,
        organisation: national ? null : user.organisation.code,
        regionId: null,
        unitId: national ? null : user.unitId,
        kind: 'EM_ADVICE',
        principal: input.principal!,
        legalFramework: input.legalFramework!,
        offence: input.offence!.trim(),
        receivedAt: input.requestedAt!,
        dueDate,
        urgent: input.urgent!,
        provisional: false,
        status,
        createdBy: user.id,
      });
      const address = (a: NonNullable<EmRequestInput['intendedAddress']>) => ({
        street: a.street!.trim(),
        houseNumber: a.houseNumber!.trim(),
        postcode: a.postcode!,
        city: a.city!.trim(),
      });
      await store.insertEmAdvice(tx, {
        orderId,
        intendedAddress: address(input.intendedAddress!),
        intendedLocation: input.intendedAddress!.location ?? null,
        addressContact: { name: input.addressContact!.name!.trim(), phone: input.addressContact!.phone! },
        victimAddress: input.victimAddress ? address(input.victimAddress) : null,
        victimLocation: input.victimAddress?.location ?? null,
        offence: input.offence!.trim(),
      });
      await auditAccess(tx, access, {
        clientId,
        action: 'em-request.create',
        resource: `/em-advices/${orderId}`,
        details: { urgent: input.urgent, victim: Boolean(input.victimAddress) },
      });
      return { orderId, dueDate, urgent: input.urgent!, status };
    });
  }

  // --- EM advice -----------------------------------------------------------------------------------------

  private async view(tx: Queryable, a: store.EmAdviceRow): Promise<EmAdvice> {
    const zones = await store.listZones(tx, a.orderId);
    const police = policeStatus(a);
    return {
      id: a.orderId,
      orderId: a.orderId,
      status: a.status as EmAdvice['status'],
      principal: a.principal as EmAdvice['principal'],
      legalFramework: a.legalFramework,
      receivedAt: a.receivedAt,
      dueDate: a.dueDate,
      urgent: a.urgent,
      organisation: a.organisation,
      assignee: a.assigneeId ? { id: a.assigneeId, displayName: a.assigneeName ?? '' } : null,
      client: { id: a.clientId, name: a.clientName, birthDate: a.clientBirthDate },
      offence: a.offence,
      intendedAddress: { ...a.intendedAddress, location: a.intendedLatLon },
      addressContact: a.addressContact,
      victimAddress: a.victimAddress ? { ...a.victimAddress, location: a.victimLatLon } : null,
      feasibility: a.feasibility
        ? {
            client: a.feasibility.client ?? {},
            dwelling: a.feasibility.dwelling ?? {},
            surroundings: a.feasibility.surroundings ?? {},
          }
        : null,
      homeVisit: a.homeVisit,
      policeInformation: {
        status: police,
        requestedAt: a.policeRequestedAt,
        dueDate: a.policeDueDate,
        receivedAt: a.policeReceivedAt,
        summary: a.policeSummary,
      },
      zones: zones.map((z) => ({
        id: z.id,
        label: z.label,
        kind: z.kind,
        radiusMeters: z.radiusMeters,
        geometry: z.geometry,
        victimMarginMeters:
          z.victimMarginMeters === null ? null : Math.round(z.victimMarginMeters * 100) / 100,
      })),
      policeResponse: a.policeResponse,
      timeWindows: a.timeWindows,
      conclusion: a.conclusion,
      documentSentAt: a.documentSentAt,
      missing: missingItems(a, police),
      updatedAt: a.updatedAt,
    };
  }

  private async readable(tx: Queryable, id: string): Promise<store.EmAdviceRow> {
    const a = await store.findEmAdvice(tx, id);
    if (!a) throw notFound('EM advice');
    return a;
  }

  /** Only the assigned EM specialist or an EM coordinator of the organisation changes an EM advice. */
  private async writable(tx: Queryable, user: AuthUser, id: string): Promise<store.EmAdviceRow> {
    const a = await this.readable(tx, id);
    const coordinator = hasRole(user, 'em_coordinator') && a.organisation === user.organisation.code;
    const assignee = hasRole(user, 'em_specialist') && a.assigneeId === user.id;
    if (!coordinator && !assignee) {
      throw forbidden(
        'Only the assigned EM specialist or an EM coordinator of the organisation changes this EM advice.',
      );
    }
    if (a.documentSentAt || a.status === 'COMPLETED' || a.status === 'CANCELLED') {
      throw unprocessable('This EM advice is closed and can no longer be changed.', [
        {
          name: 'status',
          in: 'body',
          code: 'closed',
          detail: a.documentSentAt ? 'the advice was sent' : `the order is ${a.status}`,
        },
      ]);
    }
    return a;
  }

  /** The first piece of work moves an assigned order to IN_PROGRESS. */
  private async started(tx: Queryable, user: AuthUser, a: store.EmAdviceRow): Promise<void> {
    if (a.status === 'ASSIGNED') {
      await store.setOrderStatus(tx, a.orderId, 'IN_PROGRESS');
      await cases.insertStatus(tx, a.orderId, 'IN_PROGRESS', user.id, null);
    }
  }

  private async change<T>(
    user: AuthUser,
    id: string,
    access: Access,
    action: string,
    resource: string,
    fn: (tx: Queryable, a: store.EmAdviceRow) => Promise<T>,
  ): Promise<EmAdvice> {
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const a = await this.writable(tx, user, id);
      await this.started(tx, user, a);
      await fn(tx, a);
      await auditAccess(tx, access, {
        clientId: a.clientId,
        action,
        resource: `/em-advices/${id}${resource}`,
      });
      return this.view(tx, (await store.findEmAdvice(tx, id))!);
    });
  }

  get(user: AuthUser, id: string, access: Access) {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const a = await this.readable(tx, id);
      await auditAccess(tx, access, {
        clientId: a.clientId,
        action: 'em-advice.read',
        resource: `/em-advices/${id}`,
      });
      return this.view(tx, a);
    });
  }

  saveFeasibility(user: AuthUser, id: string, input: FeasibilityInput, access: Access) {
    const feasibility: Feasibility = {};
    for (const g of FEASIBILITY_GROUPS) {
      const answers: Record<string, { value: string; note: string | null }> = {};
      const given = (input[g] ?? {}) as Record<string, { value: string; note?: string } | undefined>;
      for (const [code, answer] of Object.entries(given)) {
        if (answer) answers[code] = { value: answer.value, note: answer.note?.trim() || null };
      }
      (feasibility as Record<string, unknown>)[g] = answers;
    }
    const hv = input.homeVisit as store.EmAdviceRow['homeVisit'] | undefined;
    const homeVisit = hv
      ? { date: hv.date, mode: hv.mode, company: hv.company, safetyNote: hv.safetyNote?.trim() || null }
      : null;
    return this.change(user, id, access, 'em-advice.feasibility', '/feasibility', (tx) =>
      store.updateFeasibility(tx, id, feasibility, homeVisit),
    );
  }

  savePoliceInformation(user: AuthUser, id: string, input: PoliceInformationInput, access: Access) {
    return this.change(
      user,
      id,
      access,
      'em-advice.police-information',
      '/police-information',
      async (tx, a) => {
        const requestedAt = input.requestedAt ?? a.policeRequestedAt;
        const receivedAt = input.receivedAt ?? a.policeReceivedAt;
        const errors: FieldError[] = [];
        const soon = Date.now() + 5 * 60_000;
        if (input.requestedAt && Date.parse(input.requestedAt) > soon) {
          errors.push({
            name: 'requestedAt',
            in: 'body',
            code: 'future',
            detail: 'requestedAt lies in the future',
          });
        }
        if (input.receivedAt && Date.parse(input.receivedAt) > soon) {
          errors.push({
            name: 'receivedAt',
            in: 'body',
            code: 'future',
            detail: 'receivedAt lies in the future',
          });
        }
        if (receivedAt && !requestedAt) {
          errors.push({
            name: 'requestedAt',
            in: 'body',
            code: 'required',
            detail: 'record when the information was requested',
          });
        } else if (receivedAt && requestedAt && Date.parse(receivedAt) < Date.parse(requestedAt)) {
          errors.push({
            name: 'receivedAt',
            in: 'body',
            code: 'order',
            detail: 'receivedAt lies before requestedAt',
          });
        }
        if (errors.length) throw unprocessable('The police information cannot be recorded.', errors);
        await store.updatePoliceInformation(tx, id, {
          requestedAt,
          dueDate: requestedAt ? deadlineFrom(requestedAt, POLICE_INFO_WORKING_DAYS) : null,
          receivedAt,
          summary: input.summary?.trim() ?? a.policeSummary,
        });
      },
    );
  }

  /**
   * Zones, time windows and police response, checked as a whole: every bad zone and window is named at once
   * and nothing is stored unless all pass. The 5 km rule: with police response, the victim's address must lie
   * inside every exclusion zone at least 5000 m (RD New, to the centimetre) from its boundary.
   */
  saveZones(user: AuthUser, id: string, input: ZonesInput, access: Access) {
    return this.change(user, id, access, 'em-advice.zones', '/zones', async (tx) => {
      const errors: FieldError[] = [];
      const err = (name: string, code: string, detail: string) =>
        errors.push({ name, in: 'body', code, detail });
      let homeUnknownReported = false;
      let victimUnknownReported = false;
      const zones: store.NewZone[] = [];
      for (const [i, z] of input.zones.entries()) {
        const at = `zones.${i}`;
        const g = z.geometry;
        let radius: number | null = null;
        let structural = false;
        if (g.type === 'Point') {
          if (z.radiusMeters === undefined) {
            err(`${at}.radiusMeters`, 'required', 'een cirkel heeft een straal (radiusMeters) nodig');
            structural = true;
          } else if (!(Number.isFinite(z.radiusMeters) && z.radiusMeters > 0)) {
            err(
              `${at}.radiusMeters`,
              'range',
              `de straal moet groter dan 0 m zijn (ontvangen: ${z.radiusMeters})`,
            );
            structural = true;
          } else {
            radius = z.radiusMeters;
          }
        } else {
          if (z.radiusMeters !== undefined) {
            err(`${at}.radiusMeters`, 'not-allowed', 'alleen een cirkel (GeoJSON Point) heeft een straal');
            structural = true;
          }
          for (const [r, ring] of g.coordinates.entries()) {
            const first = ring[0];
            const last = ring[ring.length - 1];
            if (ring.length < 4) {
              err(
                `${at}.geometry`,
                'geometry',
                `ring ${r} heeft minstens 4 punten nodig (de eerste herhaald als laatste)`,
              );
              structural = true;
            } else if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
              err(
                `${at}.geometry`,
                'geometry',
                `ring ${r} is niet gesloten: het laatste punt moet gelijk zijn aan het eerste`,
              );
              structural = true;
            }
          }
        }
        if (structural) continue;
        const r = await store.analyseZone(tx, id, g, radius);
        if (r.invalid) {
          err(`${at}.geometry`, 'invalid', `ongeldige geometrie: ${r.invalid}`);
          continue;
        }
        if (!r.insideNl) {
          err(`${at}.geometry`, 'outside-nl', 'de zone ligt (deels) buiten Nederland');
          continue;
        }
        if (z.kind === 'exclusion') {
          if (r.homeInside === true) {
            err(
              `${at}.geometry`,
              'home-inside',
              'het beoogde verblijfsadres van de cliënt ligt in dit verbodsgebied',
            );
          } else if (r.homeInside === null && !homeUnknownReported) {
            homeUnknownReported = true;
            err(
              'intendedAddress.location',
              'required',
              'de locatie van het beoogde verblijfsadres ontbreekt, dus kan niet worden gecontroleerd dat het buiten elk verbodsgebied ligt',
            );
          }
          if (input.policeResponse) {
            if (r.victimMarginMeters === null) {
              if (!victimUnknownReported) {
                victimUnknownReported = true;
                err(
                  'policeResponse',
                  'victim-location',
                  'politieopvolging vraagt de locatie van het adres van het slachtoffer, en die ontbreekt',
                );
              }
            } else {
              const margin = Math.round(r.victimMarginMeters * 100) / 100;
              if (margin < 0) {
                err(
                  `${at}.geometry`,
                  'five-km',
                  `met politieopvolging moet het adres van het slachtoffer in het verbodsgebied liggen, op minstens 5 km van de rand; het ligt erbuiten, op ${metres(-margin)} van de rand`,
                );
              } else if (margin < POLICE_RESPONSE_MIN_METERS) {
                err(
                  `${at}.geometry`,
                  'five-km',
                  `met politieopvolging moet het verbodsgebied de cliënt op minstens 5 km van het adres van het slachtoffer houden; gemeten afstand van het slachtofferadres tot de rand van de zone: ${metres(margin)}`,
                );
              }
            }
          }
        }
        zones.push({ label: z.label.trim(), kind: z.kind, geometry: g, radiusMeters: radius });
      }
      for (const p of timeWindowProblems(input.timeWindows)) {
        const name = p.field === 'end' ? `timeWindows.${p.index}.end` : `timeWindows.${p.index}`;
        err(name, p.code, p.detail);
      }
      if (errors.length)
        throw unprocessable('De zones of tijdvakken kunnen niet worden opgeslagen; zie errors.', errors);
      await store.replaceZones(tx, id, zones, input.timeWindows, input.policeResponse);
    });
  }

  saveConclusion(user: AuthUser, id: string, body: unknown, schemaErrors: FieldError[], access: Access) {
    return this.change(user, id, access, 'em-advice.conclusion', '/conclusion', async (tx, a) => {
      const errors = [...schemaErrors];
      const bad = (n: string) => errors.some((e) => e.name === n || n.startsWith(`${e.name}.`));
      const need = (name: string, detail: string) => {
        if (!bad(name)) errors.push({ name, in: 'body', code: 'required', detail });
      };
      const c = (isObject(body) ? body : {}) as Partial<ConclusionInput>;
      if (Array.isArray(c.reasons) && !c.reasons.some((r) => typeof r === 'string' && r.trim())) {
        need('reasons', 'give at least one reason');
      }
      if (c.outcome === 'POSITIVE' && c.proposedInstallation === undefined) {
        need('proposedInstallation', 'a positive advice proposes the installation (date, time, place)');
      }
      if (c.proposedInstallation?.place === 'OTHER' && isBlank(c.proposedInstallation.placeDescription)) {
        need('proposedInstallation.placeDescription', 'describe the place when it is OTHER');
      }
      if (c.discussedWithClient === true && isBlank(c.clientResponse)) {
        need('clientResponse', 'record the client’s response when the advice was discussed');
      }
      if (c.discussedWithClient === false && isBlank(c.notDiscussedReason)) {
        need('notDiscussedReason', 'say why the advice was not discussed with the client');
      }
      if (!a.feasibility) need('feasibility', 'record the feasibility investigation first');
      if (!a.homeVisit) need('homeVisit', 'record the home visit first');
      if (errors.length) throw unprocessable('The conclusion cannot be recorded; see errors.', errors);
      const pi = c.proposedInstallation;
      await store.setConclusion(tx, id, {
        outcome: c.outcome!,
        reasons: c.reasons!.map((r) => r.trim()).filter(Boolean),
        proposedInstallation: pi
          ? {
              date: pi.date,
              time: pi.time,
              place: pi.place,
              placeDescription: pi.placeDescription?.trim() || null,
            }
          : null,
        discussedWithClient: c.discussedWithClient!,
        clientResponse: c.discussedWithClient ? c.clientResponse!.trim() : null,
        notDiscussedReason: c.discussedWithClient ? null : c.notDiscussedReason!.trim(),
        decidedBy: user.displayName,
        decidedAt: new Date().toISOString(),
      });
    });
  }

  /** Sends the advice to the principal: it must have a conclusion; the order is then completed. */
  send(user: AuthUser, id: string, access: Access) {
    return this.change(user, id, access, 'em-advice.send', '/sending', async (tx, a) => {
      if (!a.conclusion) {
        throw unprocessable('The EM advice has no conclusion yet.', [
          {
            name: 'conclusion',
            in: 'body',
            code: 'required',
            detail: 'record the conclusion before sending',
          },
        ]);
      }
      await store.markSent(tx, id);
      await store.setOrderStatus(tx, id, 'COMPLETED');
      await cases.insertStatus(tx, id, 'COMPLETED', user.id, 'Advies verzonden aan opdrachtgever');
    });
  }

  /** The advice document (PDF), generated from the stored advice; reading it is audited. */
  document(user: AuthUser, id: string, access: Access): Promise<{ pdf: Buffer; filename: string }> {
    requireReason(user, access);
    return this.db.asActor({ userId: user.id }, async (tx) => {
      const a = await this.readable(tx, id);
      const zones = await store.listZones(tx, id);
      await auditAccess(tx, access, {
        clientId: a.clientId,
        action: 'em-advice.document',
        resource: `/em-advices/${id}/document`,
      });
      const pdf = await renderEmAdviceDocument({ advice: a, zones, policeStatus: policeStatus(a) });
      return { pdf, filename: `deeladvies-em-${id.slice(0, 8)}.pdf` };
    });
  }

  // --- EM signal on regular advice orders ------------------------------------------------------------------

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
      await store.setCaseProfile(tx, id, profile);
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

/** RECEIVED, or — when requested but not received — PENDING until its due date and OVERDUE after. */
export function policeStatus(
  a: Pick<store.EmAdviceRow, 'policeRequestedAt' | 'policeReceivedAt' | 'policeDueDate'>,
) {
  if (a.policeReceivedAt) return 'RECEIVED' as const;
  if (!a.policeRequestedAt) return 'NOT_REQUESTED' as const;
  const today = calendarDate(new Date());
  return a.policeDueDate && today > a.policeDueDate ? ('OVERDUE' as const) : ('PENDING' as const);
}

function missingItems(a: store.EmAdviceRow, police: ReturnType<typeof policeStatus>): EmAdvice['missing'] {
  const items: EmAdvice['missing'] = [];
  if (!a.intendedLatLon) {
    items.push({
      item: 'intendedAddress.location',
      label: 'Locatie (coördinaten) van het beoogde verblijfsadres',
    });
  }
  if (a.victimAddress && !a.victimLatLon) {
    items.push({
      item: 'victimAddress.location',
      label: 'Locatie (coördinaten) van het adres van het slachtoffer',
    });
  }
  for (const aspect of openAspects(a.feasibility)) {
    items.push({
      item: `feasibility.${aspect.group}.${aspect.code}`,
      label: `${FEASIBILITY_GROUP_LABELS[aspect.group]}: ${aspect.label}`,
    });
  }
  if (!a.homeVisit) items.push({ item: 'homeVisit', label: 'Huisbezoek (fysiek of digitaal)' });
  if (police !== 'RECEIVED') {
    const why = {
      NOT_REQUESTED: 'niet aangevraagd',
      PENDING: 'aangevraagd, nog niet ontvangen',
      OVERDUE: 'te laat: termijn verstreken',
    };
    items.push({ item: 'policeInformation', label: `Politie-informatie over het adres (${why[police]})` });
  }
  if (!a.conclusion)
    items.push({ item: 'conclusion', label: 'Conclusie: positief of negatief, met redenen' });
  return items;
}

/** Every missing field of an EM request, skipping fields that already have a type or format error. */
export function requestCompleteness(body: unknown, schemaErrors: FieldError[]): FieldError[] {
  if (!isObject(body))
    return schemaErrors.length
      ? []
      : [{ name: '(root)', in: 'body', code: 'type', detail: 'the body must be an object' }];
  const errors: FieldError[] = [];
  const already = (n: string) =>
    [...schemaErrors, ...errors].some((e) => e.name === n || n.startsWith(`${e.name}.`));
  const need = (name: string, value: unknown) => {
    if (isBlank(value) && !already(name))
      errors.push({ name, in: 'body', code: 'required', detail: `${name} is required` });
  };
  const address = (prefix: string, a: unknown, required: boolean) => {
    if (a === undefined || a === null) {
      if (required) need(prefix, a);
      return;
    }
    if (!isObject(a)) return;
    for (const f of ADDRESS_FIELDS) need(`${prefix}.${f}`, a[f]);
    const loc = a.location;
    if (
      isObject(loc) &&
      typeof loc.lat === 'number' &&
      typeof loc.lon === 'number' &&
      !already(`${prefix}.location`)
    ) {
      if (loc.lon < NL.minLon || loc.lon > NL.maxLon || loc.lat < NL.minLat || loc.lat > NL.maxLat) {
        errors.push({
          name: `${prefix}.location`,
          in: 'body',
          code: 'outside-nl',
          detail: `${prefix}.location lies outside the Netherlands`,
        });
      }
    }
  };

  const client = body.client;
  if (client === undefined || client === null) need('client', client);
  else if (isObject(client)) {
    if (client.id !== undefined) {
      const extra = Object.keys(client).filter((k) => k !== 'id');
      if (extra.length && !already('client')) {
        errors.push({
          name: 'client',
          in: 'body',
          code: 'ambiguous',
          detail: `give either { id } of an existing client or a new client, not both (${extra.join(', ')})`,
        });
      }
    } else {
      for (const f of ['givenName', 'familyName', 'birthDate']) need(`client.${f}`, client[f]);
    }
  }
  need('principal', body.principal);
  need('legalFramework', body.legalFramework);
  address('intendedAddress', body.intendedAddress, true);
  const contact = body.addressContact;
  if (contact === undefined || contact === null) need('addressContact', contact);
  else if (isObject(contact)) {
    need('addressContact.name', contact.name);
    need('addressContact.phone', contact.phone);
  }
  need('offence', body.offence);
  address('victimAddress', body.victimAddress, false);
  need('urgent', body.urgent);
  need('requestedAt', body.requestedAt);
  return errors;
}
