import type { SwaggerOptions } from '@fastify/swagger';

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          in: { type: 'string', enum: ['body', 'query', 'path', 'header'] },
          code: { type: 'string' },
          detail: { type: 'string' },
        },
      },
    },
  },
};

const versionHeader = {
  'API-Version': { description: 'The full version of the API', schema: { type: 'string', example: '1.0.0' } },
};

/**
 * OpenAPI 3.1 from the route schemas. Every response declares the API-Version header and every operation the
 * problem responses, as the NLGov API Design Rules ask.
 */
export function openApiOptions(version: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Regie API',
        version,
        description:
          'Primary-process system of the Dutch probation service (3RO) with electronic monitoring. ' +
          'Errors are RFC 9457 application/problem+json.',
        contact: { name: 'Regie maintainers', url: 'https://github.com/regie-reclassering/regie', email: 'regie@example.org' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
      security: [{ bearer: [] }],
    },
    transform: ({ schema, url, route }) => {
      if (!url.startsWith('/api/v1') && !url.startsWith('/health')) {
        return { schema: { ...(schema ?? {}), hide: true } as never, url };
      }
      const s = { ...(schema ?? {}) } as Record<string, unknown>;
      const responses = { ...((s.response as Record<string, Record<string, unknown>>) ?? {}) };
      for (const [code, r] of Object.entries(responses)) {
        responses[code] = { ...r, headers: { ...versionHeader, ...((r.headers as object) ?? {}) } };
      }
      for (const code of ['400', '401', '404']) {
        responses[code] ??= {
          description: 'Problem details (RFC 9457)',
          content: { 'application/problem+json': { schema: problemSchema } },
        } as never;
      }
      s.response = responses;
      if (route.config?.public) s.security = [];
      return { schema: s as never, url };
    },
  };
}
