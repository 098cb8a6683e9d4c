#!/usr/bin/env node
// `npm test`: builds the web app (the end-to-end tests drive it), runs every Vitest project — unit,
// integration against PostgreSQL + PostGIS and the embedded database, end-to-end in headless Chromium —
// and closes with one plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const step = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });

let failedSteps = 0;
if (step('npx', ['tsc', '--noEmit']) !== 0) failedSteps++;
if (step('npx', ['tsc', '--noEmit', '-p', 'web']) !== 0) failedSteps++;
if (step('npx', ['eslint', '.']) !== 0) failedSteps++;
if (step('npx', ['vite', 'build', 'web', '--logLevel', 'warn']) !== 0) failedSteps++;

const extra = process.argv.slice(2);
step('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = 0;
let failed;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed =
    r.numFailedTests +
    (r.numRuntimeErrorTestSuites ?? 0) +
    r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  skipped = r.numPendingTests + r.numTodoTests;
} else {
  failed = 1;
}
if (failedSteps) console.log(`\n${failedSteps} check step(s) failed (typecheck, lint or web build)`);
const total = failed + failedSteps;
console.log(`\ntests: ${passed} passed, ${total} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(total === 0 && passed > 0 ? 0 : 1);
