// Name and place material for the fictional demo population. Given names are common Dutch first names;
// family names are invented compounds, and every street is an obvious placeholder ("Proefstraat",
// "Demolaan"), so that no demo record can be mistaken for a real person.

export const GIVEN_NAMES = [
  'Jan',
  'Kees',
  'Piet',
  'Henk',
  'Mohamed',
  'Rachid',
  'Dennis',
  'Kevin',
  'Stefan',
  'Mehmet',
  'Ricardo',
  'Bas',
  'Tim',
  'Lars',
  'Niels',
  'Jeroen',
  'Sander',
  'Mustafa',
  'Anil',
  'Gerrit',
  'Wim',
  'Ronald',
  'Patrick',
  'Marco',
  'Sven',
  'Ruben',
  'Milan',
  'Jayden',
  'Dylan',
  'Nick',
  'Sara',
  'Linda',
  'Esther',
  'Naima',
  'Chantal',
  'Demi',
  'Fleur',
  'Kim',
  'Priya',
  'Yasmina',
  'Bilal',
  'Hamza',
  'Tarik',
  'Joey',
  'Romano',
  'Diego',
  'Erwin',
  'Frank',
];

const PREFIXES = ['', '', '', 'van ', 'de ', 'van der ', 'van den ', 'ter '];
const ROOTS = [
  'Proef',
  'Verzon',
  'Bedacht',
  'Fictie',
  'Oefen',
  'Demo',
  'Schets',
  'Voorbeel',
  'Model',
  'Test',
];
const SUFFIXES = [
  'berg',
  'veld',
  'hoven',
  'man',
  'sma',
  'stra',
  'beek',
  'kamp',
  'horst',
  'dijk',
  'wijk',
  'ink',
];

export const STREETS = [
  'Proefstraat',
  'Demolaan',
  'Voorbeeldweg',
  'Oefenplein',
  'Fictiefkade',
  'Testsingel',
  'Schetsgracht',
  'Modelhof',
  'Verzinpad',
  'Nepdreef',
];

/** Two-digit postcode areas by office city, so demo addresses look plausible for their region. */
export const POSTCODE_AREA: Record<string, number[]> = {
  Groningen: [97],
  Leeuwarden: [89],
  Zwolle: [80],
  Arnhem: [68],
  Utrecht: [35],
  Amersfoort: [38],
  Amsterdam: [10],
  Rotterdam: [30, 31],
  'Den Haag': [25],
  Eindhoven: [56],
  Maastricht: [62],
};

export function familyName(pick: <T>(xs: readonly T[]) => T): string {
  const prefix = pick(PREFIXES);
  return `${prefix}${pick(ROOTS)}${pick(SUFFIXES)}`;
}

export const OFFENCES: Record<string, string[]> = {
  EM_ADVICE: [
    'belaging (art. 285b Sr)',
    'huiselijk geweld',
    'bedreiging',
    'mishandeling',
    'woninginbraak',
    'straatroof',
  ],
  ADVICE: [
    'diefstal',
    'openlijke geweldpleging',
    'rijden onder invloed',
    'fraude',
    'vernieling',
    'drugshandel',
  ],
  SUPERVISION: [
    'belaging (art. 285b Sr)',
    'huiselijk geweld',
    'zedendelict',
    'mishandeling',
    'woninginbraak',
    'drugshandel',
  ],
  COMMUNITY_SERVICE: ['winkeldiefstal', 'vernieling', 'rijden zonder rijbewijs', 'eenvoudige mishandeling'],
};

export const JOURNAL_TEXTS: Record<string, string[]> = {
  CONTACT_FACE_TO_FACE: [
    'Gesprek op kantoor. Betrokkene was op tijd en werkte mee. Afspraken over dagbesteding doorgenomen.',
    'Kennismakingsgesprek gevoerd. Betrokkene begrijpt de bijzondere voorwaarden en heeft vragen gesteld over werk.',
    'Voortgangsgesprek. Betrokkene meldt dat het thuis rustig is; woonsituatie stabiel.',
  ],
  CONTACT_PHONE: [
    'Telefonisch contact: afspraak verzet naar volgende week wegens ziekte.',
    'Betrokkene belde zelf met een vraag over de meldplicht. Uitleg gegeven.',
  ],
  HOME_VISIT: [
    'Huisbezoek afgelegd met collega. Woning is geschikt; huisgenoten op de hoogte van het toezicht.',
    'Huisbezoek: betrokkene was thuis, woning op orde. Geen bijzonderheden.',
  ],
  CONSULTATION: [
    'Casusoverleg met wijkagent: geen nieuwe politiecontacten sinds de vorige rapportage.',
    'Overleg met behandelaar: betrokkene komt de afspraken na, urinecontroles negatief.',
  ],
  CASE_DISCUSSION: [
    'Casusbespreking in het team: risico ingeschat als gemiddeld; frequentie van contact blijft wekelijks.',
    'Intercollegiale toetsing van het advies: conclusie onderschreven.',
  ],
  NOTE: [
    'Stukken van het OM ontvangen en aan het dossier toegevoegd.',
    'Rapportage aan opdrachtgever verzonden.',
  ],
};
