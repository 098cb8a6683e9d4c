import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';

const WEB = fileURLToPath(new URL('../../../web/', import.meta.url));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/**
 * The demo builds the web app when it is missing or older than its sources, in parallel with the database
 * start-up. The build runs in a child process with NODE_ENV=production: under a test runner (NODE_ENV=test)
 * an in-process build would produce React's development bundle, which the demo would then serve as current.
 * Production serves a `npm run build` output and never builds at run time.
 */
export async function ensureWebBuilt(logger: Logger): Promise<void> {
  const index = join(WEB, 'dist', 'index.html');
  const sourcesNewest = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts'].map((p) => newest(join(WEB, p))),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesNewest) return;
  logger.info('building the web app');
  const vite = join(createRequire(import.meta.url).resolve('vite/package.json'), '..', 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', WEB, '--logLevel', 'warn'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed (exit ${code})`)),
    );
  });
}
