import { orderDueDate } from '../../domain/orders/deadlines.js';
import type { Database } from '../../platform/db/index.js';
import { forbidden, unprocessable, type FieldError } from '../../platform/http/problem.js';
import { auditAccess, type Access } from '../audit/access.js';
import * as cases from '../cases/store.js';
import { hasRole, type AuthUser } from '../identity/model.js';
import type { EmRequestInput } from './schemas.js';
import * as store from './store.js';
import { isBlank, isObject } from './values.js';
import { insideNetherlands } from '../../domain/geo/netherlands.js';

const ADDRESS_FIELDS = ['street', 'houseNumber', 'postcode', 'city'] as const;

/**
 * The EM request desk (Loket EM): a request creates the client when needed, the EM_ADVICE order and the advice,
 * in one transaction as the acting user, audited in that same transaction.
 */
export class EmRequestService {
  constructor(private readonly db: Database) {}

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
      if (!insideNetherlands({ lat: loc.lat, lon: loc.lon })) {
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
