import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations, migrate } from './migrate.js';
import { openPglite } from './pglite.js';

/**
 * A snapshot of an embedded database with PostGIS created and every migration applied. Creating PostGIS in
 * PGlite runs thousands of statements in WebAssembly (10–20 s on a small machine); restoring this snapshot
 * takes a few seconds. `npm ci` builds it (the `prepare` script), so `npm run demo` on a fresh clone starts
 * well within 30 s. The file name carries a hash of the migrations: a changed migration set simply misses the
 * cache and takes the slow path, so a stale snapshot is never used.
 */
const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/regie/', import.meta.url));

export function templatePath(): string {
  const hash = createHash('sha256');
  for (const m of loadMigrations()) hash.update(`${m.name}:${m.checksum}\n`);
  return join(CACHE_DIR, `pglite-${hash.digest('hex').slice(0, 16)}.tar.gz`);
}

/** The snapshot for the current migrations, when it has been built. */
export function loadTemplate(): Blob | undefined {
  const path = templatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

/** Builds the snapshot (if missing) and returns its path. */
export async function buildTemplate(): Promise<string> {
  const path = templatePath();
  if (existsSync(path)) return path;
  const db = await openPglite(undefined);
  try {
    await migrate(db);
    const dump = await db.dumpDataDir();
    mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename, so a killed build never leaves a half snapshot behind.
    writeFileSync(`${path}.tmp`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${path}.tmp`, path);
    return path;
  } finally {
    await db.close();
  }
}
