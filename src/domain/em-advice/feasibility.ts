/**
 * The feasibility investigation (haalbaarheidsonderzoek) of an EM advice, aspect by aspect, as the
 * inspection report describes it (seed 000, §3.2 and §4.1; PRODUCT.md §3): the client, the dwelling and
 * its surroundings. Each aspect is answered YES / NO / UNKNOWN / NOT_APPLICABLE with a note. The codes are
 * the API's; the Dutch labels are what the UI and the advice document show. Not every "NO" makes the
 * advice negative: the EM specialist weighs them in the conclusion.
 */

export const FEASIBILITY_GROUPS = ['client', 'dwelling', 'surroundings'] as const;
export type FeasibilityGroup = (typeof FEASIBILITY_GROUPS)[number];

export const FEASIBILITY_GROUP_LABELS: Record<FeasibilityGroup, string> = {
  client: 'Cliënt',
  dwelling: 'Woning',
  surroundings: 'Omgeving',
};

export const ASPECT_VALUES = ['YES', 'NO', 'UNKNOWN', 'NOT_APPLICABLE'] as const;
export type AspectValue = (typeof ASPECT_VALUES)[number];

export const ASPECT_VALUE_LABELS: Record<AspectValue, string> = {
  YES: 'Ja',
  NO: 'Nee',
  UNKNOWN: 'Onbekend',
  NOT_APPLICABLE: 'Niet van toepassing',
};

export interface FeasibilityAspect {
  group: FeasibilityGroup;
  code: string;
  label: string;
}

export const FEASIBILITY_ASPECTS: readonly FeasibilityAspect[] = [
  { group: 'client', code: 'canReadClock', label: 'Cliënt kan klokkijken' },
  { group: 'client', code: 'keepsAppointments', label: 'Cliënt kan afspraken nakomen' },
  {
    group: 'client',
    code: 'canHandleCharger',
    label: 'Cliënt kan omgaan met de apparatuur (lader van de enkelband)',
  },
  {
    group: 'client',
    code: 'psychiatricProblems',
    label: 'Er is sprake van ernstige psychiatrische problematiek',
  },
  { group: 'client', code: 'addictionProblems', label: 'Er is sprake van verslavingsproblematiek' },
  { group: 'client', code: 'motivation', label: 'Cliënt is gemotiveerd en bereid mee te werken aan EM' },
  { group: 'dwelling', code: 'power', label: 'Stroomvoorziening in de woning is in orde' },
  { group: 'dwelling', code: 'mobileCoverageAllRooms', label: 'Voldoende mobiel bereik in alle ruimtes' },
  {
    group: 'dwelling',
    code: 'mainResidentConsent',
    label: 'De hoofdbewoner geeft uitdrukkelijk toestemming',
  },
  {
    group: 'dwelling',
    code: 'registeredAtAddress',
    label: 'Cliënt staat ingeschreven of kan zich inschrijven op het adres',
  },
  { group: 'dwelling', code: 'paymentArrears', label: 'Er zijn betalingsachterstanden (huur, energie)' },
  {
    group: 'dwelling',
    code: 'ownKeyOwnRoom',
    label: 'Cliënt krijgt een eigen huissleutel en een eigen kamer',
  },
  {
    group: 'dwelling',
    code: 'household',
    label: 'Gezinssamenstelling en hulpverlening in beeld, geen bezwaar',
  },
  {
    group: 'dwelling',
    code: 'residentKnowsOffence',
    label: 'De hoofdbewoner is op de hoogte van het delict',
  },
  {
    group: 'surroundings',
    code: 'victimAtSafeDistance',
    label: 'Het adres ligt op voldoende afstand van het slachtoffer',
  },
  {
    group: 'surroundings',
    code: 'noCriminalActivity',
    label: 'Geen criminele activiteiten op of rond het adres (zoals een hennepkwekerij)',
  },
  {
    group: 'surroundings',
    code: 'noPoliceObjections',
    label: 'Geen politiebevindingen die EM op dit adres onwenselijk maken',
  },
  {
    group: 'surroundings',
    code: 'safeForStaff',
    label: 'Het adres is veilig voor medewerkers (huisbezoek, installatie)',
  },
  { group: 'surroundings', code: 'gpsReception', label: 'Voldoende GPS-ontvangst in de omgeving' },
];

export const HOME_VISIT_MODES = ['PHYSICAL', 'DIGITAL'] as const;
export const HOME_VISIT_COMPANY = ['ALONE', 'IN_PAIRS'] as const;
export const HOME_VISIT_LABELS: Record<string, string> = {
  PHYSICAL: 'fysiek',
  DIGITAL: 'digitaal',
  ALONE: 'alleen',
  IN_PAIRS: 'met z’n tweeën',
};

export interface AspectAnswer {
  value: AspectValue;
  note?: string | null;
}

export type Feasibility = Partial<
  Record<FeasibilityGroup, Record<string, AspectAnswer | undefined> | undefined>
>;

/** Aspects not yet answered, or answered UNKNOWN: what is still open before the advice is complete. */
export function openAspects(feasibility: Feasibility | null | undefined): FeasibilityAspect[] {
  return FEASIBILITY_ASPECTS.filter((a) => {
    const answer = feasibility?.[a.group]?.[a.code];
    return !answer || answer.value === 'UNKNOWN';
  });
}
