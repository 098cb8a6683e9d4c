import type { LatLon } from '../../api/types';
import { L, toLatLng } from './leaflet';
import { COLOURS, Legend, pointMarker, victimRing, zoneStyle } from './layers';
import { MapFrame, useLayer } from './MapFrame';
import type { DraftZone } from './zones';

function Layers({
  map,
  home,
  victim,
  zones,
  active,
}: {
  map: L.Map;
  home: LatLon | null;
  victim: LatLon | null;
  zones: DraftZone[];
  active: string | null;
}) {
  // Addresses and the 5 km ring; the first time, the view fits them.
  useLayer(
    map,
    (g) => {
      const bounds = L.latLngBounds([]);
      if (victim) {
        const ring = victimRing(victim).addTo(g);
        bounds.extend(ring.getBounds());
        pointMarker(victim, 'victim', 'Slachtoffer').addTo(g);
      }
      if (home) {
        pointMarker(home, 'home', 'Verblijfsadres').addTo(g);
        bounds.extend(toLatLng(home));
      }
      for (const z of zones) {
        if (z.shape === 'circle' && z.centre && Number(z.radius) > 0)
          bounds.extend(L.latLng(toLatLng(z.centre)).toBounds(Number(z.radius) * 2));
        for (const p of z.points) bounds.extend(toLatLng(p));
      }
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { maxZoom: 14 });
    },
    [home?.lat, home?.lon, victim?.lat, victim?.lon],
  );

  useLayer(
    map,
    (g) => {
      for (const z of zones) {
        const selected = z.key === active;
        const style = zoneStyle(z.kind, selected);
        let shape: L.Path | null = null;
        if (z.shape === 'circle' && z.centre) {
          const r = Number(z.radius.replace(',', '.'));
          if (r > 0) shape = L.circle(toLatLng(z.centre), { ...style, radius: r });
          L.circleMarker(toLatLng(z.centre), {
            radius: 4,
            color: style.color!,
            fillOpacity: 1,
            interactive: false,
          }).addTo(g);
        } else if (z.shape === 'polygon' && z.points.length) {
          const pts = z.points.map(toLatLng);
          shape =
            z.closed || !selected
              ? L.polygon(pts, style)
              : L.polyline(pts, { ...style, color: COLOURS.draft, dashArray: '4 4' });
          if (selected && !z.closed)
            for (const p of z.points)
              L.circleMarker(toLatLng(p), {
                radius: 4,
                color: COLOURS.draft,
                fillOpacity: 1,
                interactive: false,
              }).addTo(g);
        }
        if (shape) {
          shape.addTo(g);
          // The name at the top edge, so it never hides the addresses in the middle.
          const b = (shape as L.Polygon | L.Circle).getBounds();
          L.tooltip({
            permanent: true,
            direction: 'top',
            className: 'regie-map-tip regie-map-tip--zone',
            interactive: false,
          })
            .setLatLng(L.latLng(b.getNorth(), b.getCenter().lng))
            .setContent(z.label || 'Zone')
            .addTo(g);
        }
      }
    },
    [zones, active],
  );
  return null;
}

/**
 * The zones map of an EM advice: the intended address, the victim's address with the 5 km ring, and the
 * zones; clicks go to the zone being drawn.
 */
export function ZoneMap({
  home,
  victim,
  zones,
  active,
  drawingHint,
  onClick,
}: {
  home: LatLon | null;
  victim: LatLon | null;
  zones: DraftZone[];
  active: string | null;
  drawingHint: string | null;
  onClick: (p: L.LatLng) => void;
}) {
  return (
    <div className="regie-zone-map">
      <MapFrame
        label="Kaart met zones, verblijfsadres en adres slachtoffer"
        crosshair={Boolean(drawingHint)}
        onClick={onClick}
      >
        {(map) => <Layers map={map} home={home} victim={victim} zones={zones} active={active} />}
      </MapFrame>
      <p className="utrecht-paragraph regie-map-hint" aria-live="polite">
        {drawingHint ?? 'Kies een zone om op de kaart te tekenen.'}
      </p>
      <Legend items={['home', 'victim', 'ring', 'exclusion', 'inclusion']} />
    </div>
  );
}
