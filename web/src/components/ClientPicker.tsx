import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { api } from '../api/endpoints';
import { messageOf } from '../api/problem';
import type { ClientSummary } from '../api/types';
import { formatDate } from '../format';
import { ErrorAlert } from './Alert';
import { TextField } from './Fields';

/**
 * Pick an existing client: search by name, then choose one of the results. Not a nested form, so it can sit
 * inside another form (Enter in the search box searches).
 */
export function ClientPicker({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: ClientSummary | null;
  onChange: (c: ClientSummary | null) => void;
  error?: string | undefined;
}) {
  const [q, setQ] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [results, setResults] = useState<ClientSummary[] | null>(null);

  async function search() {
    setBusy(true);
    setFailure(null);
    try {
      setResults((await api.searchClients(q.trim())).items);
    } catch (err) {
      setFailure(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (value) {
    return (
      <div className="regie-picked" id={id} tabIndex={-1}>
        <span>
          Gekozen cliënt:{' '}
          <strong>
            {value.givenName} {value.familyName}
          </strong>{' '}
          (geboren {formatDate(value.birthDate)})
        </span>
        <Button appearance="secondary-action-button" onClick={() => onChange(null)}>
          Andere cliënt kiezen
        </Button>
      </div>
    );
  }
  return (
    <div className="regie-picker">
      <div className="regie-inline-form">
        <div
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void search();
            }
          }}
          className="regie-picker__search"
        >
          <TextField
            id={id}
            label="Zoek cliënt op naam"
            value={q}
            onChange={setQ}
            type="search"
            error={error}
            required
          />
        </div>
        <Button appearance="secondary-action-button" busy={busy} onClick={() => void search()}>
          Zoeken
        </Button>
      </div>
      <ErrorAlert error={failure} />
      {results && (
        <div aria-live="polite">
          {results.length === 0 ? (
            <p className="utrecht-paragraph regie-muted">Geen cliënten gevonden.</p>
          ) : (
            <ul className="regie-picker__results" aria-label="Gevonden cliënten">
              {results.map((c) => (
                <li key={c.id}>
                  <span>
                    {c.familyName}, {c.givenName} · {formatDate(c.birthDate)}
                  </span>
                  <Button appearance="secondary-action-button" onClick={() => onChange(c)}>
                    Kies<span className="regie-visually-hidden"> {`${c.givenName} ${c.familyName}`}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
