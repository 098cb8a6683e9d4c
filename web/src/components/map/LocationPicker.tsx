import { Button } from '@utrecht/button-react';
import type { LatLon } from '../../api/types';
import { fromLatLng, formatLatLon, toLatLng, type L } from './leaflet';
import { Legend, pointMarker } from './layers';
import { MapFrame, useLayer } from './MapFrame';

function Marker({
  map,
  value,
  kind,
  label,
}: {
  map: L.Map;
  value: LatLon | null;
  kind: 'home' | 'victim';
  label: string;
}) {
  useLayer(
    map,
    (g) => {
      if (!value) return;
      pointMarker(value, kind, label).addTo(g);
      if (!map.getBounds().contains(toLatLng(value)))
        map.setView(toLatLng(value), Math.max(map.getZoom(), 13));
    },
    [value?.lat, value?.lon],
  );
  return null;
}

/** Set an address's location by clicking the map; shows the coordinates and lets them be cleared. */
export function LocationPicker({
  id,
  label,
  kind,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  kind: 'home' | 'victim';
  value: LatLon | null;
  onChange: (p: LatLon | null) => void;
  error?: string | undefined;
}) {
  return (
    <div className="regie-location" id={id} tabIndex={-1}>
      <p className="utrecht-paragraph regie-location__label">
        <strong>{label}</strong>
        <span className="regie-muted"> — klik op de kaart om de locatie te zetten</span>
      </p>
      <MapFrame
        label={`Kaart: ${label}`}
        crosshair
        onClick={(ll) => onChange(fromLatLng(ll))}
        className="regie-map-frame--small"
      >
        {(map) => <Marker map={map} value={value} kind={kind} label={label} />}
      </MapFrame>
      <div className="regie-location__status" aria-live="polite">
        {value ? (
          <>
            <span>
              Locatie: <strong>{formatLatLon(value)}</strong>
            </span>
            <Button appearance="subtle-button" onClick={() => onChange(null)}>
              Locatie wissen
            </Button>
          </>
        ) : (
          <span className="regie-muted">Nog geen locatie gekozen.</span>
        )}
        <Legend items={[kind]} />
      </div>
      {error && (
        <p className="utrecht-form-field-error-message regie-location__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
