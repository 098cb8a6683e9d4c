import { describe, expect, it } from 'vitest';
import { fictionalBsn, generatePopulation } from './population.js';
import { Random } from './random.js';

const workers = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'em-specialist.rn',
    organisation: 'RN',
    roles: ['em_specialist'],
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    username: 'supervisor.rn',
    organisation: 'RN',
    roles: ['supervisor'],
  },
];
const now = new Date('2026-06-01T10:00:00Z');

describe('demo population', () => {
  it('comes out identical from the same seed', () => {
    const a = generatePopulation(workers, { clients: 50, seed: 7, now });
    const b = generatePopulation(workers, { clients: 50, seed: 7, now });
    expect(a).toEqual(b);
    expect(generatePopulation(workers, { clients: 50, seed: 8, now }).clients).not.toEqual(a.clients);
  });

  it('only holds BSNs from the never-issued 9 range that pass the eleven test', () => {
    const rnd = new Random(1);
    for (let i = 0; i < 500; i++) {
      const bsn = fictionalBsn(rnd);
      expect(bsn).toMatch(/^9\d{8}$/);
      const digits = [...bsn].map(Number);
      const sum = digits.slice(0, 8).reduce((s, d, j) => s + d * (9 - j), 0) - digits[8]!;
      expect(sum % 11).toBe(0);
    }
  });

  it('spreads clients over the organisations roughly by the 70/20/10 key', () => {
    const p = generatePopulation(workers, { clients: 2000, seed: 3, now });
    const share = (org: string) =>
      p.clients.filter((c) => c.organisation_code === org).length / p.clients.length;
    expect(share('RN')).toBeGreaterThan(0.6);
    expect(share('SVG')).toBeGreaterThan(0.13);
    expect(share('LJR')).toBeGreaterThan(0.06);
  });

  it('only assigns orders to workers of the same organisation with the right role', () => {
    const p = generatePopulation(workers, { clients: 300, seed: 4, now });
    for (const o of p.orders) {
      if (!o.assignee_id) continue;
      expect(o.organisation_code).toBe('RN');
      const w = workers.find((x) => x.id === o.assignee_id)!;
      expect(o.kind === 'EM_ADVICE' ? 'em_specialist' : 'supervisor').toBe(w.roles[0]);
    }
  });
});
