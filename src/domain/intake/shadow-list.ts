/**
 * The shadow list (schaduwlijst raadkamer): chambers hearings on the suspension of pre-trial detention
 * whose outcome may start supervision, often with EM. Pure rules for when a hearing needs attention.
 */
export const HEARING_OUTCOMES = ['SUSPENDED_WITH_CONDITIONS', 'NOT_SUSPENDED', 'ADJOURNED'] as const;
export type HearingOutcome = (typeof HEARING_OUTCOMES)[number];

export const HEARING_OUTCOME_NAMES: Record<HearingOutcome, string> = {
  SUSPENDED_WITH_CONDITIONS: 'geschorst onder voorwaarden',
  NOT_SUSPENDED: 'niet geschorst',
  ADJOURNED: 'aangehouden',
};

export interface HearingFacts {
  /** YYYY-MM-DD */
  hearingDate: string;
  outcome: HearingOutcome | null;
  orderId: string | null;
}

export type HearingSignalCode = 'OUTCOME_MISSING' | 'ORDER_MISSING';
export interface HearingSignal {
  code: HearingSignalCode;
  message: string;
}

const dateNl = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
export const formatDateNl = (date: string) => dateNl.format(new Date(`${date}T00:00:00Z`));

/**
 * Still open on the list: no outcome yet, or suspended with conditions while no supervision order is
 * linked. "Not suspended" closes the hearing; "adjourned" closes it too, continued in a new hearing.
 */
export function isOpen(h: HearingFacts): boolean {
  return h.outcome === null || (h.outcome === 'SUSPENDED_WITH_CONDITIONS' && h.orderId === null);
}

/**
 * The signal of a hearing on `today` (YYYY-MM-DD, Europe/Amsterdam): once the hearing date has passed, a
 * hearing without an outcome, or suspended with conditions without an order, is overdue.
 */
export function hearingSignal(h: HearingFacts, today: string): HearingSignal | null {
  if (!(h.hearingDate < today) || !isOpen(h)) return null;
  const date = formatDateNl(h.hearingDate);
  return h.outcome === null
    ? {
        code: 'OUTCOME_MISSING',
        message: `De raadkamerzitting van ${date} is voorbij, maar er is geen uitkomst vastgelegd.`,
      }
    : {
        code: 'ORDER_MISSING',
        message: `Geschorst onder voorwaarden op ${date}, maar er is nog geen (voorlopige) toezichtsopdracht gekoppeld.`,
      };
}
