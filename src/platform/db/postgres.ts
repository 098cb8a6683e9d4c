import pg from 'pg';
import { APP_ROLE, type Actor, type Database, type Queryable } from './types.js';

// Dates stay 'YYYY-MM-DD' strings (calendar dates, no time zone), as in PGlite.
pg.types.setTypeParser(1082, (v) => v);
// bigint counts fit in a JS number for our sizes; return numbers, as PGlite does for int8 in practice.
pg.types.setTypeParser(20, (v) => Number(v));

/** The application connection: same server and database, the RLS-bound role instead of the owner. */
export function deriveAppUrl(ownerUrl: string): string {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = process.env.DATABASE_APP_PASSWORD ?? '';
  return u.toString();
}

async function inTx<T>(pool: pg.Pool, userId: string | null, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (userId) await client.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
    const q: Queryable = {
      async query<R>(sql: string, params: unknown[] = []) {
        const r = await client.query(sql, params);
        return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
      },
      async exec(sql: string) {
        await client.query(sql);
      },
    };
    const result = await fn(q);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * PostgreSQL + PostGIS. Two pools: the owner (migrations, audit verification) and the application role,
 * which is neither superuser nor table owner, so row-level security always applies to it.
 */
export function openPostgres(ownerUrl: string, appUrl = deriveAppUrl(ownerUrl)): Database {
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  const app = new pg.Pool({ connectionString: appUrl, max: 10 });
  // An idle connection the server ends (restart, failover, an administrator) must not bring Regie down:
  // the pool drops it and the next request opens a new one. Without a listener Node treats it as uncaught.
  for (const pool of [owner, app]) pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    asActor: (actor: Actor, fn) => inTx(app, actor.userId, fn),
    asApp: (fn) => inTx(app, null, fn),
    asOwner: (fn) => inTx(owner, null, fn),
    async close() {
      await Promise.all([owner.end(), app.end()]);
    },
  };
}
