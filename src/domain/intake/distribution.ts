import { INTAKE_REGION_NAMES, type IntakeRegion } from './regions.js';

/**
 * Distribution of an order over the three probation organisations (3RO). Pure: the caller supplies the
 * client's facts, the region's key and how many orders of that region each organisation already received.
 *
 * Content rules come first, in a fixed precedence; each is an explicit, explainable rule (id, Dutch
 * description, `applies`, and the organisation plus a one-line explanation). When no rule applies, the
 * region's distribution key decides by the largest deficit: the organisation furthest below its share,
 * given the counts so far, gets the order. Rule-driven orders count too, so the key's shares hold overall.
 */

export const PROBATION_ORGANISATIONS = ['RN', 'SVG', 'LJR'] as const;
export type ProbationOrganisation = (typeof PROBATION_ORGANISATIONS)[number];

/** How the organisations are written for users. */
export const ORGANISATION_LABELS: Record<ProbationOrganisation, string> = {
  RN: 'RN',
  SVG: 'SVG',
  LJR: 'LJ&R',
};

export type Shares = Record<ProbationOrganisation, number>;
export type Counts = Record<ProbationOrganisation, number>;

export interface EarlierInvolvement {
  organisation: string;
  year: number;
  kind: string;
}

/** The facts about a client that the content rules read. */
export interface DistributionContext {
  riskFlags: readonly string[];
  earlierInvolvement: readonly EarlierInvolvement[];
  /**
   * The year of the decision. When given, earlier involvement counts only within
   * EARLIER_INVOLVEMENT_WINDOW_YEARS before it; without it, every earlier involvement counts.
   */
  referenceYear?: number;
}

export type RuleId = 'EARLIER_INVOLVEMENT' | 'ADDICTION' | 'HOMELESSNESS' | 'DISTRIBUTION_KEY' | 'MANUAL';

export interface DistributionRule {
  id: Exclude<RuleId, 'DISTRIBUTION_KEY' | 'MANUAL'>;
  /** What the rule says, in Dutch, for the documentation and the administrator's screen. */
  description: string;
  applies(ctx: DistributionContext): boolean;
  /** Only called when `applies` is true. */
  decide(ctx: DistributionContext): { organisation: ProbationOrganisation; explanation: string };
}

export interface DistributionDecision {
  organisation: ProbationOrganisation;
  rule: RuleId;
  explanation: string;
}

export const ADDICTION_FLAG = 'ADDICTION';
export const HOMELESSNESS_FLAG = 'HOMELESSNESS';
export const EARLIER_INVOLVEMENT_WINDOW_YEARS = 5;

const KIND_NL: Record<string, string> = {
  SUPERVISION: 'toezicht',
  ADVICE: 'advies',
  EM_ADVICE: 'deeladvies EM',
  COMMUNITY_SERVICE: 'werkstraf',
};

const isProbationOrganisation = (s: string): s is ProbationOrganisation =>
  (PROBATION_ORGANISATIONS as readonly string[]).includes(s);

/**
 * The earlier involvement that decides, if any: the most recent one (within the window) wins, provided
 * exactly one organisation was involved in that most recent year. Two organisations in the same year is
 * ambiguous, and the rule then does not apply.
 */
export function decisiveInvolvement(ctx: DistributionContext): EarlierInvolvement | undefined {
  const relevant = ctx.earlierInvolvement.filter(
    (e) =>
      isProbationOrganisation(e.organisation) &&
      (ctx.referenceYear === undefined ||
        (e.year <= ctx.referenceYear && ctx.referenceYear - e.year <= EARLIER_INVOLVEMENT_WINDOW_YEARS)),
  );
  if (relevant.length === 0) return undefined;
  const latestYear = Math.max(...relevant.map((e) => e.year));
  const latest = relevant.filter((e) => e.year === latestYear);
  const organisations = new Set(latest.map((e) => e.organisation));
  return organisations.size === 1 ? latest[0] : undefined;
}

/** The content rules, in order of precedence: the first that applies decides. */
export const CONTENT_RULES: readonly DistributionRule[] = [
  {
    id: 'EARLIER_INVOLVEMENT',
    description:
      'Eerdere betrokkenheid: was precies één reclasseringsorganisatie de laatste vijf jaar eerder betrokken ' +
      '(de meest recente telt), dan gaat de opdracht naar die organisatie, voor de continuïteit van de begeleiding.',
    applies: (ctx) => decisiveInvolvement(ctx) !== undefined,
    decide(ctx) {
      const e = decisiveInvolvement(ctx)!;
      const organisation = e.organisation as ProbationOrganisation;
      const kind = KIND_NL[e.kind] ?? e.kind.toLowerCase();
      return { organisation, explanation: `${ORGANISATION_LABELS[organisation]}: eerder ${kind} ${e.year}` };
    },
  },
  {
    id: 'ADDICTION',
    description: 'Verslavingsproblematiek: de opdracht gaat naar SVG, de verslavingsreclassering.',
    applies: (ctx) => ctx.riskFlags.includes(ADDICTION_FLAG),
    decide: () => ({ organisation: 'SVG', explanation: 'verslavingsproblematiek → SVG' }),
  },
  {
    id: 'HOMELESSNESS',
    description:
      'Dakloosheid: de opdracht gaat naar LJ&R (Leger des Heils), vanwege de maatschappelijke opvang.',
    applies: (ctx) => ctx.riskFlags.includes(HOMELESSNESS_FLAG),
    decide: () => ({ organisation: 'LJR', explanation: 'dakloosheid → LJ&R' }),
  },
];

/** The description of the key step, for documentation next to the content rules. */
export const DISTRIBUTION_KEY_DESCRIPTION =
  'Verdeelsleutel: geldt geen inhoudelijke regel, dan krijgt de organisatie die het verst onder haar aandeel ' +
  'in de regio zit de opdracht (alle opdrachten van de regio tellen mee, ook die door een regel zijn verdeeld).';

const ORDER_OF_TIES: Record<ProbationOrganisation, number> = { RN: 0, SVG: 1, LJR: 2 };

/**
 * The largest-deficit choice: for the next order (number n + 1), each organisation's deficit is
 * `share × (n + 1) − count`; the largest wins. Ties go to the larger share, then RN, SVG, LJ&R. An
 * organisation with share 0 never wins while another has a positive share. Deterministic, and over any run
 * of key-driven orders every organisation stays within one order of its exact share.
 */
export function chooseByDeficit(shares: Shares, counts: Counts): ProbationOrganisation {
  const total = PROBATION_ORGANISATIONS.reduce((s, o) => s + counts[o], 0);
  const sum = PROBATION_ORGANISATIONS.reduce((s, o) => s + shares[o], 0);
  if (!(sum > 0)) throw new RangeError('A distribution key needs at least one positive share');
  let best: ProbationOrganisation | undefined;
  let bestDeficit = -Infinity;
  for (const o of PROBATION_ORGANISATIONS) {
    if (shares[o] <= 0) continue;
    const deficit = (shares[o] / sum) * (total + 1) - counts[o];
    const better =
      best === undefined ||
      deficit > bestDeficit + 1e-9 ||
      (Math.abs(deficit - bestDeficit) <= 1e-9 &&
        (shares[o] > shares[best] || (shares[o] === shares[best] && ORDER_OF_TIES[o] < ORDER_OF_TIES[best])));
    if (better) {
      best = o;
      bestDeficit = deficit;
    }
  }
  return best!;
}

const nlNumber = new Intl.NumberFormat('nl-NL');
const nlPercent = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatShares = (shares: Shares) =>
  PROBATION_ORGANISATIONS.map((o) => `${ORGANISATION_LABELS[o]} ${shares[o]}`).join(' / ');

/**
 * "Verdeelsleutel regio Midden (RN 70 / SVG 20 / LJ&R 10): RN, nu 69,8% van 1.234 opdrachten": the key,
 * the chosen organisation and its share of the region's orders including this one.
 */
export function keyExplanation(
  region: IntakeRegion,
  shares: Shares,
  organisation: ProbationOrganisation,
  countsBefore: Counts,
): string {
  const total = PROBATION_ORGANISATIONS.reduce((s, o) => s + countsBefore[o], 0) + 1;
  const share = ((countsBefore[organisation] + 1) / total) * 100;
  return (
    `Verdeelsleutel regio ${INTAKE_REGION_NAMES[region]} (${formatShares(shares)}): ` +
    `${ORGANISATION_LABELS[organisation]}, nu ${nlPercent.format(share)}% van ${nlNumber.format(total)} ` +
    `${total === 1 ? 'opdracht' : 'opdrachten'}`
  );
}

/** The first content rule that applies, or undefined. */
export function applicableRule(ctx: DistributionContext): DistributionRule | undefined {
  return CONTENT_RULES.find((r) => r.applies(ctx));
}

/**
 * The automatic decision for one order: the first content rule that applies, else the key. `counts` are
 * the orders of the region distributed so far under this key (all of them, rule-driven included).
 */
export function distribute(
  ctx: DistributionContext,
  region: IntakeRegion,
  shares: Shares,
  counts: Counts,
): DistributionDecision {
  const rule = applicableRule(ctx);
  if (rule) {
    const { organisation, explanation } = rule.decide(ctx);
    return { organisation, rule: rule.id, explanation };
  }
  const organisation = chooseByDeficit(shares, counts);
  return {
    organisation,
    rule: 'DISTRIBUTION_KEY',
    explanation: keyExplanation(region, shares, organisation, counts),
  };
}

/** A manual decision by the intake officer; the reason is required and becomes the explanation. */
export function manualDecision(organisation: ProbationOrganisation, reason: string): DistributionDecision {
  const r = reason.trim();
  if (r.length < 5) throw new RangeError('A manual distribution needs a reason of at least 5 characters');
  return { organisation, rule: 'MANUAL', explanation: `Handmatig: ${r}` };
}

/** Validation of a key as the administrator enters it: whole percentages 0–100 that add up to 100. */
export function sharesProblem(shares: Partial<Record<string, unknown>>): string | undefined {
  for (const o of PROBATION_ORGANISATIONS) {
    const v = shares[o];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100) {
      return `${o} must be a whole percentage from 0 to 100`;
    }
  }
  const sum = PROBATION_ORGANISATIONS.reduce((s, o) => s + (shares[o] as number), 0);
  return sum === 100 ? undefined : `the shares add up to ${sum}, not 100`;
}

export const emptyCounts = (): Counts => ({ RN: 0, SVG: 0, LJR: 0 });
