import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import { ApiError, messageOf } from '../api/problem';
import type { JournalEntry, JournalKind, Order } from '../api/types';
import { localNowParts, localToIso } from '../format';
import { JOURNAL_KIND_LABELS, orderKindLabel } from '../labels';
import { Alert, ErrorAlert } from './Alert';
import { SelectField, TextField, TextareaField } from './Fields';
import { Heading } from './Heading';

const KIND_OPTIONS = Object.entries(JOURNAL_KIND_LABELS).map(([value, label]) => ({ value, label }));

/**
 * Adds a journal entry. Validation is the API's: its field errors (`errors[].name`) appear next to the
 * field they name, and anything else above the form.
 */
export function JournalForm({
  clientId,
  orders,
  onAdded,
}: {
  clientId: string;
  orders: Order[];
  onAdded: (entry: JournalEntry) => void;
}) {
  const now = localNowParts();
  const [kind, setKind] = useState('');
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [text, setText] = useState('');
  const [orderId, setOrderId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    setSaved(false);
    try {
      const entry = await api.addJournalEntry(clientId, {
        kind: kind as JournalKind,
        occurredAt: localToIso(date, time),
        text,
        ...(orderId ? { orderId } : {}),
      });
      setText('');
      setKind('');
      setOrderId('');
      setSaved(true);
      onAdded(entry);
    } catch (err) {
      const fe = err instanceof ApiError ? err.fieldErrors : {};
      setFieldErrors(fe);
      const known = ['kind', 'occurredAt', 'text', 'orderId'];
      const other = Object.keys(fe).filter((k) => !known.includes(k));
      setError(messageOf(err) + (other.length ? ` (${other.map((k) => `${k}: ${fe[k]}`).join('; ')})` : ''));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="journaal-nieuw-kop" className="regie-card regie-journal-form">
      <Heading level={3} id="journaal-nieuw-kop">
        Journaalregel toevoegen
      </Heading>
      {saved && (
        <Alert type="ok">
          <p className="utrecht-paragraph">De journaalregel is toegevoegd.</p>
        </Alert>
      )}
      <ErrorAlert error={error} title="De journaalregel is niet opgeslagen" />
      <form onSubmit={submit} noValidate className="regie-form">
        <div className="regie-form-row">
          <SelectField
            id="journaal-soort"
            label="Soort"
            value={kind}
            onChange={setKind}
            options={KIND_OPTIONS}
            placeholder="Kies een soort"
            error={fieldErrors.kind}
            required
          />
          <TextField
            id="journaal-datum"
            label="Datum"
            type="date"
            value={date}
            onChange={setDate}
            error={fieldErrors.occurredAt}
            required
          />
          <TextField id="journaal-tijd" label="Tijd" type="time" value={time} onChange={setTime} />
        </div>
        {orders.length > 0 && (
          <SelectField
            id="journaal-opdracht"
            label="Hoort bij opdracht"
            value={orderId}
            onChange={setOrderId}
            placeholder="Geen specifieke opdracht"
            options={orders.map((o) => ({ value: o.id, label: orderKindLabel(o.kind) }))}
            error={fieldErrors.orderId}
          />
        )}
        <TextareaField
          id="journaal-tekst"
          label="Tekst"
          value={text}
          onChange={setText}
          error={fieldErrors.text}
          required
        />
        <div className="utrecht-button-group regie-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            Toevoegen
          </Button>
        </div>
      </form>
    </section>
  );
}
