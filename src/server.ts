import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './platform/config.js';
import { migrate, openDatabase, type Database } from './platform/db/index.js';
import { API_VERSION, createHttpApp } from './platform/http/app.js';
import { operationsRoutes } from './platform/http/operations.js';
import { webRoutes } from './platform/http/web.js';
import { CasesService } from './modules/cases/service.js';
import { casesRoutes } from './modules/cases/routes.js';
import { IntakeService } from './modules/intake/service.js';
import { intakeRoutes } from './modules/intake/routes.js';
import { EmAdviceService } from './modules/em-advice/service.js';
import { EmRequestService } from './modules/em-advice/em-requests.js';
import { EmSignalService } from './modules/em-advice/em-signal-service.js';
import { EmSignalRuleService } from './modules/em-advice/em-signal-rule-service.js';
import { emAdviceRoutes } from './modules/em-advice/routes.js';
import { IdentityService } from './modules/identity/service.js';
import { identityRoutes } from './modules/identity/routes.js';
import { setupOidc } from './modules/identity/oidc.js';

export interface Services {
  identity: IdentityService;
  cases: CasesService;
  intake: IntakeService;
  emAdvice: EmAdviceService;
  emRequests: EmRequestService;
  emSignal: EmSignalService;
  emSignalRules: EmSignalRuleService;
}

export interface Regie {
  app: FastifyInstance;
  db: Database;
  services: Services;
  close(): Promise<void>;
}

/**
 * Plain dependency wiring: the database, then the services, then the routes. Nothing is global, so tests
 * build as many independent instances as they like.
 */
export async function buildRegie(config: Config, logger: Logger, db?: Database): Promise<Regie> {
  const database = db ?? (await openDatabase(config));
  await migrate(database, (m) => logger.info(m));

  const services: Services = {
    identity: new IdentityService(database, config),
    cases: new CasesService(database),
    intake: new IntakeService(database),
    emAdvice: new EmAdviceService(database),
    emRequests: new EmRequestService(database),
    emSignal: new EmSignalService(database),
    emSignalRules: new EmSignalRuleService(database),
  };

  // OIDC (when configured): provider bearer tokens and /auth/login; discovery never blocks or fails the start.
  const oidc = setupOidc(config, services.identity, logger);
  if (oidc) void oidc.provider.warmUp();

  const app = await createHttpApp({
    logger,
    bodyLimit: config.bodyLimitBytes,
    authenticate: (token) => services.identity.authenticate(token),
  });
  operationsRoutes(app, database, API_VERSION);
  identityRoutes(app, services.identity, config, oidc);
  casesRoutes(app, services.cases);
  intakeRoutes(app, services.intake);
  emAdviceRoutes(app, services);
  await webRoutes(app);
  await app.ready();

  return {
    app,
    db: database,
    services,
    async close() {
      await app.close();
      if (!db) await database.close();
    },
  };
}
