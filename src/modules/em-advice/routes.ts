import type { FastifyInstance } from 'fastify';
import {
  ASPECT_VALUE_LABELS,
  ASPECT_VALUES,
  FEASIBILITY_ASPECTS,
  FEASIBILITY_GROUP_LABELS,
  FEASIBILITY_GROUPS,
} from '../../domain/em-advice/feasibility.js';
import { userOf } from '../../platform/http/app.js';
import { accessOf, IdParams, ReasonQuery } from '../audit/access.js';
import type { EmRequestService } from './em-requests.js';
import { emSignalRuleRoutes } from './em-signal-rule-routes.js';
import type { EmSignalRuleService } from './em-signal-rule-service.js';
import { emSignalRoutes } from './em-signal-routes.js';
import type { EmSignalService } from './em-signal-service.js';
import { Problem422, schemaErrorsOf, type P } from './http.js';
import {
  AddressInput,
  ConclusionInput,
  EmAdvice,
  EmRequestCreated,
  EmRequestInput,
  FeasibilityAspects,
  FeasibilityInput,
  PoliceInformationInput,
  ZonesInput,
  type FeasibilityInput as FeasibilityInputT,
  type PoliceInformationInput as PoliceInformationInputT,
  type ZonesInput as ZonesInputT,
} from './schemas.js';
import type { EmAdviceService } from './service.js';

/** The services behind the EM routes: the request desk, the advice itself, the EM signal and its rules. */
export interface EmServices {
  emRequests: EmRequestService;
  emAdvice: EmAdviceService;
  emSignal: EmSignalService;
  emSignalRules: EmSignalRuleService;
}

/** The EM request desk and the EM advice; registers the EM signal routes too. */
export function emAdviceRoutes(app: FastifyInstance, services: EmServices): void {
  const tags = ['em-advices'];
  const service = services.emAdvice;

  app.post(
    '/api/v1/em-requests',
    {
      attachValidation: true,
      schema: {
        tags: ['em-requests'],
        operationId: 'createEmRequest',
        summary:
          'Request an EM advice (EM request desk): creates the client if needed, the order and the advice',
        description:
          'Every field is required except victimAddress and the optional client fields; an incomplete request is ' +
          'answered with 422 naming every missing or invalid field at once, and nothing is stored.',
        body: EmRequestInput,
        response: { 201: EmRequestCreated, ...Problem422 },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await services.emRequests.createRequest(userOf(req), req.body, schemaErrorsOf(req), accessOf(req)),
        ),
  );

  app.get(
    '/api/v1/em-advices/feasibility-aspects',
    {
      schema: {
        tags,
        operationId: 'listFeasibilityAspects',
        summary: 'The aspects of the feasibility investigation, with their Dutch labels',
        response: { 200: FeasibilityAspects },
      },
    },
    async () => ({
      groups: FEASIBILITY_GROUPS.map((code) => ({ code, label: FEASIBILITY_GROUP_LABELS[code] })),
      values: ASPECT_VALUES.map((code) => ({ code, label: ASPECT_VALUE_LABELS[code] })),
      items: FEASIBILITY_ASPECTS.map((a) => ({ ...a })),
    }),
  );

  app.get<P>(
    '/api/v1/em-advices/:id',
    {
      schema: {
        tags,
        operationId: 'getEmAdvice',
        summary: 'An EM advice, with what is still missing (audited)',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: EmAdvice },
      },
    },
    async (req) => service.get(userOf(req), req.params.id, accessOf(req)),
  );

  app.put<P & { Body: FeasibilityInputT }>(
    '/api/v1/em-advices/:id/feasibility',
    {
      schema: {
        tags,
        operationId: 'putEmAdviceFeasibility',
        summary: 'Record the feasibility investigation and the home visit (replaces them)',
        params: IdParams,
        body: FeasibilityInput,
        response: { 200: EmAdvice, ...Problem422 },
      },
    },
    async (req) => service.saveFeasibility(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.put<P & { Body: PoliceInformationInputT }>(
    '/api/v1/em-advices/:id/police-information',
    {
      schema: {
        tags,
        operationId: 'putEmAdvicePoliceInformation',
        summary:
          'Record when police information was requested and received; due 5 working days after the request',
        params: IdParams,
        body: PoliceInformationInput,
        response: { 200: EmAdvice, ...Problem422 },
      },
    },
    async (req) => service.savePoliceInformation(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.put<P & { Body: ZonesInputT }>(
    '/api/v1/em-advices/:id/zones',
    {
      schema: {
        tags,
        operationId: 'putEmAdviceZones',
        summary: 'Propose zones (GeoJSON WGS84, circles with radiusMeters), police response and time windows',
        description:
          'Checked as a whole; nothing is stored unless everything passes. With police response the victim address ' +
          'must lie inside every exclusion zone at least 5000 m (RD New) from its boundary.',
        params: IdParams,
        body: ZonesInput,
        response: { 200: EmAdvice, ...Problem422 },
      },
    },
    async (req) => service.saveZones(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.put<P>(
    '/api/v1/em-advices/:id/intended-address',
    {
      attachValidation: true,
      schema: {
        tags,
        operationId: 'putEmAdviceIntendedAddress',
        summary:
          'Complete or correct the intended home address with its location (WGS84, in the Netherlands)',
        description:
          'All fields are required; 422 names every missing or invalid field at once. When exclusion zones are ' +
          'stored, the new home must not lie in any of them (422 on location, code home-inside).',
        params: IdParams,
        body: AddressInput,
        response: { 200: EmAdvice, ...Problem422 },
      },
    },
    async (req) =>
      service.saveIntendedAddress(userOf(req), req.params.id, req.body, schemaErrorsOf(req), accessOf(req)),
  );

  app.put<P>(
    '/api/v1/em-advices/:id/victim-address',
    {
      attachValidation: true,
      schema: {
        tags,
        operationId: 'putEmAdviceVictimAddress',
        summary: 'Complete or correct the victim address with its location (WGS84, in the Netherlands)',
        description:
          'All fields are required; 422 names every missing or invalid field at once. With police response, the ' +
          'stored exclusion zones must still meet the 5 km rule for the new address (422 on location, code five-km).',
        params: IdParams,
        body: AddressInput,
        response: { 200: EmAdvice, ...Problem422 },
      },
    },
    async (req) =>
      service.saveVictimAddress(userOf(req), req.params.id, req.body, schemaErrorsOf(req), accessOf(req)),
  );

  app.post<P>(
    '/api/v1/em-advices/:id/conclusion',
    {
      attachValidation: true,
      schema: {
        tags,
        operationId: 'createEmAdviceConclusion',
        summary:
          'Record the conclusion: positive or negative, reasons, proposed installation, discussion with the client',
        params: IdParams,
        body: ConclusionInput,
        response: { 200: EmAdvice, ...Problem422 },
      },
    },
    async (req) =>
      service.saveConclusion(userOf(req), req.params.id, req.body, schemaErrorsOf(req), accessOf(req)),
  );

  app.post<P>(
    '/api/v1/em-advices/:id/sending',
    {
      schema: {
        tags,
        operationId: 'sendEmAdvice',
        summary: 'Send the advice to the principal; completes the order',
        params: IdParams,
        response: { 200: EmAdvice, ...Problem422 },
      },
    },
    async (req) => service.send(userOf(req), req.params.id, accessOf(req)),
  );

  app.get<P>(
    '/api/v1/em-advices/:id/document',
    {
      schema: {
        tags,
        operationId: 'getEmAdviceDocument',
        summary: 'The advice document (PDF, Dutch), generated from the stored advice (audited)',
        params: IdParams,
        querystring: ReasonQuery,
        produces: ['application/pdf'],
        response: {
          200: {
            description: 'The advice document',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
    async (req, reply) => {
      const { pdf, filename } = await service.document(userOf(req), req.params.id, accessOf(req));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  emSignalRoutes(app, services.emSignal);
  emSignalRuleRoutes(app, services.emSignalRules);
}
