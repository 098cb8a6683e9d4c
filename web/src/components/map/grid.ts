import { L } from './leaflet';

const STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2];

/**
 * A coordinate grid (degrees WGS84) for when no map tiles are configured: lines at a round interval that
 * fits the view, labelled at the left and bottom edges. Redrawn after every move. Returns the detach.
 */
export function attachCoordinateGrid(map: L.Map): () => void {
  const group = L.layerGroup().addTo(map);
  const draw = () => {
    group.clearLayers();
    const b = map.getBounds();
    const span = Math.max(b.getNorth() - b.getSouth(), (b.getEast() - b.getWest()) * 0.6);
    const step = STEPS.find((s) => span / s <= 8) ?? 5;
    const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    const line = { color: '#9aa3ad', weight: 1, opacity: 0.7, interactive: false };
    const size = map.getSize();
    // Labels sit just inside the left and bottom edges.
    const leftLon = map.containerPointToLatLng([4, 0]).lng;
    const bottomLat = map.containerPointToLatLng([0, size.y - 6]).lat;
    const label = (text: string, at: L.LatLngExpression, cls: string) =>
      L.marker(at, {
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: `regie-grid-label ${cls}`,
          html: `<span>${text}</span>`,
          iconSize: [0, 0],
        }),
      }).addTo(group);
    const fmt = (n: number) =>
      n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    for (let lat = Math.ceil(b.getSouth() / step) * step; lat < b.getNorth(); lat += step) {
      L.polyline(
        [
          [lat, b.getWest() - 1],
          [lat, b.getEast() + 1],
        ],
        line,
      ).addTo(group);
      label(`${fmt(lat)}° N`, [lat, leftLon], 'regie-grid-label--lat');
    }
    for (let lon = Math.ceil(b.getWest() / step) * step; lon < b.getEast(); lon += step) {
      L.polyline(
        [
          [b.getSouth() - 1, lon],
          [b.getNorth() + 1, lon],
        ],
        line,
      ).addTo(group);
      label(`${fmt(lon)}° O`, [bottomLat, lon], 'regie-grid-label--lon');
    }
  };
  map.on('moveend zoomend resize', draw);
  draw();
  return () => {
    map.off('moveend zoomend resize', draw);
    group.remove();
  };
}
