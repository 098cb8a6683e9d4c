import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { userOf } from '../../platform/http/app.js';
import type { CasesService } from './service.js';
import {
  AssignmentInput,
  CaseloadItem,
  Client,
  ClientInput,
  ClientSummary,
  JournalEntry,
  JournalEntryInput,
  Order,
  WorkerCaseload,
  type AssignmentInput as AssignmentInputT,
  type ClientInput as ClientInputT,
  type JournalEntryInput as JournalEntryInputT,
  type OrderInput as OrderInputT,
  OrderInput,
  Uuid,
} from './schemas.js';
import { accessOf, IdParams, ReasonQuery, Items } from '../audit/access.js';

type P = { Params: { id: string } };

export function casesRoutes(app: FastifyInstance, cases: CasesService): void {
  const tags = ['clients'];

  app.get<{ Querystring: { q?: string; limit: number; offset: number; reason?: string } }>(
    '/api/v1/clients',
    {
      schema: {
        tags,
        operationId: 'listClients',
        summary: 'Search the clients of your organisation',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            offset: Type.Integer({ minimum: 0, default: 0 }),
            reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ClientSummary), total: Type.Integer() }) },
      },
    },
    async (req) =>
      cases.searchClients(userOf(req), req.query.q, req.query.limit, req.query.offset, accessOf(req)),
  );

  app.post<{ Body: ClientInputT }>(
    '/api/v1/clients',
    {
      schema: {
        tags,
        operationId: 'createClient',
        summary: 'Register a client',
        body: ClientInput,
        response: { 201: Client },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await cases.createClient(userOf(req), req.body, accessOf(req))),
  );

  app.get<P>(
    '/api/v1/clients/:id',
    {
      schema: {
        tags,
        operationId: 'getClient',
        summary: 'A client (audited)',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: Client },
      },
    },
    async (req) => cases.getClient(userOf(req), req.params.id, accessOf(req)),
  );

  app.get<P>(
    '/api/v1/clients/:id/orders',
    {
      schema: {
        tags,
        operationId: 'listClientOrders',
        summary: 'Orders of a client',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: Items(Order) },
      },
    },
    async (req) => ({ items: await cases.listOrdersOfClient(userOf(req), req.params.id, accessOf(req)) }),
  );

  app.get<P>(
    '/api/v1/clients/:id/journal-entries',
    {
      schema: {
        tags,
        operationId: 'listJournalEntries',
        summary: 'Journal of a client',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: Items(JournalEntry) },
      },
    },
    async (req) => ({ items: await cases.listJournal(userOf(req), req.params.id, accessOf(req)) }),
  );

  app.post<P & { Body: JournalEntryInputT }>(
    '/api/v1/clients/:id/journal-entries',
    {
      schema: {
        tags,
        operationId: 'createJournalEntry',
        summary: 'Add a journal entry',
        params: IdParams,
        body: JournalEntryInput,
        response: { 201: JournalEntry },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await cases.addJournal(userOf(req), req.params.id, req.body, accessOf(req))),
  );

  app.post<{ Body: OrderInputT }>(
    '/api/v1/orders',
    {
      schema: {
        tags: ['orders'],
        operationId: 'createOrder',
        summary: 'Register an order',
        body: OrderInput,
        response: { 201: Order },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await cases.createOrder(userOf(req), req.body, accessOf(req))),
  );

  app.get<P>(
    '/api/v1/orders/:id',
    {
      schema: {
        tags: ['orders'],
        operationId: 'getOrder',
        summary: 'An order (audited)',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: Order },
      },
    },
    async (req) => cases.getOrder(userOf(req), req.params.id, accessOf(req)),
  );

  app.post<P & { Body: AssignmentInputT }>(
    '/api/v1/orders/:id/assignment',
    {
      schema: {
        tags: ['orders'],
        operationId: 'assignOrder',
        summary: 'Distribute to an organisation, region, unit, or assign to a worker',
        params: IdParams,
        body: AssignmentInput,
        response: { 200: Order },
      },
    },
    async (req) => cases.assignOrder(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.get(
    '/api/v1/caseload',
    {
      schema: {
        tags: ['caseload'],
        operationId: 'getMyCaseload',
        summary: 'The signed-in worker’s active orders',
        response: {
          200: Type.Object({
            items: Type.Array(CaseloadItem),
            totalWeight: Type.Number(),
            capacity: Type.Number(),
          }),
        },
      },
    },
    async (req) => cases.caseload(userOf(req)),
  );

  app.get<{ Querystring: { unitId?: string } }>(
    '/api/v1/caseloads',
    {
      schema: {
        tags: ['caseload'],
        operationId: 'listCaseloads',
        summary: 'Caseload per worker of your organisation (coordinators)',
        querystring: Type.Object(
          { unitId: Type.Optional(Type.String({ maxLength: 50 })) },
          { additionalProperties: false },
        ),
        response: { 200: Items(WorkerCaseload) },
      },
    },
    async (req) => ({ items: await cases.caseloads(userOf(req), req.query.unitId) }),
  );

  app.get(
    '/api/v1/condition-types',
    {
      schema: {
        tags: ['conditions'],
        operationId: 'listConditionTypes',
        summary: 'The special-conditions catalogue',
        response: {
          200: Items(
            Type.Object({
              code: Type.String(),
              name: Type.String(),
              description: Type.String(),
              parameters: Type.Unknown(),
              monitoring: Type.Unknown(),
              emRelevant: Type.Boolean(),
            }),
          ),
        },
      },
    },
    async () => ({ items: await cases.conditionTypes() }),
  );

  app.get<{ Querystring: { clientId: string; reason?: string } }>(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        operationId: 'listAuditEntries',
        summary: 'Who accessed a client’s data',
        querystring: Type.Object(
          { clientId: Uuid, reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Items(
            Type.Object({
              seq: Type.Integer(),
              at: Type.String({ format: 'date-time' }),
              actor: Type.String({ description: 'username of who did it' }),
              actorName: Type.Union([Type.String(), Type.Null()], {
                description: 'display name of who did it',
              }),
              onBehalfOf: Type.Union([Type.String(), Type.Null()]),
              organisation: Type.Union([Type.String(), Type.Null()]),
              action: Type.String(),
              resource: Type.String(),
              reason: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
        },
      },
    },
    async (req) => ({ items: await cases.auditOfClient(userOf(req), req.query.clientId, accessOf(req)) }),
  );
}
