import { Button } from '@utrecht/button-react';
import type { TimeWindow } from '../../api/types';
import { WEEKDAYS } from '../../labels';
import { SelectField, TextField } from '../Fields';

const DAY_OPTIONS = WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }));

/** Time windows of the location requirement, per weekday: add and remove rows, start and end per row. */
export function TimeWindowsEditor({
  windows,
  onChange,
  errors,
}: {
  windows: TimeWindow[];
  onChange: (w: TimeWindow[]) => void;
  /** API errors by `timeWindows.i` and `timeWindows.i.end`. */
  errors: Record<string, string>;
}) {
  const set = (i: number, patch: Partial<TimeWindow>) =>
    onChange(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  const next = () => {
    const last = windows[windows.length - 1];
    return last ? { ...last, weekday: (last.weekday % 7) + 1 } : { weekday: 1, start: '22:00', end: '07:00' };
  };
  return (
    <div className="regie-windows">
      {windows.length === 0 && (
        <p className="utrecht-paragraph regie-muted">
          Nog geen tijdvakken: de cliënt hoeft niet op vaste tijden thuis te zijn.
        </p>
      )}
      {windows.length > 0 && (
        <div className="regie-windows__head" aria-hidden="true">
          <span>Dag</span>
          <span>Van</span>
          <span>Tot</span>
        </div>
      )}
      <ol className="regie-windows__list">
        {windows.map((w, i) => {
          const rowError =
            errors[`timeWindows.${i}`] ??
            errors[`timeWindows.${i}.weekday`] ??
            errors[`timeWindows.${i}.start`];
          return (
            <li
              key={i}
              className={`regie-windows__row${rowError || errors[`timeWindows.${i}.end`] ? ' regie-windows__row--invalid' : ''}`}
            >
              <div className="regie-form-row">
                <SelectField
                  id={`tijdvak-${i}-dag`}
                  label={`Tijdvak ${i + 1}: dag`}
                  value={String(w.weekday)}
                  onChange={(v) => set(i, { weekday: Number(v) })}
                  options={DAY_OPTIONS}
                  error={rowError}
                />
                <TextField
                  id={`tijdvak-${i}-van`}
                  label={`Tijdvak ${i + 1}: van`}
                  type="time"
                  value={w.start}
                  onChange={(v) => set(i, { start: v })}
                />
                <TextField
                  id={`tijdvak-${i}-tot`}
                  label={`Tijdvak ${i + 1}: tot`}
                  type="time"
                  value={w.end}
                  onChange={(v) => set(i, { end: v })}
                  error={errors[`timeWindows.${i}.end`]}
                />
                <span className="regie-windows__note">
                  {w.end && w.start && w.end < w.start ? 'tot de volgende dag' : ''}
                </span>
                <Button
                  appearance="subtle-button"
                  className="regie-windows__remove"
                  onClick={() => onChange(windows.filter((_, j) => j !== i))}
                >
                  Verwijderen<span className="regie-visually-hidden"> tijdvak {i + 1}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="utrecht-button-group regie-actions">
        <Button appearance="secondary-action-button" onClick={() => onChange([...windows, next()])}>
          Tijdvak toevoegen
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            onChange([
              ...windows,
              ...[1, 2, 3, 4, 5]
                .filter((d) => !windows.some((w) => w.weekday === d))
                .map((weekday) => ({ weekday, start: '22:00', end: '07:00' })),
            ])
          }
        >
          Werkdagen 22:00–07:00 toevoegen
        </Button>
      </div>
    </div>
  );
}
