import type { Config } from '../config.js';
import { openPglite } from './pglite.js';
import { loadTemplate } from './pglite-template.js';
import { openPostgres } from './postgres.js';
import type { Database } from './types.js';

export type { Actor, Database, Queryable } from './types.js';
export { migrate } from './migrate.js';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite database persisted under the data dir. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseAppUrl' | 'dataDir'>,
): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databaseAppUrl);
  return openPglite(config.dataDir === ':memory:' ? undefined : `${config.dataDir}/pglite`, loadTemplate());
}
