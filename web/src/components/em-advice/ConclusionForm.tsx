import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import type { ConclusionInput, EmAdvice, InstallationPlace } from '../../api/types';
import { formatDateTime } from '../../format';
import { INSTALLATION_PLACE_LABELS } from '../../labels';
import { useSubmit } from '../../useSubmit';
import { ErrorSummary } from '../ErrorSummary';
import { RadioGroupField, TextField, TextareaField } from '../Fields';
import { FormStatus } from '../FormStatus';
import { Paragraph } from '../Heading';

const OUTCOMES = [
  { value: 'POSITIVE', label: 'Positief: EM is haalbaar' },
  { value: 'NEGATIVE', label: 'Negatief: EM is niet haalbaar' },
];
const YES_NO = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nee' },
];
const PLACES = Object.entries(INSTALLATION_PLACE_LABELS).map(([value, label]) => ({ value, label }));

/** Where an error of the API lands on this form. */
const FIELD_OF: Record<string, string> = {
  outcome: 'conclusie-uitkomst',
  reasons: 'conclusie-reden-0',
  proposedInstallation: 'installatie-datum',
  'proposedInstallation.date': 'installatie-datum',
  'proposedInstallation.time': 'installatie-tijd',
  'proposedInstallation.place': 'installatie-plaats',
  'proposedInstallation.placeDescription': 'installatie-omschrijving',
  discussedWithClient: 'conclusie-besproken',
  clientResponse: 'conclusie-reactie',
  notDiscussedReason: 'conclusie-niet-besproken',
  feasibility: 'haalbaarheid-kop',
  homeVisit: 'huisbezoek-datum',
};

/** The conclusion: positive or negative, reasons, proposed installation, discussion with the client. */
export function ConclusionForm({
  advice,
  readOnly,
  onSaved,
}: {
  advice: EmAdvice;
  readOnly: boolean;
  onSaved: (a: EmAdvice) => void;
}) {
  const c = advice.conclusion;
  const [outcome, setOutcome] = useState<string>(c?.outcome ?? '');
  const [reasons, setReasons] = useState<string[]>(c?.reasons.length ? c.reasons : ['']);
  const [date, setDate] = useState(c?.proposedInstallation?.date ?? '');
  const [time, setTime] = useState(c?.proposedInstallation?.time ?? '');
  const [place, setPlace] = useState<string>(c?.proposedInstallation?.place ?? '');
  const [placeDescription, setPlaceDescription] = useState(c?.proposedInstallation?.placeDescription ?? '');
  const [discussed, setDiscussed] = useState(c ? (c.discussedWithClient ? 'yes' : 'no') : '');
  const [response, setResponse] = useState(c?.clientResponse ?? '');
  const [notReason, setNotReason] = useState(c?.notDiscussedReason ?? '');
  const s = useSubmit();
  const fe = s.fieldErrors;

  async function save(e: FormEvent) {
    e.preventDefault();
    const body: Partial<ConclusionInput> = { reasons: reasons.map((r) => r.trim()).filter(Boolean) };
    if (outcome) body.outcome = outcome as ConclusionInput['outcome'];
    if (outcome === 'POSITIVE' && (date || time || place)) {
      body.proposedInstallation = {
        date,
        time,
        place: place as InstallationPlace,
        ...(placeDescription.trim() ? { placeDescription: placeDescription.trim() } : {}),
      };
    }
    if (discussed) body.discussedWithClient = discussed === 'yes';
    if (discussed === 'yes' && response.trim()) body.clientResponse = response.trim();
    if (discussed === 'no' && notReason.trim()) body.notDiscussedReason = notReason.trim();
    const saved = await s.run(
      () => api.saveConclusion(advice.id, body as ConclusionInput),
      'De conclusie is vastgelegd.',
    );
    if (saved) onSaved(saved);
  }

  const summary = Object.entries(fe).map(([name, message]) => ({
    fieldId: FIELD_OF[name] ?? FIELD_OF[name.split('.')[0]!] ?? 'conclusie-uitkomst',
    message: name === 'feasibility' || name === 'homeVisit' ? message : `${labelOf(name)}: ${message}`,
  }));

  return (
    <form onSubmit={save} noValidate className="regie-form">
      <fieldset disabled={readOnly} className="regie-plain-fieldset">
        {c && (
          <Paragraph className="regie-muted">
            Vastgelegd door {c.decidedBy ?? 'onbekend'} op {formatDateTime(c.decidedAt)}.
          </Paragraph>
        )}
        <FormStatus saved={s.saved} error={summary.length ? null : s.error} />
        <ErrorSummary title="De conclusie is niet vastgelegd" items={summary} />
        <RadioGroupField
          id="conclusie-uitkomst"
          legend="Conclusie"
          value={outcome}
          onChange={setOutcome}
          options={OUTCOMES}
          error={fe.outcome}
          required
        />
        <fieldset className="regie-plain-fieldset regie-reasons" aria-labelledby="redenen-legend">
          <p className="utrecht-form-label regie-subfield-label" id="redenen-legend">
            Redenen <span className="regie-required">(verplicht, minstens één)</span>
          </p>
          {fe.reasons && (
            <p className="utrecht-form-field-error-message" id="conclusie-redenen-error">
              {fe.reasons}
            </p>
          )}
          {reasons.map((r, i) => (
            <div className="regie-reason-row" key={i}>
              <TextareaField
                id={`conclusie-reden-${i}`}
                label={`Reden ${i + 1}`}
                value={r}
                onChange={(v) => setReasons(reasons.map((x, j) => (j === i ? v : x)))}
                rows={2}
                error={fe[`reasons.${i}`]}
              />
              {reasons.length > 1 && (
                <Button
                  appearance="subtle-button"
                  onClick={() => setReasons(reasons.filter((_, j) => j !== i))}
                >
                  Verwijderen<span className="regie-visually-hidden"> reden {i + 1}</span>
                </Button>
              )}
            </div>
          ))}
          <div className="regie-actions">
            <Button appearance="secondary-action-button" onClick={() => setReasons([...reasons, ''])}>
              Reden toevoegen
            </Button>
          </div>
        </fieldset>
        {outcome === 'POSITIVE' && (
          <fieldset className="regie-plain-fieldset regie-subform" aria-labelledby="installatie-legend">
            <p className="utrecht-form-label regie-subfield-label" id="installatie-legend">
              Voorgestelde installatie
            </p>
            {fe.proposedInstallation && (
              <p className="utrecht-form-field-error-message">{fe.proposedInstallation}</p>
            )}
            <div className="regie-form-row">
              <TextField
                id="installatie-datum"
                label="Datum"
                type="date"
                value={date}
                onChange={setDate}
                error={fe['proposedInstallation.date']}
                required
              />
              <TextField
                id="installatie-tijd"
                label="Tijd"
                type="time"
                value={time}
                onChange={setTime}
                error={fe['proposedInstallation.time']}
                required
              />
            </div>
            <RadioGroupField
              id="installatie-plaats"
              legend="Plaats"
              value={place}
              onChange={setPlace}
              options={PLACES}
              error={fe['proposedInstallation.place']}
              required
            />
            {place === 'OTHER' && (
              <TextField
                id="installatie-omschrijving"
                label="Omschrijving van de plaats"
                value={placeDescription}
                onChange={setPlaceDescription}
                error={fe['proposedInstallation.placeDescription']}
                required
              />
            )}
          </fieldset>
        )}
        <RadioGroupField
          id="conclusie-besproken"
          legend="Besproken met de cliënt"
          value={discussed}
          onChange={setDiscussed}
          options={YES_NO}
          error={fe.discussedWithClient}
          required
        />
        {discussed === 'yes' && (
          <TextareaField
            id="conclusie-reactie"
            label="Reactie van de cliënt"
            value={response}
            onChange={setResponse}
            rows={2}
            error={fe.clientResponse}
            required
          />
        )}
        {discussed === 'no' && (
          <TextareaField
            id="conclusie-niet-besproken"
            label="Waarom niet besproken"
            value={notReason}
            onChange={setNotReason}
            rows={2}
            error={fe.notDiscussedReason}
            required
          />
        )}
        <div className="utrecht-button-group regie-actions regie-actions--save">
          <Button type="submit" appearance="primary-action-button" busy={s.busy}>
            Conclusie vastleggen
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

function labelOf(name: string): string {
  const labels: Record<string, string> = {
    outcome: 'Conclusie',
    reasons: 'Redenen',
    proposedInstallation: 'Voorgestelde installatie',
    'proposedInstallation.date': 'Datum installatie',
    'proposedInstallation.time': 'Tijd installatie',
    'proposedInstallation.place': 'Plaats installatie',
    'proposedInstallation.placeDescription': 'Omschrijving plaats',
    discussedWithClient: 'Besproken met de cliënt',
    clientResponse: 'Reactie van de cliënt',
    notDiscussedReason: 'Waarom niet besproken',
  };
  return labels[name] ?? (name.startsWith('reasons.') ? `Reden ${Number(name.split('.')[1]) + 1}` : name);
}
