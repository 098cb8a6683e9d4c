import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegie, type TestRegie } from '../support/harness.js';

/**
 * The published API description passes the NLGov REST API Design Rules linter (Logius' Spectral ruleset,
 * vendored in standards/ so that a fresh checkout needs nothing outside the repository) with no errors.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const RULESET = join(root, 'standards', 'nlgov-adr-linter.yaml');
const SPECTRAL = join(root, 'node_modules', '.bin', 'spectral');

interface Finding {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

let t: TestRegie;
let dir: string;

beforeAll(async () => {
  t = await startRegie();
  dir = mkdtempSync(join(tmpdir(), 'regie-openapi-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('NLGov API Design Rules', () => {
  it('the OpenAPI document has no linter errors', async () => {
    const res = await t.regie.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const file = join(dir, 'openapi.json');
    writeFileSync(file, res.body);

    const run = spawnSync(SPECTRAL, ['lint', '-r', RULESET, file, '-f', 'json', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    // Spectral exits 1 when it finds errors; anything else non-zero means it did not run.
    expect(run.error).toBeUndefined();
    expect([0, 1], run.stderr).toContain(run.status);
    const findings = JSON.parse(run.stdout.trim() || '[]') as Finding[];
    const show = (f: Finding) => `${f.code} at ${f.path.join('.')}: ${f.message}`;

    const warnings = findings.filter((f) => f.severity === 1);
    if (warnings.length > 0)
      console.warn(`NLGov linter warnings (${warnings.length}):\n  ${warnings.map(show).join('\n  ')}`);
    expect(findings.filter((f) => f.severity === 0).map(show)).toEqual([]);
  });

  it('puts the major version in the server URL and the API-Version header on every response', async () => {
    const doc = (
      await t.api<{
        servers: { url: string }[];
        paths: Record<
          string,
          Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>
        >;
      }>('GET', '/api/v1/openapi.json')
    ).body;
    expect(doc.servers.map((s) => s.url)).toEqual(['/api/v1']);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(3);
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith('/api/')).toBe(false);
      for (const [method, op] of Object.entries(item)) {
        for (const [code, response] of Object.entries(op.responses)) {
          expect(response.headers?.['API-Version'], `${method} ${path} ${code}`).toBeDefined();
        }
      }
    }
  });
});
