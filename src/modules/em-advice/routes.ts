import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ASPECT_VALUE_LABELS,
  ASPECT_VALUES,
  FEASIBILITY_ASPECTS,
  FEASIBILITY_GROUP_LABELS,
  FEASIBILITY_GROUPS,
} from '../../domain/em-advice/feasibility.js';
import { userOf } from '../../platform/http/app.js';
import type { FieldError } from '../../platform/http/problem.js';
import { toFieldErrors } from '../../platform/http/validation.js';
import {
  CaseProfile,
  ConclusionInput,
  EmAdvice,
  EmConsiderationInput,
  EmRequestCreated,
  EmRequestInput,
  EmSignalView,
  FeasibilityAspects,
  FeasibilityInput,
  OrderCompleted,
  PoliceInformationInput,
  ZonesInput,
  type CaseProfile as CaseProfileT,
  type EmConsiderationInput as EmConsiderationInputT,
  type FeasibilityInput as FeasibilityInputT,
  type PoliceInformationInput as PoliceInformationInputT,
  type ZonesInput as ZonesInputT,
} from './schemas.js';
import type { EmAdviceService } from './service.js';
import { accessOf, IdParams, ReasonQuery } from '../audit/access.js';

// Declared so that the OpenAPI document lists the 422; the shape is the problem document (serialised as is).
const Problem422 = {
  422: Type.Object(
    {
      type: Type.String(),
      title: Type.String(),
      status: Type.Integer(),
      detail: Type.Optional(Type.String()),
      instance: Type.Optional(Type.String()),
      errors: Type.Optional(
        Type.Array(
          Type.Object({ name: Type.String(), in: Type.String(), code: Type.String(), detail: Type.String() }),
        ),
      ),
    },
    { description: 'Incomplete or invalid: every bad field is named in errors' },
  ),
};

/** Type and format problems the schema found (attachValidation), to be answered together with the rest. */
function schemaErrorsOf(req: FastifyRequest): FieldError[] {
  const v = req.validationError as
    (Error & { validation?: unknown[]; validationContext?: string }) | undefined;
  if (!v) return [];
  if (v.validationContext && v.validationContext !== 'body') throw v;
  return toFieldErrors((v.validation ?? []) as never, 'body');
}

type P = { Params: { id: string } };

export function emAdviceRoutes(app: FastifyInstance, service: EmAdviceService): void {
  const tags = ['em-advices'];

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
        .send(await service.createRequest(userOf(req), req.body, schemaErrorsOf(req), accessOf(req))),
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

  // --- EM signal on regular advice orders ------------------------------------------------------------------

  app.get<P>(
    '/api/v1/orders/:id/em-signal',
    {
      schema: {
        tags: ['orders'],
        operationId: 'getOrderEmSignal',
        summary: 'EM signals of a regular advice order and the recorded consideration (audited)',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: EmSignalView },
      },
    },
    async (req) => service.emSignal(userOf(req), req.params.id, accessOf(req)),
  );

  app.put<P & { Body: CaseProfileT }>(
    '/api/v1/orders/:id/case-profile',
    {
      schema: {
        tags: ['orders'],
        operationId: 'putOrderCaseProfile',
        summary: 'The case profile the EM signal rules read (victim identifiable, night-time, area-bound)',
        params: IdParams,
        body: CaseProfile,
        response: { 200: EmSignalView },
      },
    },
    async (req) => service.saveCaseProfile(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.post<P & { Body: EmConsiderationInputT }>(
    '/api/v1/orders/:id/em-consideration',
    {
      schema: {
        tags: ['orders'],
        operationId: 'createOrderEmConsideration',
        summary:
          'Record whether EM is advised; a reason is required when signals exist and EM is not advised',
        params: IdParams,
        body: EmConsiderationInput,
        response: { 200: EmSignalView, ...Problem422 },
      },
    },
    async (req) => service.considerEm(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.post<P>(
    '/api/v1/orders/:id/completion',
    {
      schema: {
        tags: ['orders'],
        operationId: 'completeOrder',
        summary: 'Complete a regular advice order; refused while EM signals are not considered',
        params: IdParams,
        response: { 200: OrderCompleted, ...Problem422 },
      },
    },
    async (req) => service.completeAdvice(userOf(req), req.params.id, accessOf(req)),
  );
}
