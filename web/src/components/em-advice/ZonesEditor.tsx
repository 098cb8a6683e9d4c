import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import type { EmAdvice, TimeWindow } from '../../api/types';
import { formatNumber } from '../../format';
import { ZONE_KIND_LABELS } from '../../labels';
import { useSubmit } from '../../useSubmit';
import { CheckboxField, RadioGroupField, TextField } from '../Fields';
import { FormStatus } from '../FormStatus';
import { Heading } from '../Heading';
import { fromLatLng, formatLatLon } from '../map/leaflet';
import { ZoneMap } from '../map/ZoneMap';
import { draftProblems, emptyZone, fromAdviceZone, toZonesInput, type DraftZone } from '../map/zones';
import { StatusBadge } from '../StatusBadge';
import { TimeWindowsEditor } from './TimeWindowsEditor';

const KIND_OPTIONS = Object.entries(ZONE_KIND_LABELS).map(([value, label]) => ({ value, label }));

function ZoneCard({
  zone,
  index,
  active,
  errors,
  margin,
  onChange,
  onActivate,
  onRemove,
}: {
  zone: DraftZone;
  index: number;
  active: boolean;
  errors: Record<string, string>;
  margin: number | null | undefined;
  onChange: (z: DraftZone) => void;
  onActivate: () => void;
  onRemove: () => void;
}) {
  const at = `zones.${index}`;
  const id = `zone-${index}`;
  const geometryError = errors[`${at}.geometry`];
  return (
    <li
      className={`regie-zone${active ? ' regie-zone--active' : ''}${Object.keys(errors).some((k) => k.startsWith(`${at}.`)) ? ' regie-zone--invalid' : ''}`}
    >
      <fieldset className="regie-plain-fieldset" aria-labelledby={`${id}-kop`}>
        <div className="regie-zone__head">
          <Heading level={4} id={`${id}-kop`}>
            Zone {index + 1}: {zone.label || 'zonder naam'}{' '}
            <span className="regie-muted">({zone.shape === 'circle' ? 'cirkel' : 'veelhoek'})</span>
          </Heading>
          {active ? (
            <StatusBadge status="active">wordt getekend</StatusBadge>
          ) : (
            <Button appearance="secondary-action-button" onClick={onActivate}>
              Op de kaart tekenen<span className="regie-visually-hidden"> (zone {index + 1})</span>
            </Button>
          )}
        </div>
        {geometryError && (
          <p className="utrecht-form-field-error-message regie-zone__error" id={`${id}-geometry-error`}>
            {geometryError}
          </p>
        )}
        <div className="regie-form-row">
          <TextField
            id={`${id}-naam`}
            label="Naam van de zone"
            value={zone.label}
            onChange={(label) => onChange({ ...zone, label })}
            error={errors[`${at}.label`]}
            required
          />
          <RadioGroupField
            id={`${id}-soort`}
            legend="Soort"
            value={zone.kind}
            onChange={(kind) => onChange({ ...zone, kind: kind as DraftZone['kind'] })}
            options={KIND_OPTIONS}
            error={errors[`${at}.kind`]}
            inline={false}
          />
        </div>
        {zone.shape === 'circle' ? (
          <div className="regie-form-row">
            <div className="regie-zone__centre" id={`${id}-middelpunt`}>
              <span className="regie-zone__centre-label">Middelpunt</span>
              {zone.centre ? (
                formatLatLon(zone.centre)
              ) : (
                <span className="regie-muted">klik op de kaart</span>
              )}
            </div>
            <TextField
              id={`${id}-straal`}
              label="Straal in meters"
              type="number"
              value={zone.radius}
              onChange={(radius) => onChange({ ...zone, radius })}
              error={errors[`${at}.radiusMeters`]}
              required
            />
          </div>
        ) : (
          <div className="regie-zone__polygon">
            <span>
              {zone.points.length} {zone.points.length === 1 ? 'hoekpunt' : 'hoekpunten'}
              {zone.closed ? ' — afgerond' : ''}
            </span>
            <Button
              appearance="subtle-button"
              disabled={zone.points.length === 0 || zone.closed}
              onClick={() => onChange({ ...zone, points: zone.points.slice(0, -1) })}
            >
              Laatste punt weghalen
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={zone.points.length < 3 || zone.closed}
              onClick={() => onChange({ ...zone, closed: true })}
            >
              Veelhoek afronden
            </Button>
            <Button
              appearance="subtle-button"
              disabled={zone.points.length === 0}
              onClick={() => {
                onChange({ ...zone, points: [], closed: false });
                onActivate();
              }}
            >
              Opnieuw tekenen
            </Button>
          </div>
        )}
        {margin !== undefined && margin !== null && zone.kind === 'exclusion' && (
          <p className="utrecht-paragraph regie-muted regie-zone__margin">
            Opgeslagen: afstand van het slachtofferadres tot de rand {formatNumber(margin)} m
            {margin >= 5000 ? ' (voldoet aan 5 km)' : ''}.
          </p>
        )}
        <div className="regie-actions">
          <Button appearance="subtle-button" onClick={onRemove}>
            Zone verwijderen<span className="regie-visually-hidden"> {index + 1}</span>
          </Button>
        </div>
      </fieldset>
    </li>
  );
}

/**
 * Zones and times of an EM advice: draw circles (click the centre, type the radius) or polygons (click the
 * corners, finish) on the map, police response, and the time windows; saved together with PUT zones, and
 * the API's 422 shown next to the zone or window it names.
 */
export function ZonesEditor({
  advice,
  readOnly,
  onSaved,
}: {
  advice: EmAdvice;
  readOnly: boolean;
  onSaved: (a: EmAdvice) => void;
}) {
  const [zones, setZones] = useState<DraftZone[]>(() => advice.zones.map(fromAdviceZone));
  const [active, setActive] = useState<string | null>(null);
  const [policeResponse, setPoliceResponse] = useState(advice.policeResponse);
  const [windows, setWindows] = useState<TimeWindow[]>(advice.timeWindows);
  const s = useSubmit();
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...s.fieldErrors, ...local };

  const activeZone = zones.find((z) => z.key === active) ?? null;
  const hint = readOnly
    ? null
    : !activeZone
      ? null
      : activeZone.shape === 'circle'
        ? `Klik op de kaart om het middelpunt van “${activeZone.label}” te kiezen.`
        : activeZone.closed
          ? `“${activeZone.label}” is afgerond. Kies “Opnieuw tekenen” om hem te wijzigen.`
          : `Klik de hoekpunten van “${activeZone.label}” aan; kies daarna “Veelhoek afronden”.`;

  const update = (z: DraftZone) =>
    setZones((all) => all.map((x) => (x.key === z.key ? { ...z, margin: undefined } : x)));
  const add = (shape: 'circle' | 'polygon') => {
    const z = emptyZone(shape, zones.length + 1);
    setZones([...zones, z]);
    setActive(z.key);
  };
  const onMapClick = (ll: Parameters<typeof fromLatLng>[0]) => {
    if (readOnly || !activeZone) return;
    const p = fromLatLng(ll);
    if (activeZone.shape === 'circle') update({ ...activeZone, centre: p });
    else if (!activeZone.closed) update({ ...activeZone, points: [...activeZone.points, p] });
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    const problems = draftProblems(zones);
    setLocal(problems);
    if (Object.keys(problems).length) {
      s.reset();
      s.setError('Niet alle zones zijn compleet. Zie de meldingen bij de zones.');
      return;
    }
    const saved = await s.run(
      () => api.saveZones(advice.id, { zones: toZonesInput(zones), policeResponse, timeWindows: windows }),
      'De zones en tijden zijn opgeslagen.',
    );
    if (saved) {
      setZones(saved.zones.map(fromAdviceZone));
      setActive(null);
      onSaved(saved);
    }
  }

  const generalErrors = Object.entries(errors).filter(
    ([k]) => !k.startsWith('zones.') && !k.startsWith('timeWindows.') && k !== 'policeResponse',
  );

  return (
    <form onSubmit={save} noValidate className="regie-form">
      <fieldset disabled={readOnly} className="regie-plain-fieldset">
        <FormStatus saved={s.saved} error={s.error} errorTitle="De zones en tijden zijn niet opgeslagen" />
        {generalErrors.length > 0 && (
          <ul className="utrecht-unordered-list regie-error-list">
            {generalErrors.map(([k, v]) => (
              <li key={k} className="utrecht-form-field-error-message">
                {k === 'intendedAddress.location' ? 'Verblijfsadres: ' : ''}
                {v}
              </li>
            ))}
          </ul>
        )}
        <div className="regie-zones-layout">
          <ZoneMap
            home={advice.intendedAddress.location}
            victim={advice.victimAddress?.location ?? null}
            zones={zones}
            active={active}
            drawingHint={hint}
            onClick={onMapClick}
          />
          <div className="regie-zones-side">
            <Heading level={3}>Zones</Heading>
            {zones.length === 0 && <p className="utrecht-paragraph regie-muted">Nog geen zones.</p>}
            <ol className="regie-zone-list">
              {zones.map((z, i) => (
                <ZoneCard
                  key={z.key}
                  zone={z}
                  index={i}
                  active={z.key === active}
                  errors={errors}
                  margin={z.margin}
                  onChange={update}
                  onActivate={() => setActive(z.key)}
                  onRemove={() => {
                    setZones(zones.filter((x) => x.key !== z.key));
                    if (active === z.key) setActive(null);
                  }}
                />
              ))}
            </ol>
            <div className="utrecht-button-group regie-actions">
              <Button appearance="secondary-action-button" onClick={() => add('circle')}>
                Cirkelzone toevoegen
              </Button>
              <Button appearance="secondary-action-button" onClick={() => add('polygon')}>
                Veelhoekzone toevoegen
              </Button>
            </div>
            <CheckboxField
              id="politieopvolging"
              label="Politieopvolging"
              description="Met politieopvolging moet het adres van het slachtoffer in elk verbodsgebied liggen, op minstens 5 km van de rand."
              checked={policeResponse}
              onChange={setPoliceResponse}
              error={errors.policeResponse}
            />
          </div>
        </div>
        <Heading level={3}>Tijden locatiegebod</Heading>
        <p className="utrecht-paragraph regie-muted">
          Wanneer de cliënt op het verblijfsadres moet zijn. Een eindtijd vóór de begintijd loopt door tot de
          volgende dag.
        </p>
        <TimeWindowsEditor windows={windows} onChange={setWindows} errors={errors} />
        <div className="utrecht-button-group regie-actions regie-actions--save">
          <Button type="submit" appearance="primary-action-button" busy={s.busy}>
            Zones en tijden opslaan
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
