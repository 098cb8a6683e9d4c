// Shared by the browser tests: build web/dist when stale, axe-core, screenshots.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startRegie, type TestRegie } from '../support/harness.js';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHOTS = `${ROOT}test-results/screenshots`;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((e) => newest(`${path}/${e}`)));
}

/** Regie serves web/dist only when it exists at start-up, so build it first when missing or stale. */
export function buildWebIfStale(): void {
  const index = `${ROOT}web/dist/index.html`;
  const sources = Math.max(
    ...['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts'].map((p) => newest(`${ROOT}${p}`)),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { NODE_ENV: _drop, ...env } = process.env;
  const r = spawnSync('npx', ['vite', 'build', 'web', '--logLevel', 'warn'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('vite build web failed');
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core on the current page; fails on any serious or critical violation and prints them all. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
  )) as AxeViolation[];
  if (violations.length) {
    console.log(
      `axe on ${name}:\n` +
        violations
          .map(
            (v) =>
              `  [${v.impact}] ${v.id}: ${v.help}\n` +
              v.nodes.map((n) => `     ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n'),
          )
          .join('\n'),
    );
  }
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help}`),
    `serious axe violations on ${name}`,
  ).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/**
 * Where a WGS84 point lies in a Leaflet map that still shows its initial view (Web Mercator, the app's
 * default centre 52.13 N 5.29 E at zoom 8), in pixels from the map's top left corner.
 */
export function pixelOf(
  size: { width: number; height: number },
  p: { lat: number; lon: number },
  view = { lat: 52.13, lon: 5.29, zoom: 8 },
): { x: number; y: number } {
  const scale = 256 * 2 ** view.zoom;
  const x = (lon: number) => ((lon + 180) / 360) * scale;
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * scale;
  };
  return { x: size.width / 2 + x(p.lon) - x(view.lon), y: size.height / 2 + y(p.lat) - y(view.lat) };
}

/**
 * Regie in-process on a fresh PostgreSQL database, listening on a free port with web/dist built, and a
 * headless Chromium to drive it. The caller closes both (browser.close(), t.close()).
 */
export async function startBrowserRegie(): Promise<{ t: TestRegie; base: string; browser: Browser }> {
  mkdirSync(SHOTS, { recursive: true });
  buildWebIfStale();
  const t = await startRegie();
  await t.regie.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(t.regie.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=nl-NL'],
  });
  return { t, base, browser };
}

/** Signs in on the demo login screen as the demo user with this display name. */
export async function signInAs(page: Page, base: string, displayName: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${displayName}`) }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
}
