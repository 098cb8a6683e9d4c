import type { Database } from '../platform/db/index.js';
import { seedOrganisation } from './organisation.js';
import { seedPopulation, type PopulationOptions, type PopulationSummary } from './population.js';
import { seedUsers } from './users.js';

/**
 * The demo data set: organisations, demo users and the synthetic population. Idempotent: the structure and
 * users are upserted, the population is only generated into an empty case core, so restarting the demo
 * keeps what a user entered.
 */
export async function seedDemo(
  db: Database,
  opts: PopulationOptions = {},
): Promise<PopulationSummary | 'kept'> {
  await seedOrganisation(db);
  await seedUsers(db);
  const { rows } = await db.asOwner((tx) =>
    tx.query<{ n: number }>('SELECT count(*)::int AS n FROM clients'),
  );
  if ((rows[0]?.n ?? 0) > 0) return 'kept';
  return seedPopulation(db, opts);
}
