// EM-signaalregels in headless Chromium against Regie in-process (real PostgreSQL): the 3RO functional
// administrator opens the page from the main menu, is told about a bad keyword list, changes it with a
// reason and sees the change in the history; an advisor reads the rules without the edit form. Axe checks.
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type TestRegie } from '../support/harness.js';
import { expectAccessible, shot, startBrowserRegie } from './support.js';

let t: TestRegie;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

async function signInAs(displayName: string): Promise<void> {
  await context?.close();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (422)/.test(m.text())) pageErrors.push(m.text());
  });
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${displayName}`) }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
}

beforeAll(async () => {
  ({ t, base, browser } = await startBrowserRegie());
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await t?.close();
});

afterEach(() => {
  const errors = pageErrors.splice(0);
  expect(errors, 'script errors in the page').toEqual([]);
});

describe('EM-signaalregels', () => {
  it('the 3RO administrator changes a keyword list with a reason and sees it in the history', async () => {
    await signInAs('Functioneel beheer 3RO');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'EM-signaalregels', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'EM-signaalregels' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    const table = page.getByRole('table', { name: /volgorde waarin ze worden toegepast/ });
    await table.getByRole('rowheader', { name: /Belaging/ }).waitFor();
    await expectAccessible(page, 'EM-signaalregels');

    await page.getByRole('button', { name: 'Wijzigen Huiselijk geweld' }).click();
    const form = page.getByRole('form', { name: 'Regel Huiselijk geweld wijzigen' });
    await form.waitFor();
    const keywords = form.getByLabel(/Trefwoorden in het delict/);
    const current = await keywords.inputValue();
    expect(current.split('\n')).toContain('partnergeweld');

    // A repeated keyword is named next to the field, and nothing is saved.
    await keywords.fill(`${current}\nPartnergeweld`);
    await form.getByLabel(/Reden van de wijziging/).fill('Landelijk overleg EM, maart');
    await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await form.getByText('“Partnergeweld” staat er meer dan eens in.').waitFor();
    expect(await keywords.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'EM-signaalregels, fout in de trefwoorden');

    await keywords.fill(`${current}\nstalking door ex-partner`);
    await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('De regel Huiselijk geweld is gewijzigd en geldt vanaf nu.').waitFor();
    await table
      .getByRole('row', { name: /Huiselijk geweld/ })
      .getByText(/stalking door ex-partner/)
      .waitFor();

    const history = page.getByRole('table', { name: /Alle wijzigingen van de regel Huiselijk geweld/ });
    await history.waitFor();
    const row = history.getByRole('row').nth(1);
    expect(await row.textContent()).toContain('Trefwoorden toegevoegd: stalking door ex-partner');
    expect(await row.textContent()).toContain('Landelijk overleg EM, maart');
    expect(await row.textContent()).toContain('Functioneel beheer 3RO');
    await expectAccessible(page, 'EM-signaalregels na wijziging');
    await shot(page, 'em-signal-rules');

    const rules = await t.api<{ items: { id: string; parameters: { keywords?: string[] } }[] }>(
      'GET',
      '/api/v1/em-signal-rules',
      await t.login('advisor.rn'),
    );
    expect(rules.body.items.find((r) => r.id === 'DOMESTIC_VIOLENCE')!.parameters.keywords).toContain(
      'stalking door ex-partner',
    );
  });

  it('an organisation administrator reads the rules without the edit form', async () => {
    await signInAs('Beheer RN');
    await page.goto(`${base}/em-signaalregels`);
    await page.getByRole('heading', { level: 1, name: 'EM-signaalregels' }).waitFor();
    await page.getByRole('rowheader', { name: /Belaging/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Wijzigen/ }).count()).toBe(0);
    await expectAccessible(page, 'EM-signaalregels, alleen lezen');
  });
});
