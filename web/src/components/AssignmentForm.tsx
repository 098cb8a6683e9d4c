import { Button } from '@utrecht/button-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import { ApiError, messageOf } from '../api/problem';
import type { AssignmentInput, Order, User } from '../api/types';
import { formatNumber } from '../format';
import { PROBATION_ORGANISATIONS } from '../labels';
import { hasRole } from '../session';
import { useLoad } from '../useLoad';
import { Alert, ErrorAlert, Loading } from './Alert';
import { SelectField, TextareaField } from './Fields';
import { Heading } from './Heading';

/**
 * Distribution and assignment: the intake point picks the organisation; an EM coordinator or administrator
 * assigns a worker of the order's organisation, seeing each worker's load.
 */
export function AssignmentForm({
  order,
  user,
  onAssigned,
  children,
}: {
  order: Order;
  user: User;
  onAssigned: (o: Order) => void;
  /** Shown above the form (the assignment candidates). */
  children?: ReactNode;
}) {
  const intake = hasRole(user, 'intake_officer');
  const [workers, reloadWorkers] = useLoad(
    () => (intake ? Promise.resolve({ items: [] }) : api.caseloads()),
    [intake],
  );
  const [organisation, setOrganisation] = useState(order.organisation ?? '');
  const [assigneeId, setAssigneeId] = useState(order.assignee?.id ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setFieldErrors({});
    setSaved(null);
    const input: AssignmentInput = intake ? { organisation } : { assigneeId };
    if (intake ? !organisation : !assigneeId) {
      setFieldErrors(
        intake ? { organisation: 'Kies een organisatie.' } : { assigneeId: 'Kies een medewerker.' },
      );
      return;
    }
    if (note.trim()) input.note = note.trim();
    setBusy(true);
    try {
      const updated = await api.assignOrder(order.id, input);
      setNote('');
      setSaved(
        intake
          ? `De opdracht is verdeeld naar ${PROBATION_ORGANISATIONS[organisation] ?? organisation}.`
          : `De opdracht is toegewezen aan ${updated.assignee?.displayName ?? 'de medewerker'}.`,
      );
      onAssigned(updated);
      if (!intake) reloadWorkers();
    } catch (err) {
      const fe = err instanceof ApiError ? err.fieldErrors : {};
      setFieldErrors(fe);
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="toewijzen-kop" className="regie-card regie-section">
      <Heading level={2} id="toewijzen-kop">
        {intake ? 'Verdelen' : 'Toewijzen'}
      </Heading>
      {saved && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{saved}</p>
        </Alert>
      )}
      {children}
      {children && (
        <Heading level={3} className="regie-subheading-form">
          Of kies zelf een medewerker
        </Heading>
      )}
      <ErrorAlert error={error} title="Toewijzen is niet gelukt" />
      {workers.state === 'loading' && <Loading what="de medewerkers" />}
      {workers.state === 'error' && <ErrorAlert error={messageOf(workers.error)} />}
      {workers.state === 'done' && (
        <form onSubmit={submit} noValidate className="regie-form">
          {intake ? (
            <SelectField
              id="toewijzen-organisatie"
              label="Organisatie"
              value={organisation}
              onChange={setOrganisation}
              placeholder="Kies een organisatie"
              options={Object.entries(PROBATION_ORGANISATIONS).map(([value, label]) => ({ value, label }))}
              error={fieldErrors.organisation}
              required
            />
          ) : (
            <SelectField
              id="toewijzen-medewerker"
              label="Medewerker"
              description="Met de huidige belasting ten opzichte van de capaciteit."
              value={assigneeId}
              onChange={setAssigneeId}
              placeholder="Kies een medewerker"
              options={workers.data.items.map((w) => ({
                value: w.userId,
                label: `${w.displayName} — ${formatNumber(w.totalWeight)} van ${formatNumber(w.capacity)}`,
              }))}
              error={fieldErrors.assigneeId}
              required
            />
          )}
          <TextareaField
            id="toewijzen-toelichting"
            label="Toelichting"
            value={note}
            onChange={setNote}
            rows={2}
            error={fieldErrors.note}
          />
          <div className="utrecht-button-group regie-actions">
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {intake ? 'Verdelen' : 'Toewijzen'}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
