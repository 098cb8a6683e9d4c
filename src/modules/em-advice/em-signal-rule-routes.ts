import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { userOf } from '../../platform/http/app.js';
import { Items } from '../audit/access.js';
import type { EmSignalRuleService } from './em-signal-rule-service.js';
import { Problem422, schemaErrorsOf } from './http.js';
import {
  EmSignalRule,
  EmSignalRuleChange,
  EmSignalRuleId,
  EmSignalRuleInput,
  type EmSignalRuleInput as EmSignalRuleInputT,
} from './schemas.js';

const RuleParams = Type.Object({ id: EmSignalRuleId }, { additionalProperties: false });
type R = { Params: { id: string } };

/** The EM signal rules as configuration: read by everyone, changed by the 3RO functional administrator. */
export function emSignalRuleRoutes(app: FastifyInstance, service: EmSignalRuleService): void {
  const tags = ['em-signal-rules'];

  app.get(
    '/api/v1/em-signal-rules',
    {
      schema: {
        tags,
        operationId: 'listEmSignalRules',
        summary: 'The EM signal rules, in the order they are applied',
        response: { 200: Items(EmSignalRule) },
      },
    },
    async () => ({ items: await service.listRules() }),
  );

  app.put<R & { Body: EmSignalRuleInputT }>(
    '/api/v1/em-signal-rules/:id',
    {
      attachValidation: true,
      schema: {
        tags,
        operationId: 'setEmSignalRule',
        summary:
          'Change the description, parameters or active of a rule, with a reason (3RO functional administrator; audited)',
        params: RuleParams,
        body: EmSignalRuleInput,
        response: { 200: EmSignalRule, ...Problem422 },
      },
    },
    async (req) => service.changeRule(userOf(req), req.params.id, req.body, schemaErrorsOf(req)),
  );

  app.get<R>(
    '/api/v1/em-signal-rules/:id/history',
    {
      schema: {
        tags,
        operationId: 'listEmSignalRuleHistory',
        summary: 'Every change of a rule, newest first',
        params: RuleParams,
        response: { 200: Items(EmSignalRuleChange) },
      },
    },
    async (req) => ({ items: await service.history(req.params.id) }),
  );
}
