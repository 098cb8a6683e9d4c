import { describe, expect, it } from 'vitest';
import { INTAKE_REGIONS, intakeRegionOfPostcode, isIntakeRegion } from './regions.js';

describe('intakeRegionOfPostcode', () => {
  it.each([
    ['1012 AB', 'WEST'], // Amsterdam
    ['1211 AA', 'MIDDEN'], // Hilversum
    ['1315 XX', 'MIDDEN'], // Almere
    ['2511 CV', 'WEST'], // Den Haag
    ['3011 AA', 'WEST'], // Rotterdam
    ['3511AB', 'MIDDEN'], // Utrecht, without space
    ['3811 AA', 'MIDDEN'], // Amersfoort
    ['4001 AA', 'MIDDEN'], // Tiel
    ['4331 AA', 'ZUID'], // Middelburg
    ['5611 AA', 'ZUID'], // Eindhoven
    ['6211 AA', 'ZUID'], // Maastricht
    ['6511 AA', 'OOST'], // Nijmegen
    ['6811 AA', 'OOST'], // Arnhem
    ['7511 AA', 'OOST'], // Enschede
    ['7811 AA', 'NOORD'], // Emmen
    ['8011 AA', 'OOST'], // Zwolle
    ['8911 AA', 'NOORD'], // Leeuwarden
    ['9711 AA', 'NOORD'], // Groningen
    [' 9401 ab ', 'NOORD'], // Assen, loosely typed
  ])('%s → %s', (postcode, region) => {
    expect(intakeRegionOfPostcode(postcode)).toBe(region);
  });

  it('maps every two-digit area 10–99 to exactly one region', () => {
    for (let d = 10; d <= 99; d++) {
      const r = intakeRegionOfPostcode(`${d}00 AA`);
      expect(r, String(d)).toBeDefined();
      expect(isIntakeRegion(r!)).toBe(true);
    }
    const used = new Set(Array.from({ length: 90 }, (_, i) => intakeRegionOfPostcode(`${i + 10}00 AA`)));
    expect([...used].sort()).toEqual([...INTAKE_REGIONS].sort());
  });

  it.each(['', '0123 AB', '123 AB', '12345 AB', '1234 A', 'ABCD EF', '1234-AB'])('rejects %j', (p) => {
    expect(intakeRegionOfPostcode(p)).toBeUndefined();
  });
});
