// The web app end to end: the built web/dist served by Regie in-process (real PostgreSQL), driven by
// headless Chromium. Covers sign-in, caseload, the client page with journal and who-looked overview, the
// order page, the inspector's reason of access, and an axe-core accessibility scan of every page.
import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleClient, startRegie, type TestRegie } from '../support/harness.js';
import {
  expectAccessible as checkAccessible,
  SHOTS,
  shot as screenshot,
  startBrowserRegie,
  signInAs as signInAsUser,
} from './support.js';

let t: TestRegie;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let clientId: string;
let emAdviceId: string;
let supervisionId: string;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

async function ok<T>(r: Promise<{ status: number; body: T }>, expected: number): Promise<T> {
  const res = await r;
  if (res.status !== expected)
    throw new Error(`expected ${expected}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A client with two orders assigned to em-specialist.rn (Eva Jansen), one overdue, plus a journal entry. */
async function seedCase(): Promise<void> {
  const specialist = await t.login('em-specialist.rn');
  const coordinator = await t.login('em-coordinator.rn');
  const me = await ok(t.api<{ id: string }>('GET', '/api/v1/me', specialist), 200);

  const client = await ok(
    t.api<{ id: string }>(
      'POST',
      '/api/v1/clients',
      specialist,
      sampleClient({ givenName: 'Testa', familyName: 'Fictief', riskFlags: ['DOMESTIC_VIOLENCE'] }),
    ),
    201,
  );
  clientId = client.id;

  const emAdvice = await ok(
    t.api<{ id: string }>('POST', '/api/v1/orders', coordinator, {
      kind: 'EM_ADVICE',
      principal: 'OM',
      legalFramework: 'SUSPENDED_DETENTION',
      clientId,
      receivedAt: daysAgo(40),
      urgent: false,
      offence: 'Belaging (art. 285b Sr)',
      conditions: [
        {
          typeCode: 'LOCATION_REQUIREMENT',
          parameters: {
            place: 'Woonadres',
            technology: 'RF',
            timeWindows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '22:00', end: '07:00' })),
          },
        },
        {
          typeCode: 'EXCLUSION_ZONE',
          parameters: {
            zones: [
              {
                label: 'Woning slachtoffer',
                geometry: { type: 'Point', coordinates: [5.1214, 52.0907] },
                radiusMeters: 500,
              },
            ],
          },
        },
      ],
    }),
    201,
  );
  emAdviceId = emAdvice.id;

  const supervision = await ok(
    t.api<{ id: string }>('POST', '/api/v1/orders', coordinator, {
      kind: 'SUPERVISION',
      principal: 'COURT',
      legalFramework: 'SUSPENDED_SENTENCE',
      clientId,
      receivedAt: daysAgo(1),
      urgent: true,
      conditions: [
        { typeCode: 'REPORTING_DUTY', parameters: { with: 'PROBATION', frequency: 'wekelijks' } },
        {
          typeCode: 'CONTACT_BAN',
          parameters: { persons: [{ name: 'J. Voorbeeld', relation: 'ex-partner' }] },
        },
      ],
    }),
    201,
  );
  supervisionId = supervision.id;

  for (const id of [emAdviceId, supervisionId]) {
    await ok(
      t.api('POST', `/api/v1/orders/${id}/assignment`, coordinator, {
        assigneeId: me.id,
        note: 'Past in caseload',
      }),
      200,
    );
  }
  await ok(
    t.api('POST', `/api/v1/clients/${clientId}/journal-entries`, specialist, {
      kind: 'CONTACT_PHONE',
      occurredAt: daysAgo(2),
      text: 'Telefonisch kennismakingsgesprek; afspraak voor huisbezoek gemaakt.',
    }),
    201,
  );
}

/** axe-core on the current page: no serious or critical violation. */
const expectAccessible = (name: string) => checkAccessible(page, name);

const pageErrors: string[] = [];

/** A fresh browser context (its own sessionStorage, so its own sign-in) with script errors collected. */
async function openPage(): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (400|404|422)/.test(m.text())) pageErrors.push(m.text());
  });
}

afterEach(() => {
  const errors = pageErrors.splice(0);
  expect(errors, 'script errors in the page').toEqual([]);
});

const shot = (name: string) => screenshot(page, name);

const signInAs = (displayName: string) => signInAsUser(page, base, displayName);

beforeAll(async () => {
  ({ t, base, browser } = await startBrowserRegie());
  await seedCase();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the web app', () => {
  beforeAll(openPage);
  afterAll(() => context?.close());

  it('shows the sign-in page with the demo users grouped by organisation', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('heading', { level: 3, name: 'Reclassering Nederland' }).waitFor();
    await page.getByRole('button', { name: /Eva Jansen.*EM-specialist/ }).waitFor();
    await page.getByRole('button', { name: /Hanneke Toets.*Inspecteur/ }).waitFor();
    await page.getByLabel('Gebruikersnaam').waitFor();
    expect(await page.getByRole('main').count()).toBe(1);
    // The first Tab reaches the skip link, which then shows on screen.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Direct naar de inhoud');
    const box = await page.getByRole('link', { name: 'Direct naar de inhoud' }).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('inhoud');
    await shot('sign-in');
    await expectAccessible('sign-in');
  });

  it('refuses an unknown user name with a message next to the field', async () => {
    await page.getByLabel('Gebruikersnaam').fill('niemand');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText('Er is geen actieve gebruiker "niemand".').waitFor();
    const describedBy = await page.getByLabel('Gebruikersnaam').getAttribute('aria-describedby');
    expect(describedBy).toContain('gebruikersnaam-error');
  });

  it('signs in with the demo login and shows my caseload with both orders', async () => {
    await signInAs('Eva Jansen');
    await page.getByRole('banner').getByText('Eva Jansen').waitFor();
    await page
      .getByRole('banner')
      .getByText(/Reclassering Nederland/)
      .waitFor();
    const table = page.getByRole('table', { name: 'Opdrachten die aan u zijn toegewezen' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    // Urgent first, then by due date.
    await expect.poll(() => rows.nth(0).innerText()).toMatch(/Toezicht/);
    const emRow = rows.filter({ hasText: 'Deeladvies EM' });
    expect(await emRow.innerText()).toMatch(/Testa Fictief/);
    expect(await emRow.innerText()).toMatch(/OM/);
    expect(await emRow.innerText()).toMatch(/Schorsing voorlopige hechtenis/);
    expect(await emRow.innerText()).toMatch(/Toegewezen/);
    expect(await emRow.innerText()).toMatch(/\d{2}-\d{2}-\d{4}/);
    expect(await emRow.innerText()).toMatch(/te laat/);
    expect(await rows.filter({ hasText: 'Toezicht' }).innerText()).toMatch(/spoed/);
    expect(await page.title()).toBe('Mijn caseload – Regie');
    await shot('caseload');
    await expectAccessible('caseload');
  });

  it('finds the client by name', async () => {
    await page.getByLabel('Naam').fill('fictief');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const results = page.getByRole('table', { name: /gevonden/ });
    await results.waitFor();
    expect(await results.innerText()).toMatch(/Fictief, Testa/);
  });

  it('opens the client page: details, orders with conditions, journal', async () => {
    await page
      .getByRole('table', { name: 'Opdrachten die aan u zijn toegewezen' })
      .getByRole('link', { name: 'Testa Fictief' })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Testa Fictief' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clienten/${clientId}`);
    const details = page.getByRole('region', { name: 'Persoonsgegevens' });
    const text = await details.innerText();
    expect(text).toMatch(/17-05-1990/);
    expect(text).not.toMatch(/999999990/);
    expect(text).toMatch(/9990/);
    expect(text).toMatch(/06-12345678/);
    expect(text).toMatch(/Huiselijk geweld/);
    expect(text).toMatch(/Voorbeeldstraat 12/);
    expect(text).toMatch(/3511 AB Utrecht/);

    const orders = page.getByRole('region', { name: 'Opdrachten' });
    await orders.getByRole('link', { name: 'Deeladvies EM' }).waitFor();
    const ordersText = await orders.innerText();
    expect(ordersText).toMatch(/Locatiegebod/);
    expect(ordersText).toMatch(/maandag/);
    expect(ordersText).toMatch(/22:00/);
    expect(ordersText).toMatch(/07:00 \(volgende dag\)/);
    expect(ordersText).toMatch(/Locatieverbod/);
    expect(ordersText).toMatch(/Woning slachtoffer — cirkel met straal 500 m/);
    expect(ordersText).toMatch(/Meldplicht/);
    expect(ordersText).toMatch(/Contactverbod/);
    expect(ordersText).toMatch(/J\. Voorbeeld \(ex-partner\)/);

    const journal = page.getByRole('region', { name: 'Journaal', exact: true });
    await journal.getByText('Telefonisch kennismakingsgesprek').waitFor();
    expect(await journal.innerText()).toMatch(/Telefonisch contact/);
  });

  it('shows the field errors of the API next to the journal fields', async () => {
    await page.getByLabel('Datum').fill('');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('De journaalregel is niet opgeslagen').waitFor();
    const errorOf = async (label: string) => {
      const id = (await page.getByLabel(label).getAttribute('aria-describedby')) ?? '';
      expect(id, `${label} has an error message`).toMatch(/-error/);
      return page.locator(`[id="${id.split(' ').find((i) => i.endsWith('-error'))}"]`).innerText();
    };
    expect(await errorOf('Soort')).toBe('Kies een van de mogelijke waarden.');
    expect(await errorOf('Datum')).toBe('Vul een geldige datum in.');
    expect(await errorOf('Tekst')).toBe('Vul dit veld in.');
    await shot('client-journal-errors');
  });

  it('adds a journal entry and lists it', async () => {
    await page.getByLabel('Soort').selectOption({ label: 'Huisbezoek' });
    await page.getByLabel('Datum').fill('2026-03-02');
    await page.getByLabel('Tijd').fill('10:30');
    await page.getByLabel('Tekst').fill('Huisbezoek afgelegd; stroom en bereik in alle kamers in orde.');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('De journaalregel is toegevoegd.').waitFor();
    const journal = page.getByRole('region', { name: 'Journaal', exact: true });
    const entry = journal.locator('li', { hasText: 'Huisbezoek afgelegd' });
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/Huisbezoek · 02-03-2026 10:30 · Eva Jansen/);
    expect(await page.getByLabel('Tekst').inputValue()).toBe('');
  });

  it('shows who looked at the dossier, including me', async () => {
    const who = page.getByRole('region', { name: 'Wie heeft dit dossier ingezien' });
    const table = who.getByRole('table');
    await table.waitFor();
    await expect.poll(() => table.innerText()).toMatch(/Journaalregel toegevoegd/);
    const text = await table.innerText();
    expect(text).toMatch(/em-specialist\.rn/);
    expect(text).toMatch(/Dossier geopend/);
    expect(text).toMatch(/RN/);
    await shot('client');
    await expectAccessible('client');
    // Narrow screens: one column, tables scroll sideways instead of breaking the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('client-narrow');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${SHOTS}/client-narrow-top.png` });
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow, 'no horizontal page scroll on a narrow screen').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens the order page with status history and conditions', async () => {
    await page
      .getByRole('region', { name: 'Opdrachten' })
      .getByRole('link', { name: 'Deeladvies EM' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Deeladvies EM — Testa Fictief' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/opdrachten/${emAdviceId}`);
    const data = await page.getByRole('region', { name: 'Gegevens' }).innerText();
    expect(data).toMatch(/Openbaar Ministerie/);
    expect(data).toMatch(/Schorsing voorlopige hechtenis/);
    expect(data).toMatch(/Belaging/);
    expect(data).toMatch(/te laat/);
    expect(data).toMatch(/Eva Jansen/);
    const history = await page.getByRole('region', { name: 'Statusgeschiedenis' }).innerText();
    expect(history).toMatch(/Verdeeld/);
    expect(history).toMatch(/Toegewezen/);
    expect(history).toMatch(/Past in caseload/);
    const conditions = await page.getByRole('region', { name: 'Bijzondere voorwaarden' }).innerText();
    expect(conditions).toMatch(/Locatiegebod/);
    expect(conditions).toMatch(/vrijdag/);
    expect(conditions).toMatch(/Woning slachtoffer/);
    // A specialist does not assign.
    expect(await page.getByRole('region', { name: 'Toewijzen' }).count()).toBe(0);
    await shot('order');
    await expectAccessible('order');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
  });
});

describe('coordinator', () => {
  beforeAll(openPage);
  afterAll(() => context?.close());

  it('sees the caseloads of the team', async () => {
    await signInAs('Mark de Vries');
    const table = page.getByRole('table', { name: 'Werkvoorraad per medewerker van uw organisatie' });
    await table.waitFor();
    const eva = table.locator('tr', { hasText: 'Eva Jansen' });
    expect(await eva.innerText()).toMatch(/EM-specialist/);
    expect(await eva.innerText()).toMatch(/\t2\t/);
    await shot('coordinator-caseloads');
    await expectAccessible('coordinator caseloads');
  });

  it('reassigns an order to another worker', async () => {
    await page.goto(`${base}/opdrachten/${supervisionId}`);
    const form = page.getByRole('region', { name: 'Toewijzen' });
    await form.waitFor();
    const thomas = await form.locator('option', { hasText: 'Thomas Meijer' }).getAttribute('value');
    await form.getByLabel('Medewerker').selectOption(thomas!);
    await form.getByLabel('Toelichting').fill('Toezicht zonder EM');
    await form.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByText('De opdracht is toegewezen aan Thomas Meijer.').waitFor();
    expect(await page.getByRole('region', { name: 'Gegevens' }).innerText()).toMatch(/Thomas Meijer/);
    expect(await page.getByRole('region', { name: 'Statusgeschiedenis' }).innerText()).toMatch(
      /Toezicht zonder EM/,
    );
    await shot('order-coordinator');
    await expectAccessible('order (coordinator)');
  });
});

describe('inspector', () => {
  beforeAll(openPage);
  afterAll(() => context?.close());

  it('is asked for a reason before the dossier opens, and the reason is logged', async () => {
    // The OIDC callback hands the token over in the fragment; the app keeps it and clears the address bar.
    const token = await t.login('inspector');
    await page.goto(`${base}/clienten/${clientId}#token=${encodeURIComponent(token)}`);
    await page.getByRole('heading', { level: 1, name: 'Dossier inzien' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('banner').getByText('Hanneke Toets').waitFor();
    await shot('inspector-reason');
    await expectAccessible('inspector reason');

    await page.getByRole('button', { name: 'Inzien' }).click();
    await page.getByText('Geef een reden van inzage op.').waitFor();

    await page
      .getByRole('textbox', { name: /Reden van inzage/ })
      .fill('Dossieronderzoek inspectie EM, steekproef 7');
    await page.getByRole('button', { name: 'Inzien' }).click();
    await page.getByRole('heading', { level: 1, name: 'Testa Fictief' }).waitFor();
    // Read-only: no journal form.
    expect(await page.getByRole('button', { name: 'Toevoegen' }).count()).toBe(0);
    const who = page.getByRole('region', { name: 'Wie heeft dit dossier ingezien' }).getByRole('table');
    await who.waitFor();
    const row = who.locator('tr', { hasText: 'inspector' }).first();
    expect(await row.innerText()).toMatch(/Dossieronderzoek inspectie EM, steekproef 7/);
    expect(await row.innerText()).toMatch(/IJV/);

    // The order page of the same client reuses the reason given.
    await page
      .getByRole('region', { name: 'Opdrachten' })
      .getByRole('link', { name: 'Deeladvies EM' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Deeladvies EM — Testa Fictief' }).waitFor();
    await shot('inspector-client');
  });
});

describe('sign-in with an identity provider configured', () => {
  let oidcRegie: TestRegie;
  let oidcBase: string;
  beforeAll(async () => {
    // Discovery is lazy, so an unreachable issuer is enough to show the button.
    oidcRegie = await startRegie({
      env: { OIDC_ISSUER: 'http://127.0.0.1:9/idp', REGIE_DEV_LOGIN: 'false' },
    });
    await oidcRegie.regie.app.listen({ port: 0, host: '127.0.0.1' });
    oidcBase = `http://127.0.0.1:${(oidcRegie.regie.app.server.address() as AddressInfo).port}`;
    await openPage();
  });
  afterAll(async () => {
    await context?.close();
    await oidcRegie?.close();
  });

  it('offers the organisation account and no demo users', async () => {
    await page.goto(`${oidcBase}/`);
    const link = page.getByRole('link', { name: 'Inloggen met uw organisatieaccount' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/auth/login');
    expect(await page.getByRole('heading', { name: 'Demo-inlog' }).count()).toBe(0);
    await shot('sign-in-oidc');
    await expectAccessible('sign-in (OIDC)');
  });
});
