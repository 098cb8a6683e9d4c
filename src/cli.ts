#!/usr/bin/env node
import { loadConfig, ConfigError, type Config } from './platform/config.js';
import { createLogger } from './platform/logging.js';
import { migrate, openDatabase } from './platform/db/index.js';
import { verifyAuditChain } from './modules/audit/store.js';
import { buildRegie } from './server.js';

const USAGE = `regie <command>

  serve            start the API and web app (PORT, DATABASE_URL, ...)
  demo             embedded database with demo data, web app on localhost
  migrate          apply database migrations and exit
  seed             load the demo data set (organisation, users, population)
  audit verify     check the audit log's hash chain; exit 1 when it was tampered with
  prepare          build the embedded-database snapshot (PostGIS + migrations) that makes a first start fast
`;

async function demo(config: Config) {
  const logger = createLogger(config.logLevel, process.stdout.isTTY);
  const started = Date.now();
  const { ensureWebBuilt } = await import('./platform/http/build-web.js');
  const webBuild = ensureWebBuilt(logger);
  const db = await openDatabase(config);
  await migrate(db, (m) => logger.info(m));
  const { seedDemo } = await import('./simulator/demo.js');
  await seedDemo(db);
  await webBuild;
  const regie = await buildRegie(config, logger, db);
  await regie.app.listen({ host: config.host, port: config.port });
  logger.info(`Regie demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${config.publicUrl}`);
  logger.info(
    'All data is fictional. Sign in on the demo screen, e.g. as em-specialist.rn, em-coordinator.rn, intake or admin (README lists every demo user).',
  );
  shutdownOn(async () => {
    await regie.close();
    await db.close();
  });
}

function shutdownOn(close: () => Promise<void>) {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      void close().finally(() => process.exit(0));
    });
  }
}

async function main(argv: string[]) {
  const [command, sub] = argv;
  if (command === 'demo') {
    // The demo is the one-command experience: dev login on, embedded database unless DATABASE_URL is set.
    process.env.REGIE_ENV ??= 'demo';
    return demo(loadConfig());
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel, process.stdout.isTTY);
  switch (command) {
    case 'serve': {
      const regie = await buildRegie(config, logger);
      await regie.app.listen({ host: config.host, port: config.port });
      shutdownOn(() => regie.close());
      return;
    }
    case 'migrate': {
      const db = await openDatabase(config);
      const applied = await migrate(db, (m) => logger.info(m));
      logger.info(`${applied.length} migration(s) applied`);
      await db.close();
      return;
    }
    case 'seed': {
      const db = await openDatabase(config);
      await migrate(db);
      const { seedDemo } = await import('./simulator/demo.js');
      logger.info({ result: await seedDemo(db) }, 'demo data loaded');
      await db.close();
      return;
    }
    case 'prepare': {
      const { buildTemplate } = await import('./platform/db/pglite-template.js');
      const started = Date.now();
      const path = await buildTemplate();
      logger.info(
        `embedded database snapshot ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path}`,
      );
      return;
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const db = await openDatabase(config);
      const result = await db.asOwner((tx) => verifyAuditChain(tx));
      await db.close();
      if (result.problems.length === 0) {
        console.log(`audit log intact: ${result.entries} entries, hash chain verified`);
        return;
      }
      console.log(`AUDIT LOG TAMPERED: ${result.problems.length} problem(s) in ${result.entries} entries`);
      for (const p of result.problems) console.log(`  seq ${p.seq}: ${p.problem} — ${p.detail}`);
      process.exitCode = 1;
      return;
    }
  }
  process.stderr.write(USAGE);
  process.exitCode = command ? 2 : 0;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`regie: ${err.message}\n`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
