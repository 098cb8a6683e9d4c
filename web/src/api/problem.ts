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

/** The Dutch message for one bad field, from the machine-readable code (the API's `detail` is English). */
export function fieldMessage(e: FieldError): string {
  const detail = e.detail ?? '';
  switch (e.code) {
    case 'required':
      return e.name === 'reason' ? 'Geef een reden van inzage op.' : 'Dit veld is verplicht.';
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
      return 'De zone is geen geldige vorm.';
    default:
      return 'Deze waarde is niet geldig.';
  }
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
