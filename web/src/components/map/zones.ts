import type { AdviceZone, LatLon, ZoneKind, ZonesInput } from '../../api/types';

/** A zone as it is being edited: a circle (centre + radius) or a polygon (corner points, not closed). */
export interface DraftZone {
  key: string;
  label: string;
  kind: ZoneKind;
  shape: 'circle' | 'polygon';
  centre: LatLon | null;
  radius: string;
  points: LatLon[];
  /** The polygon is finished (clicks no longer add corners). */
  closed: boolean;
  /** As saved: distance from the victim's address to the boundary; dropped on any edit. */
  margin?: number | null;
}

let seq = 0;
export const newKey = () => `zone-${++seq}`;

export function emptyZone(shape: 'circle' | 'polygon', n: number): DraftZone {
  return {
    key: newKey(),
    label: n === 1 ? 'Woonomgeving slachtoffer' : `Zone ${n}`,
    kind: 'exclusion',
    shape,
    centre: null,
    radius: '',
    points: [],
    closed: false,
  };
}

export function fromAdviceZone(z: AdviceZone): DraftZone {
  const g = z.geometry;
  if (g.type === 'Point') {
    return {
      key: newKey(),
      label: z.label,
      kind: z.kind,
      shape: 'circle',
      centre: { lon: g.coordinates[0], lat: g.coordinates[1] },
      radius: z.radiusMeters === null ? '' : String(z.radiusMeters),
      points: [],
      closed: false,
      margin: z.victimMarginMeters,
    };
  }
  const ring = g.coordinates[0] ?? [];
  return {
    key: newKey(),
    label: z.label,
    kind: z.kind,
    shape: 'polygon',
    centre: null,
    radius: '',
    points: ring.slice(0, -1).map(([lon, lat]) => ({ lon: lon!, lat: lat! })),
    closed: true,
    margin: z.victimMarginMeters,
  };
}

/** Problems the map can tell before the API: no centre, too few corners. Keyed like the API's errors. */
export function draftProblems(zones: DraftZone[]): Record<string, string> {
  const out: Record<string, string> = {};
  zones.forEach((z, i) => {
    if (!z.label.trim()) out[`zones.${i}.label`] = 'Geef de zone een naam.';
    if (z.shape === 'circle' && !z.centre)
      out[`zones.${i}.geometry`] = 'Klik op de kaart om het middelpunt van de cirkel te kiezen.';
    if (z.shape === 'polygon' && z.points.length < 3)
      out[`zones.${i}.geometry`] = 'Klik minstens drie hoekpunten aan op de kaart.';
  });
  return out;
}

export function toZonesInput(zones: DraftZone[]): ZonesInput['zones'] {
  return zones.map((z) => {
    if (z.shape === 'circle') {
      const r = Number(z.radius.replace(',', '.'));
      return {
        label: z.label.trim(),
        kind: z.kind,
        geometry: { type: 'Point', coordinates: [z.centre!.lon, z.centre!.lat] },
        radiusMeters: z.radius.trim() === '' || Number.isNaN(r) ? 0 : r,
      };
    }
    const ring: [number, number][] = z.points.map((p) => [p.lon, p.lat]);
    ring.push(ring[0]!);
    return { label: z.label.trim(), kind: z.kind, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
}
