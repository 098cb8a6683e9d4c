// Issue #3 end to end, in Dutch, in headless Chromium against Regie in-process (real PostgreSQL + PostGIS):
// a request at the EM desk (Loket EM) → distribution at the intake point → assignment by the EM coordinator →
// the specialist's investigation, police information, zones on the map (the 5 km rule), conclusion → the PDF
// and sending. Also the distribution keys, the shadow list and the EM signal, each page checked with axe.
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleClient, type TestRegie } from '../support/harness.js';
import { expectAccessible, pixelOf, shot as shotOf, SHOTS, startBrowserRegie } from './support.js';

let t: TestRegie;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

// The victim lives in Utrecht; the client's intended home lies about 12 km west.
const VICTIM = { lat: 52.0907, lon: 5.1214 };
const HOME = { lat: 52.0907, lon: 4.946 };

let orderId = '';
let adviceOrderId = '';
let provisionalId = '';

const pageErrors: string[] = [];
const shot = (name: string) => shotOf(page, name);
const a11y = (name: string) => expectAccessible(page, name);

async function openPage(): Promise<void> {
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (400|404|409|422)/.test(m.text())) pageErrors.push(m.text());
  });
}

async function signInAs(displayName: string): Promise<void> {
  await context?.close();
  await openPage();
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${displayName}`) }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
}

async function nav(label: string, heading: string | RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The error message next to a field (aria-describedby → …-error). */
async function errorOf(label: string | RegExp): Promise<string> {
  const field = page.getByLabel(label);
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
  const id = ids.find((i) => i.endsWith('-error'));
  expect(id, `${String(label)} has an error message`).toBeTruthy();
  return page.locator(`[id="${id}"]`).innerText();
}

async function ok<T>(r: Promise<{ status: number; body: T }>, expected: number): Promise<T> {
  const res = await r;
  if (res.status !== expected)
    throw new Error(`expected ${expected}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const daysFromNow = (n: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + n * 86_400_000),
  );

afterEach(() => {
  const errors = pageErrors.splice(0);
  expect(errors, 'script errors in the page').toEqual([]);
});

beforeAll(async () => {
  ({ t, base, browser } = await startBrowserRegie());
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await t?.close();
});

describe('an EM advice from the desk to the PDF', () => {
  it('the intake officer sees every missing field of an incomplete EM request at once', async () => {
    await signInAs('Karin Intake');
    await nav('Loket EM', 'Loket EM');
    await shot('em-request');
    await a11y('Loket EM');

    await page.getByLabel('Voornaam').fill('Sem');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'De aanvraag is niet compleet' });
    await summary.waitFor();
    const text = await summary.innerText();
    for (const missing of [
      'Achternaam',
      'Geboortedatum',
      'Opdrachtgever',
      'Kader',
      'Straat verblijfsadres',
      'Huisnummer verblijfsadres',
      'Postcode verblijfsadres',
      'Plaats verblijfsadres',
      'Naam contactpersoon',
      'Telefoon contactpersoon',
      'Delict',
    ]) {
      expect(text, `the summary names ${missing}`).toContain(`${missing}: Dit veld is verplicht.`);
    }
    expect(text).not.toContain('Voornaam');
    // Next to each field as well, and the summary links to the field.
    expect(await errorOf('Achternaam')).toBe('Dit veld is verplicht.');
    expect(await errorOf('Opdrachtgever')).toBe('Dit veld is verplicht.');
    expect(await errorOf('Delict')).toBe('Dit veld is verplicht.');
    await summary.getByRole('link', { name: /Achternaam/ }).click();
    expect(await page.evaluate('document.activeElement.id')).toBe('em-achternaam');
    await shot('em-request-errors');
    await a11y('Loket EM with errors');
  });

  it('completes the request, with the locations clicked on the maps, and gets the due date', async () => {
    await page.getByLabel('Achternaam').fill('Testman');
    await page.getByLabel('Geboortedatum').fill('1988-02-14');
    await page.getByLabel('Opdrachtgever').selectOption({ label: 'Openbaar Ministerie' });
    await page.getByLabel('Kader').selectOption({ label: 'Schorsing voorlopige hechtenis' });
    await page.getByLabel('Delict').fill('Belaging van ex-partner (art. 285b Sr)');
    await page.getByLabel('Spoed').check();
    await page.locator('#em-adres-straat').fill('Damstraat');
    await page.locator('#em-adres-huisnummer').fill('1');
    await page.locator('#em-adres-postcode').fill('3531 BR');
    await page.locator('#em-adres-plaats').fill('Utrecht');
    const homeMap = page.getByRole('region', { name: 'Kaart: Verblijfsadres' });
    const homeBox = (await homeMap.boundingBox())!;
    await homeMap.click({ position: pixelOf(homeBox, HOME) });
    await expect
      .poll(() => page.locator('#em-adres-locatie').innerText())
      .toMatch(/Locatie: 52,0\d+° N, 4,9\d+° O/);
    await page.getByLabel('Naam contactpersoon').fill('Mien Testman');
    await page.getByLabel('Telefoon contactpersoon').fill('06-12312312');

    await page.getByLabel('Er is een adres van een slachtoffer bekend').check();
    await page.locator('#em-sl-straat').fill('Maliebaan');
    await page.locator('#em-sl-huisnummer').fill('2');
    await page.locator('#em-sl-postcode').fill('3581 CP');
    await page.locator('#em-sl-plaats').fill('Utrecht');
    const victimMap = page.getByRole('region', { name: 'Kaart: Adres slachtoffer' });
    const victimBox = (await victimMap.boundingBox())!;
    await victimMap.click({ position: pixelOf(victimBox, VICTIM) });
    await expect
      .poll(() => page.locator('#em-sl-locatie').innerText())
      .toMatch(/Locatie: 52,0\d+° N, 5,1\d+° O/);
    await shot('em-request-filled');

    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    const done = page.getByRole('status').filter({ hasText: 'De EM-aanvraag is geregistreerd' });
    await done.waitFor();
    expect(await done.innerText()).toMatch(/Uiterste datum van het advies: \d{2}-\d{2}-\d{4} \(spoed\)/);
    const href = await done.getByRole('link', { name: 'Naar het EM-advies' }).getAttribute('href');
    orderId = href!.split('/').pop()!;
    expect(await done.getByRole('link', { name: 'Naar de opdracht' }).getAttribute('href')).toBe(
      `/opdrachten/${orderId}`,
    );
    await shot('em-request-created');
  });

  it('distributes the request automatically and shows why', async () => {
    // A second request, without urgency, to show the order of the queue and the manual decision.
    const intake = await t.login('intake');
    await ok(
      t.api('POST', '/api/v1/em-requests', intake, {
        client: { givenName: 'Lieke', familyName: 'Handwerk', birthDate: '1979-09-09' },
        principal: 'COURT',
        legalFramework: 'CONDITIONAL_RELEASE',
        intendedAddress: { street: 'Kerkstraat', houseNumber: '5', postcode: '1017 GB', city: 'Amsterdam' },
        addressContact: { name: 'Hans Handwerk', phone: '06-99887766' },
        offence: 'Mishandeling',
        urgent: false,
        requestedAt: new Date().toISOString(),
      }),
      201,
    );
    await nav('Instroom', 'Instroom');
    const items = page.getByRole('list', { name: /te verdelen opdrachten/ }).locator(':scope > li');
    await items.first().waitFor();
    expect(await items.first().innerText(), 'urgent first').toMatch(/Sem Testman[\s\S]*spoed/);
    await shot('intake');
    await a11y('Instroom');

    // By hand: a reason is required.
    const lieke = items.filter({ hasText: 'Lieke Handwerk' });
    await lieke.getByRole('button', { name: 'Handmatig verdelen' }).click();
    const manual = page.getByRole('form', { name: /Handmatig verdelen: Lieke Handwerk/ });
    await manual.getByLabel('Organisatie').selectOption({ label: 'Stichting Verslavingsreclassering GGZ' });
    await manual.getByRole('button', { name: 'Handmatig verdelen' }).click();
    await manual.getByText('Geef een reden op van minstens 5 tekens.').waitFor();
    await shot('intake-manual-error');
    await manual.getByLabel('Reden').fill('Cliënt is bekend bij de verslavingszorg in Amsterdam');
    await manual.getByRole('button', { name: 'Handmatig verdelen' }).click();
    await page.getByText('Lieke Handwerk: verdeeld naar Stichting Verslavingsreclassering GGZ').waitFor();
    await page.getByText(/Handmatig: Cliënt is bekend bij de verslavingszorg/).waitFor();

    // Automatically: Regie decides and explains.
    await items
      .filter({ hasText: 'Sem Testman' })
      .getByRole('button', { name: 'Verdelen', exact: true })
      .click();
    const decision = page
      .getByRole('status')
      .filter({ hasText: 'Sem Testman: verdeeld naar Reclassering Nederland' });
    await decision.waitFor();
    expect(await decision.innerText()).toMatch(
      /Waarom: Verdeelsleutel regio Midden \(RN 70 \/ SVG 20 \/ LJ&R 10\): RN/,
    );
    expect(await decision.innerText()).toMatch(/Regel: Verdeelsleutel · instroomregio Midden/);
    await expect.poll(() => page.getByText('Er staan geen opdrachten klaar om te verdelen.').count()).toBe(1);
    await shot('intake-distributed');
    await a11y('Instroom after distribution');
  });

  it('the EM coordinator assigns it to an EM specialist from the candidates', async () => {
    await signInAs('Mark de Vries');
    await page.goto(`${base}/opdrachten/${orderId}`);
    const section = page.getByRole('region', { name: 'Toewijzen' });
    const table = section.getByRole('table', { name: 'Best passend eerst' });
    await table.waitFor();
    const eva = table.locator('tr', { hasText: 'Eva Jansen' });
    expect(await eva.innerText()).toMatch(/van \d+/);
    expect(await eva.innerText()).toMatch(/ruimte/);
    await shot('order-candidates');
    await a11y('order with assignment candidates');
    await eva.getByRole('button', { name: 'Wijs toe aan Eva Jansen' }).click();
    await page.getByText('De opdracht is toegewezen aan Eva Jansen.').waitFor();
    expect(await page.getByRole('region', { name: 'Gegevens' }).innerText()).toMatch(
      /Uitvoerder\s+Eva Jansen/,
    );
    expect(await eva.innerText()).toMatch(/huidige uitvoerder/);
  });

  it('the specialist opens the EM advice from the caseload and records the feasibility investigation', async () => {
    await signInAs('Eva Jansen');
    const row = page
      .getByRole('table', { name: 'Opdrachten die aan u zijn toegewezen' })
      .locator('tr', { hasText: 'Sem Testman' });
    await row.getByRole('link', { name: 'EM-advies' }).click();
    await page.getByRole('heading', { level: 1, name: 'EM-advies — Sem Testman' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/em-adviezen/${orderId}`);
    const open = page.getByRole('region', { name: /Nog open/ });
    expect(await open.innerText()).toMatch(/Huisbezoek/);
    expect(await page.getByRole('region', { name: 'Aanvraag' }).innerText()).toMatch(
      /Damstraat 1, 3531 BR Utrecht/,
    );
    await page.getByText('Politie-informatie: niet ontvangen').waitFor();
    await shot('em-advice');
    await a11y('EM-advies');

    const section = page.getByRole('region', { name: 'Haalbaarheidsonderzoek' });
    const aspects = section.locator('li.regie-aspect');
    expect(await aspects.count()).toBe(19);
    for (let i = 0; i < 19; i++) {
      const aspect = aspects.nth(i);
      const legend = await aspect.locator('legend').innerText();
      const answer = /^Er (is sprake|zijn betalings)/.test(legend) ? 'Nee' : 'Ja';
      await aspect.getByLabel(answer, { exact: true }).check();
    }
    await aspects.first().getByLabel('Toelichting').fill('Kan klokkijken, getest tijdens het gesprek');
    await section.getByLabel('Datum huisbezoek').fill(today());
    await section.getByLabel('Fysiek').check();
    await section.getByLabel('Met z’n tweeën').check();
    await section.getByLabel('Veiligheid').fill('Geen bijzonderheden; hond aanwezig.');
    await section.getByRole('button', { name: 'Haalbaarheid en huisbezoek opslaan' }).click();
    await section.getByText('Het haalbaarheidsonderzoek en het huisbezoek zijn opgeslagen.').waitFor();
    await expect.poll(() => open.innerText()).not.toMatch(/Huisbezoek/);
  });

  it('records the police information: first pending with its due date, then received', async () => {
    const section = page.getByRole('region', { name: 'Politie-informatie' });
    await section.getByLabel('Aangevraagd op').fill(daysFromNow(-1));
    await section.getByLabel('Tijd aanvraag').fill('09:00');
    await section.getByRole('button', { name: 'Politie-informatie opslaan' }).click();
    await section.getByText('De politie-informatie is opgeslagen.').waitFor();
    const status = section.getByRole('alert').filter({ hasText: 'Politie-informatie: niet ontvangen' });
    expect(await status.innerText()).toMatch(/uiterlijk te ontvangen op \d{2}-\d{2}-\d{4} \(5 werkdagen\)/);
    await section.getByLabel('Ontvangen op').fill(today());
    await section.getByLabel('Tijd ontvangst').fill('00:01');
    await section.getByLabel('Samenvatting politie-informatie').fill('Geen meldingen op het adres bekend.');
    await section.getByRole('button', { name: 'Politie-informatie opslaan' }).click();
    await section.getByText('Politie-informatie: ontvangen').waitFor();
  });

  it('draws an exclusion zone with police response: the 5 km rule refuses it, a larger one passes', async () => {
    const section = page.getByRole('region', { name: 'Zones en tijden' });
    await section.getByRole('button', { name: 'Cirkelzone toevoegen' }).click();
    await section
      .getByText(/Klik op de kaart om het middelpunt/)
      .first()
      .waitFor();
    const victim = (await section.locator('path.regie-map-victim').boundingBox())!;
    await page.mouse.click(victim.x + victim.width / 2, victim.y + victim.height / 2);
    await expect.poll(() => section.locator('.regie-zone__centre').innerText()).toMatch(/52,0\d+° N/);
    await section.getByLabel('Straal in meters').fill('3000');
    await section.getByLabel('Politieopvolging').check();
    await section.getByRole('button', { name: 'Werkdagen 22:00–07:00 toevoegen' }).click();
    await section.getByRole('button', { name: 'Tijdvak toevoegen' }).click();
    await section.getByLabel('Tijdvak 6: dag').selectOption({ label: 'zaterdag' });
    await section.getByLabel('Tijdvak 6: van').fill('23:00');
    await section.getByLabel('Tijdvak 6: tot').fill('08:00');
    await section.getByRole('button', { name: 'Zones en tijden opslaan' }).click();
    await section.getByText('De zones en tijden zijn niet opgeslagen').waitFor();
    const zone = section.locator('li.regie-zone').first();
    const message = await zone.locator('.regie-zone__error').innerText();
    expect(message).toMatch(
      /^Met politieopvolging moet het verbodsgebied de cliënt op minstens 5 km van het adres van het slachtoffer houden; gemeten afstand van het slachtofferadres tot de rand van de zone: 2\.?9\d\d(,\d+)? m\.$/,
    );
    await shot('em-advice-zones-5km');
    await a11y('EM-advies, zones with errors');

    await section.getByLabel('Straal in meters').fill('8000');
    await section.getByRole('button', { name: 'Zones en tijden opslaan' }).click();
    await section.getByText('De zones en tijden zijn opgeslagen.').waitFor();
    expect(await section.locator('li.regie-zone').first().innerText()).toMatch(/voldoet aan 5 km/);
    expect(await section.getByLabel('Politieopvolging').isChecked()).toBe(true);
    expect(await section.locator('.regie-windows__row').count()).toBe(6);
    await section.screenshot({ path: `${SHOTS}/em-advice-zones.png` });
  });

  it('records the conclusion', async () => {
    const section = page.getByRole('region', { name: 'Conclusie' });
    await section.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    const summary = section.getByRole('alert').filter({ hasText: 'De conclusie is niet vastgelegd' });
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/Conclusie: Dit veld is verplicht/);
    expect(await summary.innerText()).toMatch(/Besproken met de cliënt/);
    await section.getByLabel('Positief: EM is haalbaar').check();
    await section.getByLabel('Reden 1').fill('Stabiele woonsituatie; hoofdbewoner stemt in.');
    await section.getByRole('button', { name: 'Reden toevoegen' }).click();
    await section.getByLabel('Reden 2').fill('Locatieverbod met politieopvolging beschermt het slachtoffer.');
    await section.getByLabel('Datum (verplicht)', { exact: true }).fill(daysFromNow(7));
    await section.getByLabel('Tijd (verplicht)', { exact: true }).fill('10:00');
    await section.getByLabel('Op het verblijfsadres').check();
    await section
      .getByRole('group', { name: /Besproken met de cliënt/ })
      .getByLabel('Ja', { exact: true })
      .check();
    await section.getByLabel('Reactie van de cliënt').fill('Cliënt stemt in met de voorwaarden.');
    await section.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await section.getByText('De conclusie is vastgelegd.').waitFor();
    await page.getByText('Het advies is compleet').waitFor();
    await shot('em-advice-complete');
  });

  it('opens the PDF and sends the advice; the order shows completed', async () => {
    const section = page.getByRole('region', { name: 'Document' });
    const [response, popup] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/v1/em-advices/${orderId}/document`)),
      context.waitForEvent('page'),
      section.getByRole('button', { name: 'Document openen (PDF)' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    await popup.close();
    // The same request the page makes, read here: a real PDF.
    const [type, magic] = (await page.evaluate(`(async () => {
      const r = await fetch('/api/v1/em-advices/${orderId}/document', {
        headers: { authorization: 'Bearer ' + sessionStorage.getItem('regie.token') },
      });
      const b = new Uint8Array(await r.arrayBuffer());
      return [r.headers.get('content-type'), String.fromCharCode(...b.slice(0, 5)), b.length];
    })()`)) as [string, string];
    expect(type).toMatch(/^application\/pdf/);
    expect(magic).toBe('%PDF-');
    await section.getByRole('link', { name: 'Document downloaden' }).waitFor();

    await section.getByRole('button', { name: 'Verzenden naar opdrachtgever' }).click();
    await section.getByText('Het advies is verzonden naar de opdrachtgever.').waitFor();
    await section.getByText(/is op \d{2}-\d{2}-\d{4} \d{2}:\d{2} verzonden/).waitFor();
    expect(await page.getByRole('button', { name: 'Zones en tijden opslaan' }).isDisabled()).toBe(true);
    await shot('em-advice-sent');

    await page
      .getByRole('region', { name: 'Aanvraag' })
      .getByRole('link', { name: 'Naar de opdracht' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Deeladvies EM — Sem Testman' }).waitFor();
    expect(await page.getByRole('region', { name: 'Gegevens' }).innerText()).toMatch(/Status\s+Afgerond/);
    expect(await page.getByRole('region', { name: 'Statusgeschiedenis' }).innerText()).toMatch(
      /Advies verzonden aan opdrachtgever/,
    );
    await shot('order-completed');
  });
});

describe('an EM request that arrives without the location of the home', () => {
  let id = '';
  beforeAll(async () => {
    const coordinator = await t.login('em-coordinator.rn');
    const me = await ok(t.api<{ id: string }>('GET', '/api/v1/me', await t.login('em-specialist.rn')), 200);
    const created = await ok(
      t.api<{ orderId: string }>('POST', '/api/v1/em-requests', coordinator, {
        client: { givenName: 'Lotte', familyName: 'Zonderlocatie', birthDate: '1991-03-03' },
        principal: 'OM',
        legalFramework: 'SUSPENDED_DETENTION',
        intendedAddress: { street: 'Kerkstraat', houseNumber: '7', postcode: '3531 BR', city: 'Utrecht' },
        addressContact: { name: 'Jan Zonderlocatie', phone: '06-11122233' },
        offence: 'Belaging',
        urgent: false,
        requestedAt: new Date().toISOString(),
      }),
      201,
    );
    id = created.orderId;
    await ok(t.api('POST', `/api/v1/orders/${id}/assignment`, coordinator, { assigneeId: me.id }), 200);
  });

  it('the specialist sets the location of the home on the EM advice page', async () => {
    await signInAs('Eva Jansen');
    await page.goto(`${base}/em-adviezen/${id}`);
    const section = page.getByRole('region', { name: 'Aanvraag' });
    const warning = section
      .getByRole('alert')
      .filter({ hasText: 'Locatie van het verblijfsadres ontbreekt: zones kunnen pas worden vastgelegd' });
    await warning.waitFor();
    const form = section.getByRole('form', { name: 'Verblijfsadres wijzigen' });
    expect(await form.getByLabel('Straat').inputValue()).toBe('Kerkstraat');
    await a11y('EM-advies without the location of the home');

    const map = form.getByRole('region', { name: 'Kaart: Verblijfsadres' });
    const box = (await map.boundingBox())!;
    await map.click({ position: pixelOf(box, HOME) });
    await expect
      .poll(() => page.locator('#aanvraag-adres-locatie').innerText())
      .toMatch(/Locatie: 52,0\d+° N, 4,9\d+° O/);
    await shot('em-advice-home-location');
    await form.getByRole('button', { name: 'Verblijfsadres opslaan' }).click();
    await section.getByText('Het verblijfsadres is opgeslagen.').waitFor();
    expect(await warning.count()).toBe(0);
    expect(await section.innerText()).toMatch(/Kerkstraat 7, 3531 BR Utrecht\s+Locatie 52,0\d+° N/);
    expect(await page.getByRole('region', { name: /Nog open/ }).innerText()).not.toMatch(
      /beoogde verblijfsadres/,
    );
  });
});

describe('distribution keys', () => {
  it('the 3RO administrator sees the keys, gets the 422 when shares do not add up, and sets a new key', async () => {
    await signInAs('Functioneel beheer 3RO');
    await nav('Verdeelsleutels', 'Verdeelsleutels');
    const table = page.getByRole('table', { name: 'Geldende verdeelsleutel per instroomregio' });
    await table.waitFor();
    expect(await table.locator('tr', { hasText: 'Noord' }).innerText()).toMatch(/65%\s+25%\s+10%/);
    await shot('distribution-keys');
    await a11y('Verdeelsleutels');

    await table.getByRole('button', { name: 'Wijzigen Midden' }).click();
    const form = page.getByRole('form', { name: /Verdeelsleutel Midden wijzigen/ });
    await form.getByLabel('Leger des Heils Jeugdbescherming & Reclassering (%)').fill('20');
    await form.getByText('Samen 110% — dat moet precies 100% zijn').waitFor();
    await form.getByLabel('Reden van de wijziging').fill('Extra capaciteit LJ&R in Utrecht');
    await form.getByRole('button', { name: 'Nieuwe sleutel opslaan' }).click();
    await form.getByText('De verdeelsleutel is niet opgeslagen').waitFor();
    await form.locator('#aandelen-error').waitFor();
    expect(await form.locator('#aandelen-error').innerText()).toMatch(/samen precies 100/);
    await shot('distribution-keys-error');

    await form.getByLabel('Reclassering Nederland (%)').fill('60');
    await form.getByText('Samen 100%').waitFor();
    await form.getByRole('button', { name: 'Nieuwe sleutel opslaan' }).click();
    await page.getByText('De nieuwe verdeelsleutel voor Midden geldt vanaf nu.').waitFor();
    await expect
      .poll(() => table.locator('tr', { hasText: 'Midden' }).innerText())
      .toMatch(/60%\s+20%\s+20%/);
    const history = page.getByRole('table', { name: /Alle sleutels van regio Midden/ });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    expect(await history.locator('tbody tr').first().innerText()).toMatch(/Extra capaciteit LJ&R in Utrecht/);
    await shot('distribution-keys-saved');
  });
});

describe('shadow list', () => {
  let clientId = '';
  beforeAll(async () => {
    const coordinator = await t.login('em-coordinator.rn');
    const client = await ok(
      t.api<{ id: string }>(
        'POST',
        '/api/v1/clients',
        coordinator,
        sampleClient({ givenName: 'Ruben', familyName: 'Raadkamer' }),
      ),
      201,
    );
    clientId = client.id;
    await ok(
      t.api('POST', '/api/v1/chamber-hearings', coordinator, {
        clientId,
        court: 'Rechtbank Midden-Nederland',
        hearingDate: daysFromNow(-10),
        caseReference: '16/123456-26',
      }),
      201,
    );
    const provisional = await ok(
      t.api<{ id: string }>('POST', '/api/v1/orders', coordinator, {
        kind: 'SUPERVISION',
        principal: 'COURT',
        legalFramework: 'SUSPENDED_DETENTION',
        clientId,
        receivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        urgent: true,
        provisional: true,
      }),
      201,
    );
    provisionalId = provisional.id;
    await ok(
      t.api('POST', '/api/v1/orders', coordinator, {
        kind: 'SUPERVISION',
        principal: 'COURT',
        legalFramework: 'SUSPENDED_DETENTION',
        clientId,
        receivedAt: new Date().toISOString(),
        urgent: false,
      }),
      201,
    );
  });

  it('shows the overdue hearing with its signal, adds a hearing and records an outcome', async () => {
    await signInAs('Mark de Vries');
    await nav('Schaduwlijst', 'Schaduwlijst raadkamer');
    const list = page.getByRole('region', { name: 'Zittingen' });
    await list.getByLabel('Te laat').check();
    const overdue = list.locator('li.regie-hearing', { hasText: 'Ruben Raadkamer' });
    await overdue.waitFor();
    expect(await overdue.innerText()).toMatch(/te laat/);
    expect(await overdue.innerText()).toMatch(/is voorbij, maar er is geen uitkomst vastgelegd/);
    await shot('hearings-overdue');
    await a11y('Schaduwlijst');

    const add = page.getByRole('region', { name: 'Zitting toevoegen' });
    await add.getByRole('button', { name: 'Zitting toevoegen' }).click();
    await add.getByText('De zitting is niet toegevoegd').waitFor();
    await add.getByText('Kies een cliënt.').waitFor();
    await add.getByLabel('Zoek cliënt op naam').fill('Raadkamer');
    await add.getByRole('button', { name: 'Zoeken' }).click();
    await add.getByRole('button', { name: 'Kies Ruben Raadkamer' }).click();
    await add.getByLabel('Rechtbank').fill('Rechtbank Midden-Nederland');
    await add.getByLabel('Datum raadkamer').fill(daysFromNow(3));
    await add.getByLabel('Parketnummer').fill('16/654321-26');
    await add.getByRole('button', { name: 'Zitting toevoegen' }).click();
    await add.getByText('De zitting staat op de schaduwlijst.').waitFor();

    await list.getByLabel('Alle').check();
    await expect.poll(() => list.locator('li.regie-hearing').count()).toBe(2);
    const first = list.locator('li.regie-hearing', { hasText: '16/123456-26' });
    await first.getByRole('button', { name: /Uitkomst vastleggen/ }).click();
    const form = first.getByRole('form', { name: /Uitkomst vastleggen: Ruben Raadkamer/ });
    await form.getByLabel('Geschorst met voorwaarden').check();
    const option = await form.locator('option', { hasText: '(voorlopig)' }).getAttribute('value');
    await form.getByLabel('Toezichtsopdracht koppelen').selectOption(option!);
    await shot('hearings-outcome');
    await form.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => first.innerText()).toMatch(/Uitkomst\s+Geschorst met voorwaarden/);
    expect(await first.innerText()).not.toMatch(/te laat/);
    await shot('hearings');
  });

  it('links the provisional order to the official order on the order page', async () => {
    await page.goto(`${base}/opdrachten/${provisionalId}`);
    const section = page.getByRole('region', { name: 'Officiële opdracht koppelen' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Koppelen' }).click();
    await section.getByText('Kies de officiële opdracht.').waitFor();
    const official = await section.locator('option', { hasText: 'Toezicht —' }).first().getAttribute('value');
    await section.getByLabel('Officiële toezichtsopdracht').selectOption(official!);
    await shot('order-official-link');
    await a11y('order with official-order link');
    await section.getByRole('button', { name: 'Koppelen' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Gegevens' }).innerText())
      .toMatch(/Status\s+Afgerond/);
    expect(await page.getByRole('region', { name: 'Statusgeschiedenis' }).innerText()).toMatch(
      /Opgevolgd door officiële opdracht/,
    );
  });
});

describe('EM signal on an advice order', () => {
  beforeAll(async () => {
    const coordinator = await t.login('em-coordinator.rn');
    const advisor = await t.login('advisor.rn');
    const me = await ok(t.api<{ id: string }>('GET', '/api/v1/me', advisor), 200);
    const client = await ok(
      t.api<{ id: string }>(
        'POST',
        '/api/v1/clients',
        coordinator,
        sampleClient({ givenName: 'Alex', familyName: 'Adviesmans' }),
      ),
      201,
    );
    const order = await ok(
      t.api<{ id: string }>('POST', '/api/v1/orders', coordinator, {
        kind: 'ADVICE',
        principal: 'OM',
        legalFramework: 'SUSPENDED_SENTENCE',
        clientId: client.id,
        receivedAt: new Date().toISOString(),
        urgent: false,
        offence: 'Belaging van ex-partner',
      }),
      201,
    );
    adviceOrderId = order.id;
    await ok(
      t.api('POST', `/api/v1/orders/${adviceOrderId}/assignment`, coordinator, { assigneeId: me.id }),
      200,
    );
  });

  it('shows the signals, refuses completion without a consideration, and requires a reason for "no"', async () => {
    await signInAs('Fatima El Amrani');
    await page.goto(`${base}/opdrachten/${adviceOrderId}`);
    const section = page.getByRole('region', { name: 'EM-signaal' });
    const signals = section
      .getByRole('alert')
      .filter({ hasText: 'EM-signaal: overweeg elektronische monitoring' });
    await signals.waitFor();
    expect(await signals.innerText()).toMatch(/Belaging \/ stalking/);
    expect(await signals.innerText()).toMatch(/Huiselijk geweld/);

    await section.getByLabel('Het delict vond ’s nachts plaats').check();
    await expect.poll(() => signals.innerText()).toMatch(/Delict ’s nachts/);

    await section.getByRole('button', { name: 'Advies afronden' }).click();
    await section.getByText('Het advies kan nog niet worden afgerond').waitFor();
    await shot('order-em-signal');
    await a11y('order with EM signal');

    await section
      .getByRole('group', { name: /Wordt EM geadviseerd/ })
      .getByLabel('Nee')
      .check();
    await section.getByRole('button', { name: 'Overweging vastleggen' }).click();
    await section.getByText('Geef aan waarom EM niet wordt geadviseerd.').waitFor();
    await section
      .getByLabel('Waarom niet')
      .fill('Slachtoffer is verhuisd naar het buitenland; geen contactrisico.');
    await section.getByRole('button', { name: 'Overweging vastleggen' }).click();
    await section.getByText('De overweging is vastgelegd.').waitFor();
    await section.getByRole('button', { name: 'Advies afronden' }).click();
    await section.getByText('Het advies is afgerond.').waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Gegevens' }).innerText())
      .toMatch(/Status\s+Afgerond/);
    await shot('order-em-signal-completed');
  });
});
