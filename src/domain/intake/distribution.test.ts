import { describe, expect, it } from 'vitest';
import { Random } from '../../simulator/random.js';
import {
  CONTENT_RULES,
  PROBATION_ORGANISATIONS,
  chooseByDeficit,
  decisiveInvolvement,
  distribute,
  emptyCounts,
  keyExplanation,
  manualDecision,
  sharesProblem,
  type Counts,
  type DistributionContext,
  type ProbationOrganisation,
  type Shares,
} from './distribution.js';
import { INTAKE_REGIONS, type IntakeRegion } from './regions.js';

const KEY: Shares = { RN: 70, SVG: 20, LJR: 10 };
const ctx = (over: Partial<DistributionContext> = {}): DistributionContext => ({
  riskFlags: [],
  earlierInvolvement: [],
  referenceYear: 2026,
  ...over,
});

describe('content rules', () => {
  it('each rule has an id, a Dutch description, applies() and an explanation', () => {
    expect(CONTENT_RULES.map((r) => r.id)).toEqual(['EARLIER_INVOLVEMENT', 'ADDICTION', 'HOMELESSNESS']);
    for (const r of CONTENT_RULES) {
      expect(r.description.length).toBeGreaterThan(20);
      expect(typeof r.applies).toBe('function');
    }
  });

  it('addiction goes to SVG, homelessness to LJ&R', () => {
    expect(distribute(ctx({ riskFlags: ['ADDICTION'] }), 'MIDDEN', KEY, emptyCounts())).toEqual({
      organisation: 'SVG',
      rule: 'ADDICTION',
      explanation: 'verslavingsproblematiek → SVG',
    });
    expect(distribute(ctx({ riskFlags: ['HOMELESSNESS'] }), 'MIDDEN', KEY, emptyCounts())).toEqual({
      organisation: 'LJR',
      rule: 'HOMELESSNESS',
      explanation: 'dakloosheid → LJ&R',
    });
  });

  it('precedence: earlier involvement, then addiction, then homelessness', () => {
    const all = ctx({
      riskFlags: ['HOMELESSNESS', 'ADDICTION'],
      earlierInvolvement: [{ organisation: 'RN', year: 2024, kind: 'SUPERVISION' }],
    });
    expect(distribute(all, 'WEST', KEY, emptyCounts())).toMatchObject({
      organisation: 'RN',
      rule: 'EARLIER_INVOLVEMENT',
      explanation: 'RN: eerder toezicht 2024',
    });
    expect(distribute({ ...all, earlierInvolvement: [] }, 'WEST', KEY, emptyCounts()).rule).toBe('ADDICTION');
  });

  it('earlier involvement: the most recent wins; a tie between organisations, or an old one, does not count', () => {
    const svgLater = ctx({
      earlierInvolvement: [
        { organisation: 'RN', year: 2022, kind: 'ADVICE' },
        { organisation: 'SVG', year: 2024, kind: 'SUPERVISION' },
      ],
    });
    expect(distribute(svgLater, 'OOST', KEY, emptyCounts()).explanation).toBe('SVG: eerder toezicht 2024');
    const tie = ctx({
      earlierInvolvement: [
        { organisation: 'RN', year: 2024, kind: 'ADVICE' },
        { organisation: 'LJR', year: 2024, kind: 'SUPERVISION' },
      ],
    });
    expect(decisiveInvolvement(tie)).toBeUndefined();
    expect(distribute(tie, 'OOST', KEY, emptyCounts()).rule).toBe('DISTRIBUTION_KEY');
    const old = ctx({ earlierInvolvement: [{ organisation: 'LJR', year: 2015, kind: 'SUPERVISION' }] });
    expect(decisiveInvolvement(old)).toBeUndefined();
    expect(decisiveInvolvement({ ...old, referenceYear: undefined })?.organisation).toBe('LJR');
    const twiceSame = ctx({
      earlierInvolvement: [
        { organisation: 'LJR', year: 2025, kind: 'COMMUNITY_SERVICE' },
        { organisation: 'LJR', year: 2025, kind: 'SUPERVISION' },
      ],
    });
    expect(distribute(twiceSame, 'OOST', KEY, emptyCounts()).explanation).toBe('LJ&R: eerder werkstraf 2025');
  });
});

describe('the distribution key by largest deficit', () => {
  it('follows the shares exactly over a run of key-driven orders', () => {
    const counts = emptyCounts();
    const sequence: ProbationOrganisation[] = [];
    for (let i = 0; i < 10; i++) {
      const o = chooseByDeficit(KEY, counts);
      counts[o]++;
      sequence.push(o);
    }
    expect(counts).toEqual({ RN: 7, SVG: 2, LJR: 1 });
    // Smooth: the second organisation does not wait until RN has had all seven.
    expect(sequence.slice(0, 4)).toContain('SVG');
  });

  it('catches up with an organisation that is behind, and never picks a zero share', () => {
    expect(chooseByDeficit(KEY, { RN: 0, SVG: 30, LJR: 10 })).toBe('RN');
    expect(chooseByDeficit({ RN: 0, SVG: 100, LJR: 0 }, { RN: 0, SVG: 50, LJR: 0 })).toBe('SVG');
    expect(chooseByDeficit({ RN: 50, SVG: 50, LJR: 0 }, emptyCounts())).toBe('RN');
  });

  it('explains the key in Dutch, with the share after this order', () => {
    expect(keyExplanation('MIDDEN', KEY, 'RN', { RN: 861, SVG: 248, LJR: 124 })).toBe(
      'Verdeelsleutel regio Midden (RN 70 / SVG 20 / LJ&R 10): RN, nu 69,9% van 1.234 opdrachten',
    );
    expect(distribute(ctx(), 'ZUID', KEY, emptyCounts()).explanation).toBe(
      'Verdeelsleutel regio Zuid (RN 70 / SVG 20 / LJ&R 10): RN, nu 100,0% van 1 opdracht',
    );
  });

  it('manual decisions need a reason', () => {
    expect(manualDecision('LJR', '  cliënt woont in opvang Leger des Heils ')).toEqual({
      organisation: 'LJR',
      rule: 'MANUAL',
      explanation: 'Handmatig: cliënt woont in opvang Leger des Heils',
    });
    expect(() => manualDecision('RN', ' kort ')).toThrow(RangeError);
  });

  it('validates a key as entered', () => {
    expect(sharesProblem({ RN: 70, SVG: 20, LJR: 10 })).toBeUndefined();
    expect(sharesProblem({ RN: 70, SVG: 20, LJR: 20 })).toMatch(/110/);
    expect(sharesProblem({ RN: 70.5, SVG: 19.5, LJR: 10 })).toMatch(/RN/);
    expect(sharesProblem({ RN: 70, SVG: 30 })).toMatch(/LJR/);
  });
});

describe('ten thousand orders', () => {
  const KEYS: Record<IntakeRegion, Shares> = {
    NOORD: { RN: 65, SVG: 25, LJR: 10 },
    OOST: { RN: 70, SVG: 20, LJR: 10 },
    MIDDEN: { RN: 70, SVG: 20, LJR: 10 },
    WEST: { RN: 68, SVG: 20, LJR: 12 },
    ZUID: { RN: 70, SVG: 20, LJR: 10 },
  };

  it('keeps every organisation within 2 percentage points of its share in every region, explaining each', () => {
    const rnd = new Random(20260423);
    const counts = Object.fromEntries(INTAKE_REGIONS.map((r) => [r, emptyCounts()])) as Record<
      IntakeRegion,
      Counts
    >;
    const byRule = new Map<string, number>();
    const N = 12_000;
    for (let i = 0; i < N; i++) {
      const region = rnd.weighted([
        ['NOORD', 12],
        ['OOST', 18],
        ['MIDDEN', 20],
        ['WEST', 38],
        ['ZUID', 22],
      ] as const);
      const key = KEYS[region];
      // Realistic rates: about a fifth known before (at an organisation roughly in line with the key),
      // one in ten with addiction problems, one in twenty-five homeless.
      const riskFlags: string[] = [];
      if (rnd.chance(0.1)) riskFlags.push('ADDICTION');
      if (rnd.chance(0.04)) riskFlags.push('HOMELESSNESS');
      if (rnd.chance(0.15)) riskFlags.push('DOMESTIC_VIOLENCE');
      const earlierInvolvement = rnd.chance(0.2)
        ? [
            {
              organisation: rnd.weighted(PROBATION_ORGANISATIONS.map((o) => [o, key[o]] as const)),
              year: rnd.int(2016, 2025),
              kind: rnd.pick(['SUPERVISION', 'ADVICE', 'COMMUNITY_SERVICE']),
            },
          ]
        : [];
      const decision = distribute(
        { riskFlags, earlierInvolvement, referenceYear: 2026 },
        region,
        key,
        counts[region],
      );
      expect(decision.explanation.trim().length).toBeGreaterThan(0);
      counts[region][decision.organisation]++;
      byRule.set(decision.rule, (byRule.get(decision.rule) ?? 0) + 1);
    }
    // The content rules really fired, in numbers that matter.
    expect(byRule.get('EARLIER_INVOLVEMENT')).toBeGreaterThan(N * 0.05);
    expect(byRule.get('ADDICTION')).toBeGreaterThan(N * 0.05);
    expect(byRule.get('HOMELESSNESS')).toBeGreaterThan(N * 0.01);
    for (const region of INTAKE_REGIONS) {
      const c = counts[region];
      const total = c.RN + c.SVG + c.LJR;
      expect(total).toBeGreaterThan(1000);
      for (const o of PROBATION_ORGANISATIONS) {
        const share = (c[o] / total) * 100;
        expect(Math.abs(share - KEYS[region][o]), `${region} ${o}: ${share.toFixed(2)}%`).toBeLessThanOrEqual(
          2,
        );
      }
    }
  });
});
