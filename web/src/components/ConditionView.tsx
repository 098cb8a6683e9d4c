import type { Condition, Zone } from '../api/types';
import { formatDate, formatNumber } from '../format';
import { weekdayLabel } from '../labels';
import { Heading, type HeadingLevel } from './Heading';

// Special conditions with their parameters, readable: time windows per weekday, zones with label and radius.

type Params = Record<string, unknown>;
const isObj = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const yesNo = (v: unknown) => (v === true ? 'ja' : v === false ? 'nee' : undefined);
const meters = (v: unknown) => {
  const n = num(v);
  if (n === undefined) return undefined;
  return n >= 1000 ? `${formatNumber(n / 1000)} km` : `${formatNumber(n)} m`;
};

const ENUMS: Record<string, Record<string, string>> = {
  technology: { RF: 'RF (basisstation)', GPS: 'GPS' },
  with: { PROBATION: 'de reclassering', POLICE: 'de politie' },
  setting: { AMBULATORY: 'ambulant', CLINICAL: 'klinisch' },
};

/** Dutch label and formatter per known parameter; unknown ones are shown as they are. */
const FIELDS: Record<string, { label: string; format?: (v: unknown) => string | undefined }> = {
  place: { label: 'Plaats' },
  technology: { label: 'Techniek', format: (v) => ENUMS.technology![String(v)] ?? str(v) },
  policeResponse: { label: 'Politieopvolging', format: yesNo },
  distanceMeters: { label: 'Minimale afstand', format: meters },
  zoneMeters: { label: 'Zone rond het slachtoffer', format: meters },
  bufferMeters: { label: 'Bufferzone', format: meters },
  with: { label: 'Melden bij', format: (v) => ENUMS.with![String(v)] ?? str(v) },
  frequency: { label: 'Frequentie' },
  monitored: { label: 'Met alcoholmeter', format: yesNo },
  thresholdGramsPerDecilitre: {
    label: 'Drempel',
    format: (v) => (num(v) === undefined ? undefined : `${formatNumber(num(v)!)} g/dl`),
  },
  consecutiveReadings: { label: 'Opeenvolgende metingen', format: (v) => num(v)?.toString() },
  testFrequency: { label: 'Controlefrequentie' },
  provider: { label: 'Behandelaar' },
  setting: { label: 'Vorm', format: (v) => ENUMS.setting![String(v)] ?? str(v) },
  facility: { label: 'Instelling' },
  intervention: { label: 'Interventie' },
  checksPerYear: { label: 'Controles per jaar', format: (v) => num(v)?.toString() },
  text: { label: 'Omschrijving' },
};
const STRUCTURED = new Set(['timeWindows', 'zones', 'persons']);

function plain(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

interface TimeWindow {
  weekday?: number;
  start?: string;
  end?: string;
}

function TimeWindows({ windows, caption }: { windows: TimeWindow[]; caption: string }) {
  const sorted = [...windows].sort(
    (a, b) => (a.weekday ?? 0) - (b.weekday ?? 0) || (a.start ?? '').localeCompare(b.start ?? ''),
  );
  return (
    <table className="utrecht-table utrecht-table--html-table regie-compact-table">
      <caption className="utrecht-table__caption regie-compact-table__caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            Dag
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Van
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Tot
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {sorted.map((w, i) => {
          const overnight = w.start && w.end && w.end < w.start;
          return (
            <tr className="utrecht-table__row" key={i}>
              <th className="utrecht-table__header-cell" scope="row">
                {w.weekday ? weekdayLabel(w.weekday) : 'elke dag'}
              </th>
              <td className="utrecht-table__cell">{w.start ?? '—'}</td>
              <td className="utrecht-table__cell">
                {w.end ?? '—'}
                {overnight ? ' (volgende dag)' : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function zoneShape(z: Zone): string {
  if (z.radiusMeters) return `cirkel met straal ${meters(z.radiusMeters)}`;
  const type = isObj(z.geometry) ? str(z.geometry.type) : undefined;
  return type === 'Polygon' || type === 'MultiPolygon' ? 'ingetekend gebied' : 'gebied';
}

const zoneKind = (k: string) => (k === 'exclusion' ? 'verboden gebied' : k === 'inclusion' ? 'gebod' : k);

function Zones({ zones }: { zones: Zone[] }) {
  return (
    <ul className="utrecht-unordered-list regie-list">
      {zones.map((z) => (
        <li className="utrecht-unordered-list__item" key={z.id}>
          <strong>{z.label}</strong> — {zoneShape(z)} ({zoneKind(z.kind)})
        </li>
      ))}
    </ul>
  );
}

function Persons({ persons }: { persons: unknown[] }) {
  return (
    <ul className="utrecht-unordered-list regie-list">
      {persons.filter(isObj).map((p, i) => (
        <li className="utrecht-unordered-list__item" key={i}>
          {str(p.name) ?? 'onbekend'}
          {str(p.relation) ? ` (${str(p.relation)})` : ''}
          {str(p.clientId) ? ' — draagt ook een enkelband' : ''}
        </li>
      ))}
    </ul>
  );
}

export function ConditionView({
  condition,
  headingLevel = 4,
}: {
  condition: Condition;
  headingLevel?: HeadingLevel;
}) {
  const params: Params = isObj(condition.parameters) ? condition.parameters : {};
  const windows = Array.isArray(params.timeWindows) ? (params.timeWindows.filter(isObj) as TimeWindow[]) : [];
  const persons = Array.isArray(params.persons) ? params.persons : [];
  const rest = Object.entries(params).filter(([k]) => !STRUCTURED.has(k));
  const period =
    condition.startsOn || condition.endsOn
      ? `${condition.startsOn ? `vanaf ${formatDate(condition.startsOn)}` : ''}${condition.startsOn && condition.endsOn ? ' ' : ''}${condition.endsOn ? `tot en met ${formatDate(condition.endsOn)}` : ''}`
      : null;

  return (
    <section className="regie-condition" aria-label={condition.name}>
      <Heading level={headingLevel} className="regie-condition__name">
        {condition.name}
      </Heading>
      {period && <p className="utrecht-paragraph regie-muted">Geldig {period}</p>}
      {rest.length > 0 && (
        <dl className="regie-inline-dl">
          {rest.map(([k, v]) => {
            const f = FIELDS[k];
            return (
              <div key={k}>
                <dt>{f?.label ?? k}</dt>
                <dd>{f?.format?.(v) ?? plain(v)}</dd>
              </div>
            );
          })}
        </dl>
      )}
      {condition.zones.length > 0 && <Zones zones={condition.zones} />}
      {persons.length > 0 && <Persons persons={persons} />}
      {windows.length > 0 && (
        <TimeWindows
          windows={windows}
          caption={condition.typeCode === 'LOCATION_REQUIREMENT' ? 'Aanwezig zijn op' : 'Tijden'}
        />
      )}
    </section>
  );
}
