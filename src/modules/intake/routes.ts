import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { userOf } from '../../platform/http/app.js';
import type { IntakeService } from './service.js';
import {
  AssignmentCandidates,
  ChamberHearing,
  ChamberHearingInput,
  DistributedOrder,
  Distribution,
  DistributionInput,
  DistributionKey,
  DistributionKeyInput,
  HEARING_STATUSES,
  HearingOutcomeInput,
  IntakeQueueItem,
  IntakeRegionCode,
  OfficialOrderInput,
  OfficialOrderLink,
  type ChamberHearingInput as ChamberHearingInputT,
  type DistributionInput as DistributionInputT,
  type DistributionKeyInput as DistributionKeyInputT,
  type HearingOutcomeInput as HearingOutcomeInputT,
  type HearingStatus,
  type OfficialOrderInput as OfficialOrderInputT,
} from './schemas.js';
import { accessOf, IdParams, ReasonQuery, Items } from '../audit/access.js';

const RegionParams = Type.Object({ region: IntakeRegionCode }, { additionalProperties: false });

type P = { Params: { id: string } };
type R = { Params: { region: string } };

export function intakeRoutes(app: FastifyInstance, intake: IntakeService): void {
  const keys = ['distribution-keys'];
  const intakeTags = ['intake'];
  const hearings = ['chamber-hearings'];

  app.get(
    '/api/v1/distribution-keys',
    {
      schema: {
        tags: keys,
        operationId: 'listDistributionKeys',
        summary: 'The current distribution key of every intake region',
        response: { 200: Items(DistributionKey) },
      },
    },
    async () => ({ items: await intake.currentKeys() }),
  );

  app.put<R & { Body: DistributionKeyInputT }>(
    '/api/v1/distribution-keys/:region',
    {
      schema: {
        tags: keys,
        operationId: 'setDistributionKey',
        summary: 'Set a new key for an intake region (3RO functional administrator)',
        params: RegionParams,
        body: DistributionKeyInput,
        response: { 200: DistributionKey },
      },
    },
    async (req) => intake.setKey(userOf(req), req.params.region, req.body),
  );

  app.get<R>(
    '/api/v1/distribution-keys/:region/history',
    {
      schema: {
        tags: keys,
        operationId: 'listDistributionKeyHistory',
        summary: 'Every key an intake region has had, newest first',
        params: RegionParams,
        response: { 200: Items(DistributionKey) },
      },
    },
    async (req) => ({ items: await intake.keyHistory(req.params.region) }),
  );

  app.get<{ Querystring: { limit: number; reason?: string } }>(
    '/api/v1/intake/queue',
    {
      schema: {
        tags: intakeTags,
        operationId: 'listIntakeQueue',
        summary: 'Received orders waiting for distribution, urgent first, then by due date (intake point)',
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 200 }),
            reason: ReasonQuery.properties.reason,
          },
          { additionalProperties: false },
        ),
        response: { 200: Items(IntakeQueueItem) },
      },
    },
    async (req) => ({ items: await intake.queue(userOf(req), req.query.limit, accessOf(req)) }),
  );

  app.post<P & { Body: DistributionInputT }>(
    '/api/v1/orders/:id/distribution',
    {
      schema: {
        tags: intakeTags,
        operationId: 'distributeOrder',
        summary:
          'Distribute an order over the 3RO: automatically (`{}`) or by hand (`{ organisation, reason }`)',
        params: IdParams,
        body: DistributionInput,
        response: { 200: DistributedOrder },
      },
    },
    async (req) => intake.distribute(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.get<P>(
    '/api/v1/orders/:id/distribution',
    {
      schema: {
        tags: intakeTags,
        operationId: 'getOrderDistribution',
        summary: 'How and why an order was distributed (audited)',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: Distribution },
      },
    },
    async (req) => intake.getDistribution(userOf(req), req.params.id, accessOf(req)),
  );

  app.get<P>(
    '/api/v1/orders/:id/assignment-candidates',
    {
      schema: {
        tags: intakeTags,
        operationId: 'listAssignmentCandidates',
        summary:
          'Workers who could take the order, with caseload, expertise and earlier advice (coordinators)',
        params: IdParams,
        querystring: ReasonQuery,
        response: { 200: AssignmentCandidates },
      },
    },
    async (req) => intake.assignmentCandidates(userOf(req), req.params.id, accessOf(req)),
  );

  app.post<P & { Body: OfficialOrderInputT }>(
    '/api/v1/orders/:id/official-order',
    {
      schema: {
        tags: ['orders'],
        operationId: 'linkOfficialOrder',
        summary: 'Link a provisional supervision order to the official order that replaces it',
        params: IdParams,
        body: OfficialOrderInput,
        response: { 200: OfficialOrderLink },
      },
    },
    async (req) => intake.linkOfficialOrder(userOf(req), req.params.id, req.body, accessOf(req)),
  );

  app.get<{ Querystring: { status: HearingStatus; reason?: string } }>(
    '/api/v1/chamber-hearings',
    {
      schema: {
        tags: hearings,
        operationId: 'listChamberHearings',
        summary: 'The shadow list: chambers hearings, with a signal when one is overdue',
        querystring: Type.Object(
          {
            status: Type.Union(
              HEARING_STATUSES.map((s) => Type.Literal(s)),
              { default: 'pending', description: 'pending: still open; overdue: with a signal; all' },
            ),
            reason: ReasonQuery.properties.reason,
          },
          { additionalProperties: false },
        ),
        response: { 200: Items(ChamberHearing) },
      },
    },
    async (req) => ({ items: await intake.listHearings(userOf(req), req.query.status, accessOf(req)) }),
  );

  app.post<{ Body: ChamberHearingInputT }>(
    '/api/v1/chamber-hearings',
    {
      schema: {
        tags: hearings,
        operationId: 'createChamberHearing',
        summary: 'Put a chambers hearing on the shadow list',
        body: ChamberHearingInput,
        response: { 201: ChamberHearing },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await intake.createHearing(userOf(req), req.body, accessOf(req))),
  );

  app.put<P & { Body: HearingOutcomeInputT }>(
    '/api/v1/chamber-hearings/:id/outcome',
    {
      schema: {
        tags: hearings,
        operationId: 'recordChamberHearingOutcome',
        summary: 'Record the outcome of a chambers hearing, and the supervision order that follows',
        params: IdParams,
        body: HearingOutcomeInput,
        response: { 200: ChamberHearing },
      },
    },
    async (req) => intake.recordOutcome(userOf(req), req.params.id, req.body, accessOf(req)),
  );
}
