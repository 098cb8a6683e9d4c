import { timeWindowProblems } from '../../domain/em-advice/time-windows.js';
import type { Queryable } from '../../platform/db/index.js';
import type { FieldError } from '../../platform/http/problem.js';
import type { ZonesInput } from './schemas.js';
import * as store from './store.js';

// Zone and time-window validation, the home-inside-zone check and the 5 km rule (decision 0005,
// docs/em-advice.md): for a proposed set of zones, and again for stored zones when an address changes.

/** With police response, every exclusion zone keeps the client at least this far from the victim. */
export const POLICE_RESPONSE_MIN_METERS = 5000;

const metres = (m: number) =>
  `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(Math.round(m * 100) / 100)} m`;

const centimetres = (m: number) => Math.round(m * 100) / 100;

/** Why a victim margin fails the 5 km rule (Dutch), or null when it passes. */
function fiveKmProblem(marginMeters: number): string | null {
  const margin = centimetres(marginMeters);
  if (margin < 0) {
    return `met politieopvolging moet het adres van het slachtoffer in het verbodsgebied liggen, op minstens 5 km van de rand; het ligt erbuiten, op ${metres(-margin)} van de rand`;
  }
  if (margin < POLICE_RESPONSE_MIN_METERS) {
    return `met politieopvolging moet het verbodsgebied de cliënt op minstens 5 km van het adres van het slachtoffer houden; gemeten afstand van het slachtofferadres tot de rand van de zone: ${metres(margin)}`;
  }
  return null;
}

/**
 * Checks a proposal of zones, time windows and police response as a whole: every bad zone and window is named
 * at once. Returns the zones to store when `errors` is empty.
 */
export async function checkZones(
  tx: Queryable,
  orderId: string,
  input: ZonesInput,
): Promise<{ zones: store.NewZone[]; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const err = (name: string, code: string, detail: string) => errors.push({ name, in: 'body', code, detail });
  let homeUnknownReported = false;
  let victimUnknownReported = false;
  const zones: store.NewZone[] = [];
  for (const [i, z] of input.zones.entries()) {
    const at = `zones.${i}`;
    const g = z.geometry;
    let radius: number | null = null;
    let structural = false;
    if (g.type === 'Point') {
      if (z.radiusMeters === undefined) {
        err(`${at}.radiusMeters`, 'required', 'een cirkel heeft een straal (radiusMeters) nodig');
        structural = true;
      } else if (!(Number.isFinite(z.radiusMeters) && z.radiusMeters > 0)) {
        err(
          `${at}.radiusMeters`,
          'range',
          `de straal moet groter dan 0 m zijn (ontvangen: ${z.radiusMeters})`,
        );
        structural = true;
      } else {
        radius = z.radiusMeters;
      }
    } else {
      if (z.radiusMeters !== undefined) {
        err(`${at}.radiusMeters`, 'not-allowed', 'alleen een cirkel (GeoJSON Point) heeft een straal');
        structural = true;
      }
      for (const [r, ring] of g.coordinates.entries()) {
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (ring.length < 4) {
          err(
            `${at}.geometry`,
            'geometry',
            `ring ${r} heeft minstens 4 punten nodig (de eerste herhaald als laatste)`,
          );
          structural = true;
        } else if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
          err(
            `${at}.geometry`,
            'geometry',
            `ring ${r} is niet gesloten: het laatste punt moet gelijk zijn aan het eerste`,
          );
          structural = true;
        }
      }
    }
    if (structural) continue;
    const r = await store.analyseZone(tx, orderId, g, radius);
    if (r.invalid) {
      err(`${at}.geometry`, 'invalid', `ongeldige geometrie: ${r.invalid}`);
      continue;
    }
    if (!r.insideNl) {
      err(`${at}.geometry`, 'outside-nl', 'de zone ligt (deels) buiten Nederland');
      continue;
    }
    if (z.kind === 'exclusion') {
      if (r.homeInside === true) {
        err(
          `${at}.geometry`,
          'home-inside',
          'het beoogde verblijfsadres van de cliënt ligt in dit verbodsgebied',
        );
      } else if (r.homeInside === null && !homeUnknownReported) {
        homeUnknownReported = true;
        err(
          'intendedAddress.location',
          'required',
          'de locatie van het beoogde verblijfsadres ontbreekt, dus kan niet worden gecontroleerd dat het buiten elk verbodsgebied ligt',
        );
      }
      if (input.policeResponse) {
        if (r.victimMarginMeters === null) {
          if (!victimUnknownReported) {
            victimUnknownReported = true;
            err(
              'policeResponse',
              'victim-location',
              'politieopvolging vraagt de locatie van het adres van het slachtoffer, en die ontbreekt',
            );
          }
        } else {
          const problem = fiveKmProblem(r.victimMarginMeters);
          if (problem) err(`${at}.geometry`, 'five-km', problem);
        }
      }
    }
    zones.push({ label: z.label.trim(), kind: z.kind, geometry: g, radiusMeters: radius });
  }
  for (const p of timeWindowProblems(input.timeWindows)) {
    const name = p.field === 'end' ? `timeWindows.${p.index}.end` : `timeWindows.${p.index}`;
    err(name, p.code, p.detail);
  }
  return { zones, errors };
}

/** The stored exclusion zones a new intended home would lie in, as errors on `location`. */
export async function homeInStoredZones(
  tx: Queryable,
  orderId: string,
  home: { lat: number; lon: number },
): Promise<FieldError[]> {
  const zones = await store.storedExclusionZonesAt(tx, orderId, home);
  return zones
    .filter((z) => z.containsPoint)
    .map((z) => ({
      name: 'location',
      in: 'body',
      code: 'home-inside',
      detail: `het nieuwe verblijfsadres ligt in verbodsgebied ‘${z.label}’ (zone ${z.position + 1}); pas eerst de zones aan of kies een ander adres`,
    }));
}

/** With police response stored, the exclusion zones a new victim address would break the 5 km rule for. */
export async function victimBreaksStoredZones(
  tx: Queryable,
  orderId: string,
  policeResponse: boolean,
  victim: { lat: number; lon: number },
): Promise<FieldError[]> {
  if (!policeResponse) return [];
  const zones = await store.storedExclusionZonesAt(tx, orderId, victim);
  const errors: FieldError[] = [];
  for (const z of zones) {
    const problem = fiveKmProblem(z.marginMeters);
    if (problem) {
      errors.push({
        name: 'location',
        in: 'body',
        code: 'five-km',
        detail: `verbodsgebied ‘${z.label}’ (zone ${z.position + 1}): ${problem}; pas eerst de zones aan`,
      });
    }
  }
  return errors;
}
