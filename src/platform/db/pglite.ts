import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { APP_ROLE, type Actor, type Database, type Queryable } from './types.js';

function wrap(tx: Transaction): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await tx.query<T>(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(sql: string) {
      await tx.exec(sql);
    },
  };
}

/**
 * Embedded PostgreSQL (PGlite, WASM) with PostGIS for the one-command demo and the smoke tests.
 * PGlite has one connection and one superuser, so the application role is taken per transaction with
 * `SET LOCAL ROLE`: row-level security applies exactly as on a server, it reverts at commit.
 */
export interface PgliteDatabase extends Database {
  /** A gzipped tarball of the data directory (see pglite-template.ts). */
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens the embedded database in `dataDir` (in memory when undefined). A new database starts from `template`
 * when one is given: a snapshot with PostGIS and the migrations already in place.
 */
export async function openPglite(dataDir: string | undefined, template?: Blob): Promise<PgliteDatabase> {
  const isNew = !dataDir || !existsSync(join(dataDir, 'PG_VERSION'));
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? 'memory://', {
    extensions: { postgis },
    ...(isNew && template ? { loadDataDir: template } : {}),
  });

  const run = <T>(role: string | null, userId: string | null, fn: (tx: Queryable) => Promise<T>) =>
    db.transaction(async (tx) => {
      if (role) await tx.query(`SET LOCAL ROLE ${role}`);
      if (userId) await tx.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
      return fn(wrap(tx));
    });

  return {
    kind: 'pglite',
    asActor: <T>(actor: Actor, fn: (tx: Queryable) => Promise<T>) => run(APP_ROLE, actor.userId, fn),
    asApp: <T>(fn: (tx: Queryable) => Promise<T>) => run(APP_ROLE, null, fn),
    asOwner: <T>(fn: (tx: Queryable) => Promise<T>) => run(null, null, fn),
    close: () => db.close(),
    dumpDataDir: () => db.dumpDataDir('gzip'),
  };
}
