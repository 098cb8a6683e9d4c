import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';

const WEB = fileURLToPath(new URL('../../../web/', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The demo builds the web app when it is missing or older than its sources, in parallel with the database
 * start-up. Production serves a `npm run build` output and never builds at run time.
 */
export async function ensureWebBuilt(logger: Logger): Promise<void> {
  const index = join(WEB, 'dist', 'index.html');
  const sourcesNewest = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesNewest) return;
  logger.info('building the web app');
  const { build } = await import('vite');
  await build({ root: WEB, logLevel: 'warn', configFile: join(WEB, 'vite.config.ts') });
}
