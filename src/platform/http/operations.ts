import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import client from 'prom-client';
import type { Database } from '../db/index.js';

/** `/health` for load balancers and `/metrics` for Prometheus, as in the HMPPS template. */
export function operationsRoutes(app: FastifyInstance, db: Database, version: string): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (req, reply) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unknown', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  const Health = Type.Object({
    status: Type.Union([Type.Literal('UP'), Type.Literal('DOWN')]),
    version: Type.String(),
    checks: Type.Object({ database: Type.Object({ status: Type.String(), kind: Type.String() }) }),
  });
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['operations'],
        operationId: 'getHealth',
        summary: 'Liveness and database reachability',
        response: { 200: Health, 503: Health },
      },
    },
    async (_req, reply) => {
      let database = 'UP';
      try {
        await db.asApp((tx) => tx.query('SELECT 1'));
      } catch {
        database = 'DOWN';
      }
      const status = database === 'UP' ? 'UP' : 'DOWN';
      return reply
        .status(status === 'UP' ? 200 : 503)
        .send({ status, version, checks: { database: { status: database, kind: db.kind } } });
    },
  );
  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_req, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
}
