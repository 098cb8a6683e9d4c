import { describe, expect, it } from 'vitest';
import { neededExpertise, rankCandidates, type CandidateFacts } from './candidates.js';
import { hearingSignal, isOpen } from './shadow-list.js';

describe('shadow list signal', () => {
  const today = '2026-03-10';
  it('is quiet before and on the hearing date', () => {
    expect(hearingSignal({ hearingDate: '2026-03-10', outcome: null, orderId: null }, today)).toBeNull();
    expect(hearingSignal({ hearingDate: '2026-04-01', outcome: null, orderId: null }, today)).toBeNull();
  });

  it('signals a passed hearing without an outcome, in Dutch', () => {
    expect(hearingSignal({ hearingDate: '2026-03-09', outcome: null, orderId: null }, today)).toEqual({
      code: 'OUTCOME_MISSING',
      message: 'De raadkamerzitting van 9 maart 2026 is voorbij, maar er is geen uitkomst vastgelegd.',
    });
  });

  it('signals a suspension with conditions without an order, until the order is linked', () => {
    const h = { hearingDate: '2026-02-01', outcome: 'SUSPENDED_WITH_CONDITIONS' as const, orderId: null };
    expect(hearingSignal(h, today)?.code).toBe('ORDER_MISSING');
    expect(isOpen(h)).toBe(true);
    expect(hearingSignal({ ...h, orderId: 'x' }, today)).toBeNull();
    expect(isOpen({ ...h, orderId: 'x' })).toBe(false);
  });

  it('a hearing that ended without suspension, or was adjourned, is closed', () => {
    expect(
      hearingSignal({ hearingDate: '2026-02-01', outcome: 'NOT_SUSPENDED', orderId: null }, today),
    ).toBeNull();
    expect(
      hearingSignal({ hearingDate: '2026-02-01', outcome: 'ADJOURNED', orderId: null }, today),
    ).toBeNull();
  });
});

describe('assignment candidates', () => {
  const worker = (over: Partial<CandidateFacts>): CandidateFacts => ({
    userId: 'u',
    displayName: 'X',
    unitId: null,
    expertise: [],
    activeOrders: 0,
    totalWeight: 0,
    capacity: 40,
    wroteEarlierAdvice: false,
    ...over,
  });

  it('derives the needed expertise from offence and risk flags', () => {
    expect(neededExpertise('Verkrachting (art. 242 Sr)', [])).toEqual(['SEXUAL_OFFENCES']);
    expect(neededExpertise('belaging', ['HIGH_RISK'])).toEqual(['HIGH_RISK']);
    expect(neededExpertise(null, [])).toEqual([]);
  });

  it('puts the earlier advice author first, then expertise, then room, with a Dutch why', () => {
    const ranked = rankCandidates(
      [
        worker({ userId: 'free', displayName: 'Vrij', totalWeight: 2 }),
        worker({ userId: 'expert', displayName: 'Expert', expertise: ['SEXUAL_OFFENCES'], totalWeight: 30 }),
        worker({ userId: 'author', displayName: 'Auteur', totalWeight: 39.5, wroteEarlierAdvice: true }),
      ],
      ['SEXUAL_OFFENCES'],
      1.5,
    );
    expect(ranked.map((r) => r.userId)).toEqual(['author', 'expert', 'free']);
    expect(ranked[0]).toMatchObject({ hasRoom: false, room: 0.5 });
    expect(ranked[0]!.why).toBe(
      'Schreef eerder advies voor deze cliënt; mist expertise zedendelicten; vol: 39,5 van 40 in gebruik',
    );
    expect(ranked[1]!.why).toBe('Expertise zedendelicten; ruimte 10 van 40');
  });

  it('prefers a worker of the order’s unit when both have room', () => {
    const ranked = rankCandidates(
      [
        worker({ userId: 'far', displayName: 'Ver', unitId: 'rn-zuid-eindhoven', totalWeight: 1 }),
        worker({ userId: 'near', displayName: 'Dichtbij', unitId: 'rn-midden-utrecht', totalWeight: 20 }),
      ],
      [],
      1.5,
      'rn-midden-utrecht',
    );
    expect(ranked.map((r) => r.userId)).toEqual(['near', 'far']);
    expect(ranked[0]!.why).toBe('Zelfde unit; ruimte 20 van 40');
  });
});
