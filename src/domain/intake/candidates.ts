/**
 * Who should take an order: the EM coordinator's shortlist. Pure: the caller supplies each worker's
 * caseload and expertise and whether they wrote an earlier advice for this client.
 */
export const EXPERTISE = ['SEXUAL_OFFENCES', 'HIGH_RISK'] as const;
export type Expertise = (typeof EXPERTISE)[number];

export const EXPERTISE_NAMES: Record<string, string> = {
  SEXUAL_OFFENCES: 'zedendelicten',
  HIGH_RISK: 'hoog risico',
};

/** The worker role that takes each kind of order. */
export const ROLE_FOR_KIND: Record<string, string> = {
  EM_ADVICE: 'em_specialist',
  ADVICE: 'probation_advisor',
  SUPERVISION: 'supervisor',
  COMMUNITY_SERVICE: 'supervisor',
};

const SEXUAL_OFFENCE = /zeden|seksu|sexu|verkracht|ontucht|aanrand|kinderporno|art\.?\s*24[2-9]\b/i;

/** The expertise an order asks for, from the client's risk flags and the offence. */
export function neededExpertise(offence: string | null, riskFlags: readonly string[]): Expertise[] {
  const needed: Expertise[] = [];
  if (riskFlags.includes('SEXUAL_OFFENCES') || (offence !== null && SEXUAL_OFFENCE.test(offence))) {
    needed.push('SEXUAL_OFFENCES');
  }
  if (riskFlags.includes('HIGH_RISK')) needed.push('HIGH_RISK');
  return needed;
}

export interface CandidateFacts {
  userId: string;
  displayName: string;
  unitId: string | null;
  expertise: readonly string[];
  activeOrders: number;
  totalWeight: number;
  capacity: number;
  wroteEarlierAdvice: boolean;
}

export interface RankedCandidate extends CandidateFacts {
  /** capacity − totalWeight; negative when over capacity. */
  room: number;
  /** Whether the order's weight still fits in the room. */
  hasRoom: boolean;
  /** The needed expertise this worker has. */
  matchingExpertise: Expertise[];
  /** Works in the unit the order was distributed to (shorter travel for home visits). */
  sameUnit: boolean;
  why: string;
}

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * Sorted for the coordinator: who wrote an earlier advice for this client first (continuity), then who
 * has more of the needed expertise, then who has room for the order, then who works in the order's unit
 * (shorter travel for home visits), then who has the most room.
 */
export function rankCandidates(
  candidates: readonly CandidateFacts[],
  needed: readonly Expertise[],
  orderWeight: number,
  orderUnitId: string | null = null,
): RankedCandidate[] {
  const ranked = candidates.map((c) => {
    const room = c.capacity - c.totalWeight;
    const sameUnit = orderUnitId !== null && c.unitId === orderUnitId;
    const matchingExpertise = needed.filter((e) => c.expertise.includes(e));
    const parts: string[] = [];
    if (c.wroteEarlierAdvice) parts.push('schreef eerder advies voor deze cliënt');
    if (matchingExpertise.length)
      parts.push(`expertise ${matchingExpertise.map((e) => EXPERTISE_NAMES[e]).join(' en ')}`);
    else if (needed.length)
      parts.push(`mist expertise ${needed.map((e) => EXPERTISE_NAMES[e]).join(' en ')}`);
    if (sameUnit) parts.push('zelfde unit');
    parts.push(
      room >= orderWeight
        ? `ruimte ${nl.format(room)} van ${nl.format(c.capacity)}`
        : `vol: ${nl.format(c.totalWeight)} van ${nl.format(c.capacity)} in gebruik`,
    );
    const why = parts.join('; ');
    return {
      ...c,
      room,
      hasRoom: room >= orderWeight,
      matchingExpertise,
      sameUnit,
      why: why[0]!.toUpperCase() + why.slice(1),
    };
  });
  return ranked.sort(
    (a, b) =>
      Number(b.wroteEarlierAdvice) - Number(a.wroteEarlierAdvice) ||
      b.matchingExpertise.length - a.matchingExpertise.length ||
      Number(b.hasRoom) - Number(a.hasRoom) ||
      Number(b.sameUnit) - Number(a.sameUnit) ||
      b.room - a.room ||
      a.displayName.localeCompare(b.displayName, 'nl'),
  );
}
