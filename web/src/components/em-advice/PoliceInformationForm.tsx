import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import type { EmAdvice } from '../../api/types';
import { formatDate, formatDateTime, localNowParts, localToIso } from '../../format';
import { useSubmit } from '../../useSubmit';
import { Alert } from '../Alert';
import { TextField, TextareaField } from '../Fields';
import { FormStatus } from '../FormStatus';

const parts = (iso: string | null) => {
  if (!iso) return { date: '', time: '' };
  return localNowParts(new Date(iso));
};

/** The plain status line: received, or "niet ontvangen" with the due date (red when overdue). */
function PoliceStatus({ p }: { p: EmAdvice['policeInformation'] }) {
  if (p.status === 'RECEIVED')
    return (
      <Alert type="ok" title="Politie-informatie: ontvangen">
        <p className="utrecht-paragraph">
          Ontvangen op {formatDateTime(p.receivedAt)}
          {p.requestedAt ? `, aangevraagd op ${formatDateTime(p.requestedAt)}` : ''}.
        </p>
      </Alert>
    );
  if (p.status === 'NOT_REQUESTED')
    return (
      <Alert type="warning" title="Politie-informatie: niet ontvangen">
        <p className="utrecht-paragraph">
          De politie-informatie over het adres is nog niet aangevraagd. De termijn is 5 werkdagen na de
          aanvraag.
        </p>
      </Alert>
    );
  return (
    <Alert type={p.status === 'OVERDUE' ? 'error' : 'warning'} title="Politie-informatie: niet ontvangen">
      <p className="utrecht-paragraph">
        Aangevraagd op {formatDateTime(p.requestedAt)}; uiterlijk te ontvangen op{' '}
        <strong>{formatDate(p.dueDate)}</strong> (5 werkdagen).
        {p.status === 'OVERDUE' && <strong> De termijn is verstreken.</strong>}
      </p>
    </Alert>
  );
}

/** When police information was requested and received, and what it says. */
export function PoliceInformationForm({
  advice,
  readOnly,
  onSaved,
}: {
  advice: EmAdvice;
  readOnly: boolean;
  onSaved: (a: EmAdvice) => void;
}) {
  const p = advice.policeInformation;
  const [reqDate, setReqDate] = useState(parts(p.requestedAt).date);
  const [reqTime, setReqTime] = useState(parts(p.requestedAt).time);
  const [recDate, setRecDate] = useState(parts(p.receivedAt).date);
  const [recTime, setRecTime] = useState(parts(p.receivedAt).time);
  const [summary, setSummary] = useState(p.summary ?? '');
  const s = useSubmit();

  async function save(e: FormEvent) {
    e.preventDefault();
    const body: { requestedAt?: string; receivedAt?: string; summary?: string } = {};
    if (reqDate) body.requestedAt = localToIso(reqDate, reqTime);
    if (recDate) body.receivedAt = localToIso(recDate, recTime);
    if (summary.trim()) body.summary = summary.trim();
    if (!Object.keys(body).length) {
      s.reset();
      s.setFieldErrors({ requestedAt: 'Vul ten minste de datum van aanvragen in.' });
      return;
    }
    const saved = await s.run(
      () => api.savePoliceInformation(advice.id, body),
      'De politie-informatie is opgeslagen.',
    );
    if (saved) onSaved(saved);
  }

  const fe = s.fieldErrors;
  return (
    <>
      <PoliceStatus p={p} />
      <form onSubmit={save} noValidate className="regie-form">
        <fieldset disabled={readOnly} className="regie-plain-fieldset">
          <FormStatus saved={s.saved} error={s.error} errorTitle="De politie-informatie is niet opgeslagen" />
          <div className="regie-form-row">
            <TextField
              id="politie-aangevraagd"
              label="Aangevraagd op"
              type="date"
              value={reqDate}
              onChange={setReqDate}
              error={fe.requestedAt}
            />
            <TextField
              id="politie-aangevraagd-tijd"
              label="Tijd aanvraag"
              type="time"
              value={reqTime}
              onChange={setReqTime}
            />
            <TextField
              id="politie-ontvangen"
              label="Ontvangen op"
              type="date"
              value={recDate}
              onChange={setRecDate}
              error={fe.receivedAt}
            />
            <TextField
              id="politie-ontvangen-tijd"
              label="Tijd ontvangst"
              type="time"
              value={recTime}
              onChange={setRecTime}
            />
          </div>
          <TextareaField
            id="politie-samenvatting"
            label="Samenvatting politie-informatie"
            value={summary}
            onChange={setSummary}
            rows={3}
            error={fe.summary}
          />
          <div className="utrecht-button-group regie-actions regie-actions--save">
            <Button type="submit" appearance="primary-action-button" busy={s.busy}>
              Politie-informatie opslaan
            </Button>
          </div>
        </fieldset>
      </form>
    </>
  );
}
