/**
 * EM signal (PRODUCT.md §3): for a regular advice order whose offence or case profile suggests electronic
 * monitoring, the advisor is prompted to consider EM and must record a reason when not advising it.
 *
 * Pure and explainable: the rules are data (table `em_signal_rules`, so administrators configure keywords,
 * risk flags and which rules are active), and every signal says in Dutch which rule fired and on what.
 */

export type CaseProfileField = 'victimIdentifiable' | 'nightTime' | 'areaBound';

export const CASE_PROFILE_FIELDS: readonly CaseProfileField[] = [
  'victimIdentifiable',
  'nightTime',
  'areaBound',
];

/** Dutch wording of each case-profile field, as the explanation quotes it. */
export const CASE_PROFILE_LABELS: Record<CaseProfileField, string> = {
  victimIdentifiable: 'er is een aanwijsbaar slachtoffer',
  nightTime: 'de delicten zijn in de avond of nacht gepleegd',
  areaBound: 'de delicten zijn aan een bepaald gebied gebonden',
};

export type CaseProfile = Partial<Record<CaseProfileField, boolean>>;

export interface SignalRule {
  id: string;
  descriptionNl: string;
  kind: 'OFFENCE' | 'CASE_PROFILE';
  parameters: { keywords?: string[]; flags?: string[]; profileField?: CaseProfileField };
  active: boolean;
}

export interface SignalContext {
  offence: string | null;
  riskFlags: readonly string[];
  caseProfile: CaseProfile;
}

export interface EmSignal {
  ruleId: string;
  explanation: string;
}

/** Lower case without diacritics, so "Belaging" and "belaging" and "geweld" and "gewéld" compare alike. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The grounds on which one rule fires (empty when it does not), each a Dutch phrase. */
export function groundsOf(rule: SignalRule, ctx: SignalContext): string[] {
  const grounds: string[] = [];
  const offence = ctx.offence ? normalise(ctx.offence) : '';
  for (const keyword of rule.parameters.keywords ?? []) {
    if (offence && offence.includes(normalise(keyword))) grounds.push(`het delict noemt "${keyword}"`);
  }
  const flags = new Set(ctx.riskFlags.map((f) => f.toUpperCase()));
  for (const flag of rule.parameters.flags ?? []) {
    if (flags.has(flag.toUpperCase())) grounds.push(`de cliënt heeft het risicosignaal ${flag}`);
  }
  const field = rule.parameters.profileField;
  if (field && ctx.caseProfile[field] === true)
    grounds.push(`in het zaakprofiel staat: ${CASE_PROFILE_LABELS[field]}`);
  return grounds;
}

/** Every active rule that fires, in the rules' order, with a Dutch explanation of why. */
export function emSignals(rules: readonly SignalRule[], ctx: SignalContext): EmSignal[] {
  const signals: EmSignal[] = [];
  for (const rule of rules) {
    if (!rule.active) continue;
    const grounds = groundsOf(rule, ctx);
    if (grounds.length === 0) continue;
    signals.push({ ruleId: rule.id, explanation: `${rule.descriptionNl}. Reden: ${grounds.join('; ')}.` });
  }
  return signals;
}
