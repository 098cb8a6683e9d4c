import type { FastifyInstance } from 'fastify';
import { userOf } from '../../platform/http/app.js';
import { accessOf, IdParams, ReasonQuery } from '../audit/access.js';
import type { EmSignalService } from './em-signal-service.js';
import { Problem422, type P } from './http.js';
import {
  CaseProfile,
  EmConsiderationInput,
  EmSignalView,
  OrderCompleted,
  type CaseProfile as CaseProfileT,
  type EmConsiderationInput as EmConsiderationInputT,
} from './schemas.js';

/** The EM signal on regular advice orders: signals, case profile, consideration, completion. */
export function emSignalRoutes(app: FastifyInstance, service: EmSignalService): void {
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
