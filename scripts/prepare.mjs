#!/usr/bin/env node
// npm's `prepare` (runs after `npm ci`): builds the embedded-database snapshot so that `npm run demo` on a
// fresh clone starts in seconds instead of creating PostGIS from scratch. A failure here must never fail the
// install: the demo then takes the slow path, and says so.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'prepare'], {
  stdio: 'inherit',
  env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
});
if (r.status !== 0)
  console.warn('regie: could not build the embedded-database snapshot; the first demo start will be slower');
