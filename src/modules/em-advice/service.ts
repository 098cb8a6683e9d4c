import { calendarDate, deadlineFrom } from '../../domain/calendar/index.js';
import {
  FEASIBILITY_GROUP_LABELS,
  FEASIBILITY_GROUPS,
  openAspects,
  type Feasibility,
} from '../../domain/em-advice/feasibility.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import { forbidden, notFound, unprocessable, type FieldError } from '../../platform/http/problem.js';
import { auditAccess, requireReason, type Access } from '../audit/access.js';
import * as cases from '../cases/store.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import { renderEmAdviceDocument } from './document.js';
import type {
  AddressInput,
  ConclusionInput,
  EmAdvice,
  FeasibilityInput,
  PoliceInformationInput,
  ZonesInput,
} from './schemas.js';
import * as store from './store.js';
import { isBlank, isObject } from './values.js';
import { insideNetherlands } from '../../domain/geo/netherlands.js';
import { checkZones, homeInStoredZones, victimBreaksStoredZones } from './zones.js';

/** Police information is due 5 working days after it was requested (decision 0005, docs/em-advice.md). */
export const POLICE_INFO_WORKING_DAYS = 5;

/**
 * EM advice (deeladvies EM), once the request desk (em-requests.ts) has created it: the assigned EM specialist
 * (or an EM coordinator of the organisation) completes the addresses, records the feasibility investigation,
 * police information, zones and time windows (zones.ts) and the conclusion, and sends the advice. Every method
 * runs in one transaction as the acting user and audits in that same transaction.
 */
export class EmAdviceService {
  constructor(private readonly db: Database) {}

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
   * Zones, time windows and police response, checked as a whole (zones.ts): every bad zone and window is named
   * at once and nothing is stored unless all pass.
   */
  saveZones(user: AuthUser, id: string, input: ZonesInput, access: Access) {
    return this.change(user, id, access, 'em-advice.zones', '/zones', async (tx) => {
      const { zones, errors } = await checkZones(tx, id, input);
      if (errors.length)
        throw unprocessable('De zones of tijdvakken kunnen niet worden opgeslagen; zie errors.', errors);
      await store.replaceZones(tx, id, zones, input.timeWindows, input.policeResponse);
    });
  }

  /**
   * Completes or corrects the intended home address with its location (a request may arrive without one).
   * Stored exclusion zones are checked again: the new home must not lie in any of them.
   */
  saveIntendedAddress(user: AuthUser, id: string, body: unknown, schemaErrors: FieldError[], access: Access) {
    return this.change(user, id, access, 'em-advice.intended-address', '/intended-address', async (tx) => {
      const address = addressOf(
        body,
        schemaErrors,
        'Het verblijfsadres kan niet worden opgeslagen; zie errors.',
      );
      const inside = await homeInStoredZones(tx, id, address.location);
      if (inside.length) {
        throw unprocessable(
          'Het nieuwe verblijfsadres ligt in een verbodsgebied van dit advies; pas eerst de zones aan.',
          inside,
        );
      }
      await store.updateAddress(tx, id, 'intended', address.stored, address.location);
    });
  }

  /**
   * Completes or corrects the victim's address with its location. With police response, stored exclusion zones
   * are checked again against the 5 km rule.
   */
  saveVictimAddress(user: AuthUser, id: string, body: unknown, schemaErrors: FieldError[], access: Access) {
    return this.change(user, id, access, 'em-advice.victim-address', '/victim-address', async (tx, a) => {
      const address = addressOf(
        body,
        schemaErrors,
        'Het adres van het slachtoffer kan niet worden opgeslagen; zie errors.',
      );
      const broken = await victimBreaksStoredZones(tx, id, a.policeResponse, address.location);
      if (broken.length) {
        throw unprocessable(
          'Met dit adres van het slachtoffer voldoen de verbodsgebieden niet meer aan de 5 km-regel; pas eerst de zones aan.',
          broken,
        );
      }
      await store.updateAddress(tx, id, 'victim', address.stored, address.location);
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
}

/**
 * A full address with its location, or 422 naming every missing or invalid field at once (the schema's type
 * and format problems included).
 */
function addressOf(body: unknown, schemaErrors: FieldError[], title: string) {
  const errors = [...schemaErrors];
  const already = (n: string) => errors.some((e) => e.name === n || n.startsWith(`${e.name}.`));
  const b = isObject(body) ? body : {};
  for (const f of ['street', 'houseNumber', 'postcode', 'city', 'location'] as const) {
    if (isBlank(b[f]) && !already(f))
      errors.push({ name: f, in: 'body', code: 'required', detail: `${f} is required` });
  }
  const loc = b.location;
  if (
    isObject(loc) &&
    typeof loc.lat === 'number' &&
    typeof loc.lon === 'number' &&
    !already('location') &&
    !insideNetherlands({ lat: loc.lat, lon: loc.lon })
  ) {
    errors.push({
      name: 'location',
      in: 'body',
      code: 'outside-nl',
      detail: 'de locatie ligt buiten Nederland',
    });
  }
  if (errors.length) throw unprocessable(title, errors);
  const a = b as unknown as AddressInput;
  return {
    stored: {
      street: a.street.trim(),
      houseNumber: a.houseNumber.trim(),
      postcode: a.postcode.replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'),
      city: a.city.trim(),
    },
    location: { lat: a.location.lat, lon: a.location.lon },
  };
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
