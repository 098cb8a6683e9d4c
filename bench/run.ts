/**
 * `npm run bench`: what isolation and audit cost, measured against a baseline in the same run.
 *
 *  1. client search as an RN worker (row-level security + audit entry, through the service) versus the
 *     same SQL as the table owner without RLS or audit — the price of isolation per request;
 *  2. opening a client (read + audit in one transaction) versus the bare read;
 *  3. audit appends (hash chain, serialised on the chain head) versus plain inserts into a scratch table.
 *
 * Runs on PostgreSQL (TEST_DATABASE_URL, a fresh database that is dropped afterwards) with the demo
 * population enlarged to BENCH_CLIENTS clients. Prints a table and writes bench/results/<timestamp>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logging.js';
import { buildRegie } from '../src/server.js';
import { seedOrganisation } from '../src/simulator/organisation.js';
import { seedPopulation } from '../src/simulator/population.js';
import { seedUsers } from '../src/simulator/users.js';
import { appendAudit } from '../src/modules/audit/store.js';
import { createTestDatabase } from '../test/support/harness.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 5000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

interface Figure {
  name: string;
  iterations: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
}

async function measure(
  name: string,
  iterations: number,
  fn: (i: number) => Promise<unknown>,
): Promise<Figure> {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    name,
    iterations,
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
  };
}

const testDb = await createTestDatabase();
const regie = await buildRegie(
  loadConfig({ REGIE_ENV: 'test', DATABASE_URL: testDb.url, REGIE_DATA_DIR: ':memory:' }),
  createLogger('warn'),
);
try {
  await seedOrganisation(regie.db);
  await seedUsers(regie.db);
  const seeded = await seedPopulation(regie.db, { clients: CLIENTS, now: new Date('2026-11-01T10:00:00Z') });
  const { user: rn } = await regie.services.identity.devLogin('em-specialist.rn');
  const { rows: sample } = await regie.db.asOwner((tx) =>
    tx.query<{ id: string; family_name: string }>(
      `SELECT id, family_name FROM clients WHERE organisation_code = 'RN' ORDER BY id LIMIT 200`,
    ),
  );
  const term = (i: number) => sample[i % sample.length]!.family_name.slice(0, 5);
  const cases = regie.services.cases;
  const searchSql = `SELECT id, given_name, family_name, birth_date, organisation_code, count(*) OVER () AS total
      FROM clients WHERE organisation_code = 'RN' AND lower(family_name || ' ' || given_name) LIKE $1
     ORDER BY lower(family_name), lower(given_name), id LIMIT 50`;

  const pairs: [Figure, Figure][] = [];
  pairs.push([
    await measure('client search (RLS + audit, as RN worker)', ITERATIONS, (i) =>
      cases.searchClients(rn, term(i), 50, 0, {}),
    ),
    await measure('baseline: same search as owner, no RLS/audit', ITERATIONS, (i) =>
      regie.db.asOwner((tx) => tx.query(searchSql, [`%${term(i).toLowerCase()}%`])),
    ),
  ]);
  pairs.push([
    await measure('open client (RLS + audit)', ITERATIONS, (i) =>
      cases.getClient(rn, sample[i % sample.length]!.id, {}),
    ),
    await measure('baseline: bare client read as owner', ITERATIONS, (i) =>
      regie.db.asOwner((tx) =>
        tx.query('SELECT * FROM clients WHERE id = $1', [sample[i % sample.length]!.id]),
      ),
    ),
  ]);
  await regie.db.asOwner((tx) => tx.query('CREATE TABLE bench_scratch (id bigserial, body jsonb)'));
  pairs.push([
    await measure('audit append (hash chain)', ITERATIONS, () =>
      regie.db.asActor({ userId: rn.id }, (tx) =>
        appendAudit(tx, { action: 'bench.read', resource: '/bench' }),
      ),
    ),
    await measure('baseline: plain insert', ITERATIONS, () =>
      regie.db.asOwner((tx) =>
        tx.query(`INSERT INTO bench_scratch (body) VALUES ('{"action":"bench.read"}')`),
      ),
    ),
  ]);

  console.log(
    `\nRegie benchmark — PostgreSQL, ${seeded.clients} clients, ${seeded.orders} orders, ${ITERATIONS} iterations\n`,
  );
  console.log(
    'measure'.padEnd(50),
    'p50 ms'.padStart(9),
    'p95 ms'.padStart(9),
    'mean ms'.padStart(9),
    '  ×baseline (p50)',
  );
  for (const [m, base] of pairs) {
    for (const f of [m, base]) {
      const ratio = f === m ? `  ${(m.p50Ms / Math.max(base.p50Ms, 0.001)).toFixed(2)}×` : '';
      console.log(
        f.name.padEnd(50),
        String(f.p50Ms).padStart(9),
        String(f.p95Ms).padStart(9),
        String(f.meanMs).padStart(9),
        ratio,
      );
    }
  }
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        database: 'postgresql',
        population: seeded,
        iterations: ITERATIONS,
        pairs: pairs.map(([measured, baseline]) => ({ measured, baseline })),
      },
      null,
      2,
    ),
  );
  console.log(`\nwritten to ${file}`);
} finally {
  await regie.close();
  await testDb.drop();
}
