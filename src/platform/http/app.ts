import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Logger } from 'pino';
import { ProblemError, unauthorized, type Problem } from './problem.js';
import { toFieldErrors, validatorCompiler } from './validation.js';
import { openApiOptions } from './openapi.js';
import type { AuthUser } from '../../modules/identity/model.js';

export const API_VERSION = '1.0.0';

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
  }
  interface FastifyContextConfig {
    /** Routes that need no signed-in user (health, sign-in, the OpenAPI document). */
    public?: boolean;
  }
}

export interface HttpOptions {
  logger: Logger;
  bodyLimit: number;
  /** Resolves a bearer token to a user, or says why it is refused. */
  authenticate: (token: string) => Promise<AuthUser | { error: string }>;
}

/** The user of an authenticated route; the onRequest hook guarantees it is there. */
export function userOf(req: FastifyRequest): AuthUser {
  if (!req.user) throw unauthorized();
  return req.user;
}

const problemReply = (p: Problem) => p;

/**
 * The HTTP shell every module's routes plug into: strict validation, RFC 9457 errors, the API-Version
 * header, OpenAPI, and authentication before anything else runs.
 */
export async function createHttpApp(opts: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    bodyLimit: opts.bodyLimit,
    // Request ids let an operator tie a user's complaint to a log line without logging personal data.
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { allErrors: true } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.decorateRequest('user', null);

  app.addHook('onSend', async (_req, reply) => {
    reply.header('API-Version', API_VERSION);
  });

  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config.public || !req.url.startsWith('/api/')) return;
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw unauthorized();
    const result = await opts.authenticate(match[1]!);
    if ('error' in result) throw unauthorized(`The bearer token was refused: ${result.error}.`);
    req.user = result;
  });

  app.setErrorHandler((err: FastifyError | ProblemError, req, reply) => {
    let problem: Problem;
    if (err instanceof ProblemError) {
      problem = err.toProblem(req.url);
    } else if ((err as FastifyError).validation) {
      const e = err as FastifyError;
      problem = {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request has invalid fields; see errors.',
        instance: req.url,
        errors: toFieldErrors(e.validation as never, e.validationContext ?? 'body'),
      };
    } else if ((err as FastifyError).statusCode && (err as FastifyError).statusCode! < 500) {
      const e = err as FastifyError;
      const titles: Record<number, string> = {
        400: 'Bad Request',
        404: 'Not Found',
        413: 'Content Too Large',
        415: 'Unsupported Media Type',
      };
      problem = {
        type: 'about:blank',
        title: titles[e.statusCode!] ?? 'Bad Request',
        status: e.statusCode!,
        detail:
          e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `The body exceeds ${opts.bodyLimit} bytes.` : e.message,
        instance: req.url,
      };
    } else {
      // Never echo internals to the caller; the log has the stack (without request bodies).
      req.log.error({ err }, 'unhandled error');
      problem = {
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: `An unexpected error occurred; quote request id ${req.id} to the administrator.`,
        instance: req.url,
      };
    }
    void reply.status(problem.status).type('application/problem+json').send(problemReply(problem));
  });

  app.setNotFoundHandler((req, reply) => {
    void reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `No route ${req.method} ${req.url.split('?')[0]}`,
        instance: req.url,
      });
  });

  await app.register(swagger, openApiOptions(API_VERSION));
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  return app;
}
