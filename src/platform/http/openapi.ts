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

/** In fastify-swagger's route-schema form: the header's JSON schema, with its description beside it. */
const versionHeader = {
  'API-Version': { type: 'string', description: 'The full version of the API', example: '1.0.0' },
};

/** The versioned base path; the document's paths are relative to it (servers[0].url), as NLGov asks. */
export const API_BASE_PATH = '/api/v1';

/**
 * OpenAPI 3.1 from the route schemas. Every response declares the API-Version header and every operation the
 * problem responses, as the NLGov API Design Rules ask. The server URL carries the major version (`/api/v1`)
 * and the paths are relative to it. Operations endpoints outside the versioned API (`/health`, `/metrics`)
 * and the sign-in redirects (`/auth/*`) are not part of this document.
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
        contact: {
          name: 'Regie maintainers',
          url: 'https://github.com/regie-reclassering/regie',
          email: 'regie@example.org',
        },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: API_BASE_PATH, description: 'This server, version 1 of the API' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
      security: [{ bearer: [] }],
    },
    transform: ({ schema, url, route }) => {
      if (url !== API_BASE_PATH && !url.startsWith(`${API_BASE_PATH}/`)) {
        return { schema: { ...(schema ?? {}), hide: true } as never, url };
      }
      const path = url.slice(API_BASE_PATH.length) || '/';
      const s = { ...(schema ?? {}) } as Record<string, unknown>;
      const responses = { ...((s.response as Record<string, Record<string, unknown>>) ?? {}) };
      const problemResponse = (description = 'Problem details (RFC 9457)') => ({
        description,
        headers: versionHeader,
        content: { 'application/problem+json': { schema: problemSchema } },
      });
      for (const [code, r] of Object.entries(responses)) {
        // Every error goes through the error handler, so whatever a route declares, it is a problem document.
        responses[code] = /^[45]/.test(code)
          ? problemResponse(typeof r.description === 'string' ? r.description : undefined)
          : { ...r, headers: { ...versionHeader, ...((r.headers as object) ?? {}) } };
      }
      const standard = route.config?.public ? ['400', '404'] : ['400', '401', '404'];
      for (const code of standard) responses[code] ??= problemResponse();
      s.response = responses;
      if (route.config?.public) s.security = [];
      return { schema: s as never, url: path };
    },
  };
}
