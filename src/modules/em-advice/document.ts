import PDFDocument from 'pdfkit';
import {
  ASPECT_VALUE_LABELS,
  FEASIBILITY_ASPECTS,
  FEASIBILITY_GROUP_LABELS,
  FEASIBILITY_GROUPS,
  HOME_VISIT_LABELS,
} from '../../domain/em-advice/feasibility.js';
import { WEEKDAYS_NL, windowsPerWeekday } from '../../domain/em-advice/time-windows.js';
import type { EmAdviceRow, ZoneRow } from './store.js';

/**
 * The EM advice document (deeladvies EM) as a PDF, in Dutch: the request, the police-information status
 * shown plainly, the conclusion, the feasibility investigation, the location-requirement times per weekday,
 * each zone drawn to scale from its RD New coordinates (with the victim's address, the 5 km ring around it,
 * a scale bar, a north arrow and a legend; no map tiles) and the proposed installation.
 */

export interface DocumentInput {
  advice: EmAdviceRow;
  zones: ZoneRow[];
  policeStatus: 'NOT_REQUESTED' | 'PENDING' | 'OVERDUE' | 'RECEIVED';
}

type Doc = PDFKit.PDFDocument;
type Rd = { x: number; y: number };

const MARGIN = 50;
const COLOURS = {
  exclusion: '#c0392b',
  inclusion: '#1e8449',
  victim: '#6c3483',
  home: '#1f4e79',
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#999999',
};

const PRINCIPALS: Record<string, string> = {
  OM: 'Openbaar Ministerie',
  COURT: 'Rechtspraak (ZM)',
  DJI: 'Dienst Justitiële Inrichtingen',
  CVVI: 'CVv.i.',
  RVDK: 'Raad voor de Kinderbescherming',
};
const FRAMEWORKS: Record<string, string> = {
  SUSPENDED_DETENTION: 'Schorsing voorlopige hechtenis',
  CONDITIONAL_RELEASE: 'Voorwaardelijke invrijheidstelling',
  SUSPENDED_SENTENCE: 'Voorwaardelijke straf',
  LEAVE: 'Verlof',
  PENITENTIARY_PROGRAMME: 'Penitentiair programma',
  ELECTRONIC_DETENTION: 'Elektronische detentie',
  CONDITIONAL_DISMISSAL: 'Voorwaardelijk sepot',
  BEHAVIOURAL_MEASURE: 'Gedragsbeïnvloedende maatregel',
};
const PLACES: Record<string, string> = {
  PRISON: 'in de inrichting',
  ADDRESS: 'op het verblijfsadres',
  OTHER: 'elders',
};

const dateNl = (d: string) => {
  const [y, m, day] = d.slice(0, 10).split('-');
  return `${day}-${m}-${y}`;
};
const dateTimeNl = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
const metres = (m: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(m)} m`;
const addressLine = (a: { street: string; houseNumber: string; postcode: string; city: string }) =>
  `${a.street} ${a.houseNumber}, ${a.postcode} ${a.city}`;

export function renderEmAdviceDocument(
  input: DocumentInput,
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: opts.compress ?? true,
    info: {
      Title: 'Deeladvies elektronische monitoring',
      Author: 'Reclassering (Regie)',
      Subject: 'Deeladvies EM',
    },
    lang: 'nl-NL',
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  write(doc, input);
  doc.end();
  return done;
}

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(COLOURS.text).text(text);
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .stroke();
  doc.moveDown(0.4).font('Helvetica').fontSize(10);
}

function field(doc: Doc, label: string, value: string): void {
  doc.font('Helvetica-Bold').fontSize(10).fillColor(COLOURS.text).text(`${label}: `, { continued: true });
  doc.font('Helvetica').text(value);
}

function write(doc: Doc, { advice: a, zones, policeStatus }: DocumentInput): void {
  doc.font('Helvetica-Bold').fontSize(18).fillColor(COLOURS.text).text('Deeladvies elektronische monitoring');
  doc.font('Helvetica').fontSize(10).fillColor(COLOURS.muted);
  doc.text(`Reclassering${a.organisation ? ` (${a.organisation})` : ''} — opgesteld met Regie`);
  doc.text(
    a.documentSentAt
      ? `Verzonden aan de opdrachtgever op ${dateTimeNl(a.documentSentAt)}`
      : 'Concept: nog niet verzonden aan de opdrachtgever',
  );
  doc.fillColor(COLOURS.text);

  heading(doc, 'Opdracht');
  field(doc, 'Opdrachtgever', PRINCIPALS[a.principal] ?? a.principal);
  field(doc, 'Modaliteit', FRAMEWORKS[a.legalFramework] ?? a.legalFramework);
  field(doc, 'Aanvraag ontvangen', dateTimeNl(a.receivedAt));
  field(doc, 'Uiterste datum deeladvies', `${dateNl(a.dueDate)}${a.urgent ? ' (SPOED)' : ''}`);
  field(doc, 'Kenmerk', a.orderId);
  if (a.assigneeName) field(doc, 'EM-specialist', a.assigneeName);

  heading(doc, 'Cliënt');
  field(doc, 'Naam', a.clientName);
  field(doc, 'Geboortedatum', dateNl(a.clientBirthDate));
  field(doc, 'Delict', a.offence);
  field(doc, 'Beoogd verblijfsadres', addressLine(a.intendedAddress));
  field(doc, 'Contactpersoon op het adres', `${a.addressContact.name}, ${a.addressContact.phone}`);
  field(
    doc,
    'Slachtoffer',
    a.victimAddress ? 'ja, adres bekend bij de reclassering' : 'geen aanwijsbaar slachtoffer opgegeven',
  );

  heading(doc, 'Politie-informatie');
  const received = policeStatus === 'RECEIVED';
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor(received ? COLOURS.text : COLOURS.exclusion);
  doc.text(
    received
      ? `Politie-informatie: ontvangen op ${dateTimeNl(a.policeReceivedAt!)}`
      : 'Politie-informatie: NIET ontvangen',
  );
  doc.font('Helvetica').fontSize(10).fillColor(COLOURS.text);
  if (policeStatus === 'NOT_REQUESTED') doc.text('De politie-informatie over het adres is niet aangevraagd.');
  if (a.policeRequestedAt) {
    doc.text(
      `Aangevraagd op ${dateTimeNl(a.policeRequestedAt)}; termijn tot en met ${a.policeDueDate ? dateNl(a.policeDueDate) : '-'}` +
        (policeStatus === 'OVERDUE' ? ' (termijn verstreken).' : '.'),
    );
  }
  if (a.policeSummary) field(doc, 'Samenvatting', a.policeSummary);

  heading(doc, 'Conclusie');
  const c = a.conclusion;
  if (!c) {
    doc.font('Helvetica-Bold').text('Conclusie: nog niet vastgesteld').font('Helvetica');
  } else {
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(
        `Conclusie: ${c.outcome === 'POSITIVE' ? 'POSITIEF' : 'NEGATIEF'} advies over elektronische monitoring`,
      );
    doc.font('Helvetica').fontSize(10).text('Redenen:');
    doc.list(c.reasons, { bulletRadius: 1.5, textIndent: 10 });
    doc.moveDown(0.3);
    if (c.discussedWithClient)
      field(doc, 'Besproken met de cliënt', `ja. Reactie van de cliënt: ${c.clientResponse ?? ''}`);
    else field(doc, 'Besproken met de cliënt', `nee. Reden: ${c.notDiscussedReason ?? ''}`);
    field(doc, 'Vastgesteld door', `${c.decidedBy ?? '-'} op ${dateTimeNl(c.decidedAt)}`);
  }

  heading(doc, 'Voorgestelde installatie');
  const pi = c?.proposedInstallation;
  if (pi) {
    doc.text(
      `Aansluiten op ${dateNl(pi.date)} om ${pi.time} uur, ${PLACES[pi.place] ?? pi.place}` +
        (pi.placeDescription ? `: ${pi.placeDescription}` : '') +
        (pi.place === 'ADDRESS' ? ` (${addressLine(a.intendedAddress)})` : '') +
        '.',
    );
  } else {
    doc.text('Geen installatie voorgesteld.');
  }

  heading(doc, 'Haalbaarheidsonderzoek');
  if (a.homeVisit) {
    field(
      doc,
      'Huisbezoek',
      `${dateNl(a.homeVisit.date)}, ${HOME_VISIT_LABELS[a.homeVisit.mode]}, ${HOME_VISIT_LABELS[a.homeVisit.company]}` +
        (a.homeVisit.safetyNote ? `. Veiligheid: ${a.homeVisit.safetyNote}` : ''),
    );
  } else {
    field(doc, 'Huisbezoek', 'niet vastgelegd');
  }
  for (const g of FEASIBILITY_GROUPS) {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
    doc.moveDown(0.4).font('Helvetica-Bold').text(FEASIBILITY_GROUP_LABELS[g]).font('Helvetica');
    for (const aspect of FEASIBILITY_ASPECTS.filter((x) => x.group === g)) {
      const answer = a.feasibility?.[g]?.[aspect.code];
      const value = answer ? ASPECT_VALUE_LABELS[answer.value] : 'niet beantwoord';
      doc.text(`• ${aspect.label}: ${value}${answer?.note ? ` — ${answer.note}` : ''}`, { indent: 8 });
    }
  }

  heading(doc, 'Locatiegebod: tijden per weekdag');
  timeTable(doc, a);

  heading(doc, 'Zones');
  field(
    doc,
    'Politieopvolging',
    a.policeResponse
      ? 'ja: elk locatieverbod houdt de cliënt op minstens 5 km van het adres van het slachtoffer'
      : 'nee',
  );
  if (zones.length === 0) doc.text('Geen zones voorgesteld.');
  for (const [i, z] of zones.entries()) zoneFigure(doc, z, i, a);
}

function timeTable(doc: Doc, a: EmAdviceRow): void {
  if (a.timeWindows.length === 0) {
    doc.text('Geen locatiegebod voorgesteld.');
    return;
  }
  const perDay = windowsPerWeekday(a.timeWindows);
  const x0 = MARGIN;
  const col = 110;
  doc.font('Helvetica-Bold').text('Weekdag', x0, doc.y, { continued: false, width: col });
  doc.moveUp().text('Aanwezig op het verblijfsadres', x0 + col, doc.y);
  doc.font('Helvetica');
  for (let d = 1; d <= 7; d++) {
    const list = perDay.get(d) ?? [];
    const text = list.length
      ? list.map((w) => `${w.start}–${w.end}${w.end < w.start ? ' (tot de volgende dag)' : ''}`).join('; ')
      : '—';
    const y = doc.y;
    doc.text(WEEKDAYS_NL[d - 1]!, x0, y, { width: col });
    doc.text(text, x0 + col, y);
  }
  doc.x = MARGIN;
}

/** A "nice" length (1, 2 or 5 × 10^k metres) close to `target`. */
function niceLength(target: number): number {
  const p = 10 ** Math.floor(Math.log10(target));
  for (const m of [5, 2, 1]) if (m * p <= target) return m * p;
  return p;
}

function zoneFigure(doc: Doc, z: ZoneRow, index: number, a: EmAdviceRow): void {
  const boxW = doc.page.width - 2 * MARGIN;
  const boxH = 300;
  if (doc.y > doc.page.height - MARGIN - boxH - 120) doc.addPage();
  doc.x = MARGIN;
  const kind =
    z.kind === 'exclusion' ? 'locatieverbod (verboden gebied)' : 'gebiedsgebod (toegestaan gebied)';
  doc
    .moveDown(0.6)
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(`Zone ${index + 1}: ${z.label}`);
  doc.font('Helvetica').fontSize(10);
  doc.text(
    `Soort: ${kind}. ` +
      (z.radiusMeters !== null ? `Cirkel met een straal van ${metres(z.radiusMeters)}.` : 'Veelhoek.') +
      (z.victimMarginMeters !== null
        ? ` Afstand van het adres van het slachtoffer tot de rand van de zone: ${
            z.victimMarginMeters >= 0
              ? metres(z.victimMarginMeters)
              : `${metres(-z.victimMarginMeters)} (buiten de zone)`
          }.`
        : ''),
  );

  const victim: Rd | null = a.victimRd;
  const home: Rd | null = a.intendedRd;
  // Everything the picture must show, in RD metres.
  const pts: [number, number][] = [];
  if (z.centreRd && z.radiusMeters !== null) {
    const [cx, cy] = z.centreRd;
    pts.push([cx - z.radiusMeters, cy - z.radiusMeters], [cx + z.radiusMeters, cy + z.radiusMeters]);
  } else {
    for (const ring of z.ringsRd) pts.push(...ring);
  }
  if (victim) pts.push([victim.x - 5000, victim.y - 5000], [victim.x + 5000, victim.y + 5000]);
  if (home) pts.push([home.x, home.y]);
  let minX = Math.min(...pts.map((p) => p[0]));
  let maxX = Math.max(...pts.map((p) => p[0]));
  let minY = Math.min(...pts.map((p) => p[1]));
  let maxY = Math.max(...pts.map((p) => p[1]));
  const pad = Math.max(maxX - minX, maxY - minY, 200) * 0.08;
  minX -= pad;
  maxX += pad;
  minY -= pad;
  maxY += pad;
  const s = Math.min(boxW / (maxX - minX), boxH / (maxY - minY));
  const bx = MARGIN;
  const by = doc.y + 6;
  const offX = (boxW - (maxX - minX) * s) / 2;
  const offY = (boxH - (maxY - minY) * s) / 2;
  const X = (x: number) => bx + offX + (x - minX) * s;
  const Y = (y: number) => by + boxH - offY - (y - minY) * s;

  doc.save();
  doc.rect(bx, by, boxW, boxH).lineWidth(0.75).strokeColor(COLOURS.rule).stroke();
  doc.rect(bx, by, boxW, boxH).clip();

  const colour = z.kind === 'exclusion' ? COLOURS.exclusion : COLOURS.inclusion;
  doc.lineWidth(1.2).strokeColor(colour).fillColor(colour);
  if (z.centreRd && z.radiusMeters !== null) {
    doc.circle(X(z.centreRd[0]), Y(z.centreRd[1]), z.radiusMeters * s);
  } else {
    for (const ring of z.ringsRd) {
      ring.forEach(([x, y], i) => (i === 0 ? doc.moveTo(X(x), Y(y)) : doc.lineTo(X(x), Y(y))));
      doc.closePath();
    }
  }
  doc.fillOpacity(0.2).fillAndStroke(colour, colour, 'even-odd').fillOpacity(1);

  if (victim) {
    doc.save().lineWidth(1).strokeColor(COLOURS.victim).dash(6, { space: 4 });
    doc.circle(X(victim.x), Y(victim.y), 5000 * s).stroke();
    doc.undash().restore();
    const vx = X(victim.x);
    const vy = Y(victim.y);
    doc.circle(vx, vy, 4).fillColor(COLOURS.victim).fill();
    doc
      .fontSize(8)
      .fillColor(COLOURS.victim)
      .text('slachtoffer', vx + 6, vy - 4, { lineBreak: false });
  }
  if (home) {
    const hx = X(home.x);
    const hy = Y(home.y);
    doc
      .rect(hx - 3.5, hy - 3.5, 7, 7)
      .fillColor(COLOURS.home)
      .fill();
    doc
      .fontSize(8)
      .fillColor(COLOURS.home)
      .text('verblijfsadres', hx + 6, hy - 4, { lineBreak: false });
  }

  // Scale bar, bottom left.
  const L = niceLength(boxW / 4 / s);
  const sx = bx + 12;
  const sy = by + boxH - 16;
  doc
    .lineWidth(2)
    .strokeColor(COLOURS.text)
    .moveTo(sx, sy)
    .lineTo(sx + L * s, sy)
    .stroke();
  doc
    .lineWidth(1)
    .moveTo(sx, sy - 4)
    .lineTo(sx, sy + 4)
    .moveTo(sx + L * s, sy - 4)
    .lineTo(sx + L * s, sy + 4)
    .stroke();
  doc
    .fontSize(8)
    .fillColor(COLOURS.text)
    .text(L >= 1000 ? `${L / 1000} km` : `${L} m`, sx, sy - 14, { lineBreak: false });

  // North arrow, top right (RD New grid north).
  const nx = bx + boxW - 20;
  const ny = by + 14;
  doc
    .moveTo(nx, ny)
    .lineTo(nx - 6, ny + 18)
    .lineTo(nx, ny + 13)
    .lineTo(nx + 6, ny + 18)
    .closePath()
    .fillColor(COLOURS.text)
    .fill();
  doc.fontSize(9).text('N', nx - 3, ny + 20, { lineBreak: false });
  doc.restore();

  // Legend.
  let ly = by + boxH + 8;
  const legend: [string, (x: number, y: number) => void][] = [
    [
      z.kind === 'exclusion' ? 'Verboden gebied (locatieverbod)' : 'Toegestaan gebied (gebiedsgebod)',
      (x, y) => doc.rect(x, y, 12, 8).fillOpacity(0.2).fillAndStroke(colour, colour).fillOpacity(1),
    ],
  ];
  if (victim) {
    legend.push([
      'Adres van het slachtoffer',
      (x, y) =>
        doc
          .circle(x + 6, y + 4, 3.5)
          .fillColor(COLOURS.victim)
          .fill(),
    ]);
    legend.push([
      'Cirkel van 5 km rond het adres van het slachtoffer',
      (x, y) => {
        doc
          .save()
          .lineWidth(1)
          .strokeColor(COLOURS.victim)
          .dash(3, { space: 2 })
          .moveTo(x, y + 4)
          .lineTo(x + 12, y + 4)
          .stroke();
        doc.undash().restore();
      },
    ]);
  }
  if (home)
    legend.push([
      'Beoogd verblijfsadres',
      (x, y) =>
        doc
          .rect(x + 2.5, y + 0.5, 7, 7)
          .fillColor(COLOURS.home)
          .fill(),
    ]);
  legend.push([
    `Schaal 1 : ${new Intl.NumberFormat('nl-NL').format(Math.round(1 / (s / (72 / 0.0254))))} (RD New, EPSG:28992)`,
    () => undefined,
  ]);
  for (const [text, swatch] of legend) {
    swatch(MARGIN, ly);
    doc
      .fontSize(9)
      .fillColor(COLOURS.text)
      .text(text, MARGIN + 18, ly, { lineBreak: false });
    ly += 13;
  }
  doc.x = MARGIN;
  doc.y = ly + 6;
  doc.fontSize(10);
}
