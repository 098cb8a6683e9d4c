import type { LatLon } from '../../api/types';
import { L, toLatLng } from './leaflet';

// The map's vocabulary, shared by the request form and the EM advice, so the legend always matches.

export const COLOURS = {
  home: '#1f4068',
  victim: '#b3261e',
  ring: '#b3261e',
  exclusion: '#b3261e',
  inclusion: '#2d6a35',
  draft: '#7a5200',
};

/** A point with a permanent label; never interactive, so clicks fall through to the map. */
export function pointMarker(p: LatLon, kind: 'home' | 'victim', label: string): L.CircleMarker {
  return L.circleMarker(toLatLng(p), {
    radius: 8,
    color: '#ffffff',
    weight: 2,
    fillColor: COLOURS[kind],
    fillOpacity: 1,
    interactive: false,
    className: `regie-map-${kind}`,
  }).bindTooltip(label, { permanent: true, direction: 'right', offset: [10, 0], className: 'regie-map-tip' });
}

/** The 5 km circle around the victim's address (police response). */
export function victimRing(p: LatLon): L.Circle {
  return L.circle(toLatLng(p), {
    radius: 5000,
    color: COLOURS.ring,
    weight: 2,
    dashArray: '6 6',
    fill: false,
    interactive: false,
    className: 'regie-map-ring',
  });
}

export function zoneStyle(kind: string, selected: boolean): L.PathOptions {
  const colour = kind === 'inclusion' ? COLOURS.inclusion : COLOURS.exclusion;
  return {
    color: colour,
    weight: selected ? 3 : 2,
    fillColor: colour,
    fillOpacity: selected ? 0.22 : 0.12,
    interactive: false,
  };
}

export function Legend({ items }: { items: ('home' | 'victim' | 'ring' | 'exclusion' | 'inclusion')[] }) {
  const text = {
    home: 'Beoogd verblijfsadres',
    victim: 'Adres slachtoffer',
    ring: '5 km rond het slachtoffer',
    exclusion: 'Verbodsgebied',
    inclusion: 'Gebiedsgebod',
  };
  return (
    <ul className="regie-legend" aria-label="Legenda">
      {items.map((i) => (
        <li key={i}>
          <span className={`regie-legend__key regie-legend__key--${i}`} aria-hidden="true" />
          {text[i]}
        </li>
      ))}
    </ul>
  );
}
