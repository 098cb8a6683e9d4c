import { useEffect, useRef, useState, type ReactNode } from 'react';
import { attachCoordinateGrid } from './grid';
import { L, NL_CENTRE, toLatLng } from './leaflet';
import { useTileUrl } from './useTileUrl';

/**
 * A Leaflet map: tiles from the configured URL, or — offline, the default — a plain background with a
 * coordinate grid. `children(map)` draws the layers once the map exists. Clicks go to `onClick`.
 */
export function MapFrame({
  label,
  onClick,
  crosshair = false,
  className,
  children,
}: {
  /** What the map shows, for screen readers. */
  label: string;
  onClick?: (ll: L.LatLng) => void;
  crosshair?: boolean;
  className?: string;
  children: (map: L.Map) => ReactNode;
}) {
  const tileUrl = useTileUrl();
  const ref = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (tileUrl === undefined || !ref.current) return;
    const m = L.map(ref.current, {
      center: toLatLng(NL_CENTRE),
      zoom: 8,
      minZoom: 6,
      maxZoom: 18,
      zoomSnap: 0.5,
      zoomControl: false,
    });
    L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen', position: 'topright' }).addTo(m);
    L.control.scale({ imperial: false, position: 'bottomright' }).addTo(m);
    m.attributionControl.setPrefix(false);
    let detach = () => {};
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: 'Kaartgegevens: zie configuratie' }).addTo(m);
    } else {
      detach = attachCoordinateGrid(m);
    }
    m.on('click', (e: L.LeafletMouseEvent) => clickRef.current?.(e.latlng));
    setMap(m);
    return () => {
      detach();
      m.remove();
      setMap(null);
    };
  }, [tileUrl]);

  return (
    <div className={['regie-map-frame', className].filter(Boolean).join(' ')}>
      <div
        ref={ref}
        className={`regie-map${crosshair ? ' regie-map--crosshair' : ''}${tileUrl ? '' : ' regie-map--plain'}`}
        role="region"
        aria-label={label}
      />
      {map && children(map)}
    </div>
  );
}

/** A layer group on the map, redrawn by `draw` whenever `deps` change. */
export function useLayer(map: L.Map, draw: (group: L.LayerGroup) => void, deps: unknown[]): void {
  const group = useRef<L.LayerGroup | null>(null);
  useEffect(() => {
    const g = L.layerGroup().addTo(map);
    group.current = g;
    return () => {
      g.remove();
      group.current = null;
    };
  }, [map]);
  useEffect(() => {
    const g = group.current;
    if (!g) return;
    g.clearLayers();
    draw(g);
  }, [map, ...deps]);
}
