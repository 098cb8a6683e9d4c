/**
 * Roughly the Netherlands in WGS84: the box every location and zone must lie in. A box, not the border —
 * it refuses obvious mistakes (swapped coordinates, a point in Germany's interior) without a border dataset.
 */
export const NETHERLANDS_ENVELOPE = { minLon: 3.2, minLat: 50.7, maxLon: 7.3, maxLat: 53.7 } as const;

export const insideNetherlands = (p: { lat: number; lon: number }): boolean =>
  p.lon >= NETHERLANDS_ENVELOPE.minLon &&
  p.lon <= NETHERLANDS_ENVELOPE.maxLon &&
  p.lat >= NETHERLANDS_ENVELOPE.minLat &&
  p.lat <= NETHERLANDS_ENVELOPE.maxLat;
