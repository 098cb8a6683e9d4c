import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LatLon } from '../../api/types';

export { L };

/** Roughly the middle of the Netherlands. */
export const NL_CENTRE: LatLon = { lat: 52.13, lon: 5.29 };

export const toLatLng = (p: LatLon): L.LatLngExpression => [p.lat, p.lon];
export const fromLatLng = (ll: L.LatLng): LatLon => ({
  lat: Math.round(ll.lat * 1e6) / 1e6,
  lon: Math.round(ll.lng * 1e6) / 1e6,
});

/** `52,090700° N, 5,121400° O` */
export function formatLatLon(p: LatLon): string {
  const f = (n: number) => n.toLocaleString('nl-NL', { minimumFractionDigits: 5, maximumFractionDigits: 5 });
  return `${f(p.lat)}° N, ${f(p.lon)}° O`;
}
