import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config.js';
import { userOf } from '../../platform/http/app.js';
import type { OidcSignIn } from './oidc.js';
import type { IdentityService } from './service.js';

const User = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Type.String(),
  displayName: Type.String(),
  organisation: Type.Object({ code: Type.String(), name: Type.String() }),
  unitId: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  expertise: Type.Array(Type.String()),
});

export function identityRoutes(
  app: FastifyInstance,
  identity: IdentityService,
  config: Config,
  oidc?: OidcSignIn,
): void {
  // OIDC sign-in (GET /auth/login, GET /auth/callback) exists only when OIDC_ISSUER is configured.
  oidc?.routes(app, identity);

  app.get(
    '/api/v1/auth/config',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        operationId: 'getAuthConfig',
        summary: 'How to sign in here: OIDC, and in demo or test mode the demo users',
        response: {
          200: Type.Object({
            devLogin: Type.Boolean(),
            oidc: Type.Boolean(),
            oidcLoginUrl: Type.Optional(
              Type.String({ description: 'Where the web app starts an OIDC sign-in' }),
            ),
            tileUrl: Type.Optional(
              Type.String({
                description: 'Map tiles for the web app ({z}/{x}/{y}); absent: no tiles (offline)',
              }),
            ),
            demoUsers: Type.Optional(
              Type.Array(
                Type.Object({
                  username: Type.String(),
                  displayName: Type.String(),
                  organisation: Type.String(),
                  roles: Type.Array(Type.String()),
                }),
              ),
            ),
          }),
        },
      },
    },
    async () => ({
      devLogin: config.devLogin,
      oidc: Boolean(config.oidc),
      ...(config.oidc ? { oidcLoginUrl: '/auth/login' } : {}),
      ...(config.tileUrl ? { tileUrl: config.tileUrl } : {}),
      ...(config.devLogin
        ? {
            demoUsers: (await identity.demoUsers()).map((u) => ({
              username: u.username,
              displayName: u.displayName,
              organisation: u.organisation.code,
              roles: u.roles,
            })),
          }
        : {}),
    }),
  );

  if (config.devLogin) {
    app.post(
      '/api/v1/auth/dev-login',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          operationId: 'devLogin',
          summary: 'Demo and test mode only: sign in as a demo user',
          body: Type.Object(
            { username: Type.String({ minLength: 2, maxLength: 63 }) },
            { additionalProperties: false },
          ),
          response: { 200: Type.Object({ token: Type.String(), user: User }) },
        },
      },
      async (req) => identity.devLogin((req.body as { username: string }).username),
    );
  }

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getMe',
        summary: 'The signed-in user',
        response: { 200: User },
      },
    },
    async (req) => userOf(req),
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        operationId: 'logout',
        summary: 'Sign out: the session token is refused from now on',
        response: { 204: Type.Null({ description: 'Signed out' }) },
      },
    },
    async (req, reply) => {
      const token = req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
      await identity.logout(token);
      return reply.status(204).send();
    },
  );

  const Named = { id: Type.String(), name: Type.String() };
  app.get(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['auth'],
        operationId: 'listOrganisations',
        summary: 'Organisations with their regions, units and offices (reference data)',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                code: Type.String(),
                name: Type.String(),
                kind: Type.String(),
                regions: Type.Array(
                  Type.Object({
                    ...Named,
                    units: Type.Array(
                      Type.Object({
                        ...Named,
                        offices: Type.Array(Type.Object({ id: Type.String(), city: Type.String() })),
                      }),
                    ),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await identity.organisationStructure() }),
  );
}
