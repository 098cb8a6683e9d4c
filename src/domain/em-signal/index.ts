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

// --- Configuration by the 3RO functional administrator -------------------------------------------------------

export type RuleKind = SignalRule['kind'];

/** The parameters each kind of rule takes; any other key is refused. */
export const RULE_PARAMETER_KEYS: Record<RuleKind, readonly string[]> = {
  OFFENCE: ['keywords', 'flags'],
  CASE_PROFILE: ['profileField', 'keywords', 'flags'],
};

export const KEYWORD_MAX_LENGTH = 100;
export const LIST_MAX_ITEMS = 100;
const FLAG_PATTERN = /^[A-Z][A-Z_]{1,49}$/;

/** One problem with a proposed change, naming the field (`parameters.keywords.2`) as the API reports it. */
export interface RuleFieldProblem {
  name: string;
  code: string;
  detail: string;
}

function listProblems(
  name: string,
  value: unknown,
  item: (s: string) => string | null,
  key: (s: string) => string,
): RuleFieldProblem[] {
  if (!Array.isArray(value)) return [{ name, code: 'type', detail: `${name} must be a list of texts` }];
  const problems: RuleFieldProblem[] = [];
  if (value.length > LIST_MAX_ITEMS)
    problems.push({ name, code: 'maxItems', detail: `${name} has more than ${LIST_MAX_ITEMS} entries` });
  const seen = new Map<string, number>();
  value.forEach((v, i) => {
    const at = `${name}.${i}`;
    if (typeof v !== 'string') {
      problems.push({ name: at, code: 'type', detail: `${at} must be a text` });
      return;
    }
    if (v.trim() === '') {
      problems.push({ name: at, code: 'empty', detail: `${at} is empty` });
      return;
    }
    const bad = item(v.trim());
    if (bad) {
      problems.push({ name: at, code: 'format', detail: `${at} ${bad}` });
      return;
    }
    const k = key(v.trim());
    const first = seen.get(k);
    if (first !== undefined) {
      problems.push({
        name: at,
        code: 'duplicate',
        detail: `${at} repeats ${name}.${first} ("${v.trim()}")`,
      });
    } else seen.set(k, i);
  });
  return problems;
}

/**
 * Every problem with proposed parameters for a rule of this kind, each naming its field. A CASE_PROFILE rule
 * keeps the profile field it was set up with (the rule's description speaks of it); an OFFENCE rule needs
 * at least one keyword, for that is what makes it an offence rule.
 */
export function ruleParameterProblems(
  kind: RuleKind,
  parameters: unknown,
  current: SignalRule['parameters'],
): RuleFieldProblem[] {
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    return [{ name: 'parameters', code: 'type', detail: 'parameters must be an object' }];
  }
  const p = parameters as Record<string, unknown>;
  const problems: RuleFieldProblem[] = [];
  for (const key of Object.keys(p)) {
    if (!RULE_PARAMETER_KEYS[kind].includes(key)) {
      problems.push({
        name: `parameters.${key}`,
        code: 'unknown',
        detail: `parameters.${key} is not a parameter of a ${kind} rule (allowed: ${RULE_PARAMETER_KEYS[kind].join(', ')})`,
      });
    }
  }
  if (p.keywords !== undefined) {
    problems.push(
      ...listProblems(
        'parameters.keywords',
        p.keywords,
        (s) => (s.length > KEYWORD_MAX_LENGTH ? `is longer than ${KEYWORD_MAX_LENGTH} characters` : null),
        normalise,
      ),
    );
  }
  if (p.flags !== undefined) {
    problems.push(
      ...listProblems(
        'parameters.flags',
        p.flags,
        (s) => (FLAG_PATTERN.test(s) ? null : 'must be a risk flag code in capitals, such as STALKING'),
        (s) => s,
      ),
    );
  }
  if (kind === 'OFFENCE' && (!Array.isArray(p.keywords) || p.keywords.length === 0)) {
    if (!problems.some((x) => x.name === 'parameters.keywords')) {
      problems.push({
        name: 'parameters.keywords',
        code: 'required',
        detail: 'an OFFENCE rule needs at least one keyword',
      });
    }
  }
  if (kind === 'CASE_PROFILE') {
    if (p.profileField === undefined) {
      problems.push({
        name: 'parameters.profileField',
        code: 'required',
        detail: `parameters.profileField is required (${current.profileField ?? 'a case-profile field'})`,
      });
    } else if (p.profileField !== current.profileField) {
      problems.push({
        name: 'parameters.profileField',
        code: 'fixed',
        detail: `parameters.profileField of this rule is ${current.profileField ?? 'fixed'} and cannot change`,
      });
    }
  }
  return problems;
}

/** Parameters as stored: keywords and flags trimmed, keys in a stable order. */
export function cleanParameters(p: SignalRule['parameters']): SignalRule['parameters'] {
  return {
    ...(p.profileField !== undefined ? { profileField: p.profileField } : {}),
    ...(p.keywords !== undefined ? { keywords: p.keywords.map((k) => k.trim()) } : {}),
    ...(p.flags !== undefined ? { flags: p.flags.map((f) => f.trim()) } : {}),
  };
}
