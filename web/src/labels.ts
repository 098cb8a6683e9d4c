// Dutch names for the API's codes (GLOSSARY.md: English in code, Dutch in the UI).
import type { JournalKind, OrderKind, OrderStatus, Principal } from './api/types';

const or = (map: Record<string, string>, code: string | null | undefined, fallback = '—'): string =>
  code ? (map[code] ?? code) : fallback;

export const ROLE_LABELS: Record<string, string> = {
  em_specialist: 'EM-specialist',
  em_coordinator: 'EM-coördinator',
  probation_advisor: 'Reclasseringsadviseur',
  supervisor: 'Toezichthouder',
  quality_officer: 'Kwaliteitsmedewerker',
  administrator: 'Beheerder',
  intake_officer: 'Medewerker instroompunt',
  monitoring_operator: 'Medewerker monitoringcentrum',
  inspector: 'Inspecteur',
};
export const roleLabel = (r: string) => or(ROLE_LABELS, r);
export const rolesLabel = (roles: string[]) => roles.map(roleLabel).join(', ');

/** The three probation organisations (3RO): what the intake point distributes over. */
export const PROBATION_ORGANISATIONS: Record<string, string> = {
  RN: 'Reclassering Nederland',
  SVG: 'Stichting Verslavingsreclassering GGZ',
  LJR: 'Leger des Heils Jeugdbescherming & Reclassering',
};
export const ORGANISATION_LABELS: Record<string, string> = {
  ...PROBATION_ORGANISATIONS,
  LIP: 'Landelijk Instroompunt 3RO',
  DVO: 'Monitoringcentrum DV&O',
  IJV: 'Inspectie Justitie en Veiligheid',
};
/** Display order: the 3RO first, then the national organisations. */
export const organisationOrder = (code: string) => {
  const i = Object.keys(ORGANISATION_LABELS).indexOf(code);
  return i < 0 ? 99 : i;
};
export const organisationLabel = (code: string | null | undefined) => or(ORGANISATION_LABELS, code);

export const ORDER_KIND_LABELS: Record<OrderKind, string> = {
  ADVICE: 'Adviesopdracht',
  EM_ADVICE: 'Deeladvies EM',
  SUPERVISION: 'Toezicht',
  COMMUNITY_SERVICE: 'Werkstraf',
};
export const orderKindLabel = (k: string) => or(ORDER_KIND_LABELS, k);

export const PRINCIPAL_LABELS: Record<Principal, string> = {
  OM: 'Openbaar Ministerie',
  COURT: 'Rechtspraak',
  DJI: 'Dienst Justitiële Inrichtingen',
  CVVI: 'CVv.i.',
  RVDK: 'Raad voor de Kinderbescherming',
};
export const PRINCIPAL_SHORT: Record<Principal, string> = {
  OM: 'OM',
  COURT: 'Rechtspraak',
  DJI: 'DJI',
  CVVI: 'CVv.i.',
  RVDK: 'RvdK',
};
export const principalLabel = (p: string) => or(PRINCIPAL_LABELS, p);
export const principalShort = (p: string) => or(PRINCIPAL_SHORT, p);

export const LEGAL_FRAMEWORK_LABELS: Record<string, string> = {
  SUSPENDED_DETENTION: 'Schorsing voorlopige hechtenis',
  CONDITIONAL_RELEASE: 'Voorwaardelijke invrijheidstelling (v.i.)',
  SUSPENDED_SENTENCE: 'Voorwaardelijke straf',
  LEAVE: 'Verlof',
  PENITENTIARY_PROGRAMME: 'Penitentiair programma',
  ELECTRONIC_DETENTION: 'Elektronische detentie',
  CONDITIONAL_DISMISSAL: 'Voorwaardelijk sepot',
  BEHAVIOURAL_MEASURE: 'Gedragsbeïnvloedende maatregel',
};
export const legalFrameworkLabel = (f: string) => or(LEGAL_FRAMEWORK_LABELS, f);

export const STATUS_LABELS: Record<OrderStatus, string> = {
  RECEIVED: 'Ontvangen',
  DISTRIBUTED: 'Verdeeld',
  ASSIGNED: 'Toegewezen',
  IN_PROGRESS: 'In behandeling',
  COMPLETED: 'Afgerond',
  CANCELLED: 'Vervallen',
};
export const statusLabel = (s: string) => or(STATUS_LABELS, s);

export const JOURNAL_KIND_LABELS: Record<JournalKind, string> = {
  CONTACT_FACE_TO_FACE: 'Persoonlijk contact',
  CONTACT_PHONE: 'Telefonisch contact',
  HOME_VISIT: 'Huisbezoek',
  CONSULTATION: 'Overleg met ketenpartner',
  CASE_DISCUSSION: 'Casuïstiekbespreking',
  NOTE: 'Notitie',
};
export const journalKindLabel = (k: string) => or(JOURNAL_KIND_LABELS, k);

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'client.read': 'Dossier geopend',
  'client.create': 'Cliënt geregistreerd',
  'client.search': 'Cliënten gezocht',
  'order.list': 'Opdrachten bekeken',
  'order.read': 'Opdracht bekeken',
  'order.create': 'Opdracht geregistreerd',
  'order.assign': 'Opdracht verdeeld of toegewezen',
  'journal.list': 'Journaal bekeken',
  'journal.create': 'Journaalregel toegevoegd',
  'audit.read': 'Inzageoverzicht bekeken',
  'em-request.create': 'EM-aanvraag geregistreerd',
  'em-advice.read': 'EM-advies bekeken',
  'em-advice.feasibility': 'Haalbaarheidsonderzoek vastgelegd',
  'em-advice.police-information': 'Politie-informatie vastgelegd',
  'em-advice.zones': 'Zones en tijden vastgelegd',
  'em-advice.conclusion': 'Conclusie vastgelegd',
  'em-advice.document': 'Adviesdocument geopend',
  'em-advice.send': 'Advies verzonden',
  'em-signal.read': 'EM-signaal bekeken',
  'em-consideration.record': 'EM-overweging vastgelegd',
  'order.distribute': 'Opdracht verdeeld',
  'order.complete': 'Opdracht afgerond',
};
export const auditActionLabel = (a: string) => or(AUDIT_ACTION_LABELS, a);

export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
/** ISO weekday: 1 = maandag … 7 = zondag. */
export const weekdayLabel = (n: number) => WEEKDAYS[n - 1] ?? `dag ${n}`;

export const RISK_FLAG_LABELS: Record<string, string> = {
  VIOLENCE: 'Geweld',
  DOMESTIC_VIOLENCE: 'Huiselijk geweld',
  SEXUAL_OFFENCE: 'Zedendelict',
  ADDICTION: 'Verslaving',
  HOMELESS: 'Dakloos',
  WEAPONS: 'Wapens',
  STALKING: 'Stalking',
  VICTIM_PRESENT: 'Slachtoffer in beeld',
  HIGH_RISK: 'Hoog risico',
};
export const riskFlagLabel = (f: string) => or(RISK_FLAG_LABELS, f, f).replace(/_/g, ' ');

export const HEARING_OUTCOME_LABELS: Record<string, string> = {
  SUSPENDED_WITH_CONDITIONS: 'Geschorst met voorwaarden',
  NOT_SUSPENDED: 'Niet geschorst',
  ADJOURNED: 'Aangehouden',
};
export const hearingOutcomeLabel = (o: string | null) => or(HEARING_OUTCOME_LABELS, o, 'nog geen uitkomst');

export const DISTRIBUTION_RULE_LABELS: Record<string, string> = {
  EARLIER_INVOLVEMENT: 'Eerdere betrokkenheid',
  ADDICTION: 'Verslavingsproblematiek',
  HOMELESSNESS: 'Dakloosheid',
  DISTRIBUTION_KEY: 'Verdeelsleutel',
  MANUAL: 'Handmatig',
};
export const distributionRuleLabel = (r: string) => or(DISTRIBUTION_RULE_LABELS, r);

export const POLICE_STATUS_LABELS: Record<string, string> = {
  NOT_REQUESTED: 'niet aangevraagd',
  PENDING: 'aangevraagd, nog niet ontvangen',
  OVERDUE: 'niet ontvangen, termijn verstreken',
  RECEIVED: 'ontvangen',
};

export const INSTALLATION_PLACE_LABELS: Record<string, string> = {
  PRISON: 'In de penitentiaire inrichting',
  ADDRESS: 'Op het verblijfsadres',
  OTHER: 'Elders',
};

export const HOME_VISIT_MODE_LABELS: Record<string, string> = { PHYSICAL: 'Fysiek', DIGITAL: 'Digitaal' };
export const HOME_VISIT_COMPANY_LABELS: Record<string, string> = {
  ALONE: 'Alleen',
  IN_PAIRS: 'Met z’n tweeën',
};

export const EM_SIGNAL_LABELS: Record<string, string> = {
  STALKING: 'Belaging / stalking',
  DOMESTIC_VIOLENCE: 'Huiselijk geweld',
  VICTIM_IDENTIFIABLE: 'Identificeerbaar slachtoffer',
  NIGHT_TIME: 'Delict ’s nachts',
  AREA_BOUND: 'Gebiedsgebonden delict',
};
export const emSignalLabel = (r: string) => or(EM_SIGNAL_LABELS, r, r);

export const CASE_PROFILE_LABELS: Record<'victimIdentifiable' | 'nightTime' | 'areaBound', string> = {
  victimIdentifiable: 'Er is een identificeerbaar slachtoffer',
  nightTime: 'Het delict vond ’s nachts plaats',
  areaBound: 'Het delict is gebonden aan een gebied (uitgaansgebied, winkelcentrum, stadion)',
};

export const EXPERTISE_LABELS: Record<string, string> = {
  SEXUAL_OFFENCES: 'zedendelicten',
  HIGH_RISK: 'hoog risico',
};
export const expertiseLabel = (e: string) => or(EXPERTISE_LABELS, e, e);

export const ZONE_KIND_LABELS: Record<string, string> = {
  exclusion: 'Verbodsgebied (uitsluiting)',
  inclusion: 'Gebiedsgebod (insluiting)',
};

const INTAKE_REGIONS: Record<string, string> = {
  NOORD: 'Noord',
  OOST: 'Oost',
  MIDDEN: 'Midden',
  WEST: 'West',
  ZUID: 'Zuid',
};
export const intakeRegionLabel = (code: string) => INTAKE_REGIONS[code] ?? code;
