import type { FieldError, Problem } from './types';

/** A failed API call, with a Dutch message for the page and one Dutch message per bad field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem: Problem | null,
    /** Dutch message per field name (`text`, `occurredAt`, `conditions.0.typeCode`, …). */
    readonly fieldErrors: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The API wants a reason for this look (inspectors), as a 400 or 403 naming the `reason` field. */
  get needsReason(): boolean {
    if (this.status !== 400 && this.status !== 403) return false;
    if (this.problem?.errors?.some((e) => e.name === 'reason')) return true;
    return /\breason\b/i.test(this.problem?.detail ?? '');
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'De invoer is niet volledig of niet juist. Controleer de gemarkeerde velden.',
  401: 'U bent niet (meer) ingelogd. Log opnieuw in.',
  403: 'U heeft geen toegang tot deze gegevens of deze handeling.',
  404: 'Niet gevonden. De gegevens bestaan niet of vallen buiten uw organisatie.',
  409: 'Dit botst met de huidige gegevens. Laad de pagina opnieuw en probeer het nog eens.',
  413: 'De invoer is te groot.',
  415: 'Dit soort invoer wordt niet ondersteund.',
  422: 'De gegevens kunnen zo niet worden verwerkt. Controleer de gemarkeerde velden.',
};

export function statusMessage(status: number): string {
  if (STATUS_MESSAGES[status]) return STATUS_MESSAGES[status];
  if (status >= 500)
    return 'Er ging iets mis in Regie. Probeer het later opnieuw; blijft het misgaan, meld het dan.';
  return 'Het verzoek is niet gelukt.';
}

export const NETWORK_MESSAGE = 'Regie is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.';

/** What a missing item means where "verplicht" alone does not say enough. */
const REQUIRED_BY_NAME: Record<string, string> = {
  feasibility: 'Leg eerst het haalbaarheidsonderzoek vast.',
  homeVisit: 'Leg eerst het huisbezoek vast.',
  conclusion: 'Leg eerst de conclusie vast.',
  emConsideration: 'Leg eerst vast of EM wordt geadviseerd, en zo niet, waarom.',
  reasons: 'Geef minstens één reden.',
  proposedInstallation: 'Een positief advies stelt een installatie voor (datum, tijd en plaats).',
  'proposedInstallation.placeDescription': 'Omschrijf de plaats van installatie.',
  clientResponse: 'Leg de reactie van de cliënt vast.',
  notDiscussedReason: 'Geef aan waarom het advies niet met de cliënt is besproken.',
  organisation: 'Kies een organisatie.',
  reason: 'Geef een reden op.',
  nextHearingDate: 'Geef de datum van de voortgezette zitting op.',
};

/** The Dutch message for one bad field, from the machine-readable code (the API's `detail` is English). */
export function fieldMessage(e: FieldError): string {
  const detail = e.detail ?? '';
  switch (e.code) {
    case 'required':
      if (e.name === 'reason' && e.in === 'query') return 'Geef een reden van inzage op.';
      return REQUIRED_BY_NAME[e.name] ?? dutchDetail(detail) ?? 'Dit veld is verplicht.';
    case 'minLength':
      return 'Vul dit veld in.';
    case 'maxLength':
      return 'De invoer is te lang.';
    case 'format':
      if (/date-time|date/.test(detail)) return 'Vul een geldige datum in.';
      if (/uuid/.test(detail)) return 'Kies een geldige waarde.';
      return 'Het formaat klopt niet.';
    case 'pattern':
      return 'Het formaat klopt niet.';
    case 'type':
      return 'Ongeldige waarde.';
    case 'enum':
    case 'const':
    case 'anyOf':
      return 'Kies een van de mogelijke waarden.';
    case 'minimum':
    case 'exclusiveMinimum':
      return 'De waarde is te klein.';
    case 'maximum':
    case 'exclusiveMaximum':
      return 'De waarde is te groot.';
    case 'minItems':
      return 'Voeg er minstens één toe.';
    case 'maxItems':
      return 'Dit zijn er te veel.';
    case 'unknown':
      return 'Onbekende of niet toegestane waarde.';
    case 'forbidden':
      return 'Dit mag u niet wijzigen.';
    case 'closed':
      return 'De opdracht is afgesloten.';
    case 'role':
      return 'Deze medewerker heeft geen rol voor casuswerk.';
    case 'geometry':
    case 'invalid':
    case 'five-km':
    case 'home-inside':
    case 'victim-location':
    case 'overlap':
    case 'empty':
    case 'range':
    case 'not-allowed':
      // The EM advice checks explain themselves in Dutch (docs/em-advice.md).
      return (
        dutchDetail(detail) ??
        (e.code === 'geometry' ? 'De zone is geen geldige vorm.' : 'Deze waarde is niet geldig.')
      );
    case 'outside-nl':
      return 'Deze locatie ligt (deels) buiten Nederland.';
    case 'future':
      return 'Dit tijdstip ligt in de toekomst.';
    case 'order':
      return 'Ontvangen kan niet vóór het moment van aanvragen liggen.';
    case 'ambiguous':
      return 'Kies een bestaande cliënt of vul een nieuwe cliënt in, niet allebei.';
    case 'sum':
      return 'De percentages moeten hele getallen zijn die samen precies 100 zijn.';
    case 'address':
      return 'De cliënt heeft geen actueel adres met een Nederlandse postcode: verdeel handmatig.';
    case 'client':
      return 'Deze opdracht hoort bij een andere cliënt.';
    case 'kind':
      return 'Dit soort opdracht kan hier niet.';
    case 'outcome':
      return 'Dit past niet bij de gekozen uitkomst.';
    default:
      return 'Deze waarde is niet geldig.';
  }
}

/** The detail when it is Dutch (the EM advice checks), as a sentence; else undefined. */
function dutchDetail(detail: string): string | undefined {
  if (!/\b(de|het|een|van|ligt|moet|heeft|zone|tijdvak|straal)\b/.test(detail)) return undefined;
  const s = detail.trim();
  return s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');
}

export function toApiError(status: number, problem: Problem | null): ApiError {
  const fieldErrors: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    fieldErrors[e.name] ??= fieldMessage(e);
  }
  return new ApiError(status, statusMessage(status), problem, fieldErrors);
}

/** A Dutch message for anything thrown at a page. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof TypeError) return NETWORK_MESSAGE;
  return 'Er ging iets mis. Probeer het opnieuw.';
}
