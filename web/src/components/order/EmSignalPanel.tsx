import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import { messageOf } from '../../api/problem';
import type { CaseProfile, EmSignalView, Order } from '../../api/types';
import { formatDateTime } from '../../format';
import { CASE_PROFILE_LABELS, emSignalLabel } from '../../labels';
import { useLoad } from '../../useLoad';
import { useSubmit } from '../../useSubmit';
import { Alert, ErrorAlert, Loading } from '../Alert';
import { CheckboxField, RadioGroupField, TextareaField } from '../Fields';
import { FormStatus } from '../FormStatus';
import { Heading, Paragraph } from '../Heading';

const PROFILE_KEYS = Object.keys(CASE_PROFILE_LABELS) as (keyof CaseProfile)[];

function Signals({ view }: { view: EmSignalView }) {
  if (view.signals.length === 0)
    return <Paragraph className="regie-muted">Geen EM-signalen voor deze opdracht.</Paragraph>;
  return (
    <Alert type="warning" title={`EM-signaal: overweeg elektronische monitoring (${view.signals.length})`}>
      <ul className="utrecht-unordered-list regie-signal-list">
        {view.signals.map((s) => (
          <li className="utrecht-unordered-list__item" key={s.ruleId}>
            <strong>{emSignalLabel(s.ruleId)}</strong>: {s.explanation}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function ProfileForm({
  order,
  view,
  canWrite,
  onChange,
}: {
  order: Order;
  view: EmSignalView;
  canWrite: boolean;
  onChange: (v: EmSignalView) => void;
}) {
  const s = useSubmit();
  // Shown at once; back to the stored profile when saving fails.
  const [profile, setProfile] = useState<CaseProfile>(view.caseProfile);
  async function toggle(key: keyof CaseProfile, value: boolean) {
    const next = { ...profile, [key]: value };
    setProfile(next);
    const v = await s.run(() => api.saveCaseProfile(order.id, next));
    if (v) onChange(v);
    else setProfile(view.caseProfile);
  }
  return (
    <fieldset className="regie-plain-fieldset regie-profile" disabled={!canWrite}>
      <legend className="utrecht-form-fieldset__legend regie-subfield-label">Casusprofiel</legend>
      <FormStatus saved={null} error={s.error} errorTitle="Het casusprofiel is niet opgeslagen" />
      {PROFILE_KEYS.map((k) => (
        <CheckboxField
          key={k}
          id={`profiel-${k}`}
          label={CASE_PROFILE_LABELS[k]}
          checked={Boolean(profile[k])}
          onChange={(v) => void toggle(k, v)}
        />
      ))}
    </fieldset>
  );
}

function ConsiderationForm({
  order,
  view,
  onChange,
}: {
  order: Order;
  view: EmSignalView;
  onChange: (v: EmSignalView) => void;
}) {
  const c = view.consideration;
  const [advised, setAdvised] = useState(c ? (c.emAdvised ? 'yes' : 'no') : '');
  const [reason, setReason] = useState(c?.reason ?? '');
  const s = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!advised) {
      s.reset();
      s.setFieldErrors({ emAdvised: 'Kies ja of nee.' });
      return;
    }
    const v = await s.run(
      () =>
        api.considerEm(order.id, {
          emAdvised: advised === 'yes',
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        }),
      'De overweging is vastgelegd.',
    );
    if (v) onChange(v);
  }
  return (
    <form onSubmit={submit} noValidate className="regie-form" aria-labelledby="em-overwogen-kop">
      <Heading level={3} id="em-overwogen-kop">
        EM overwogen
      </Heading>
      {c && (
        <Paragraph className="regie-muted">
          Vastgelegd op {formatDateTime(c.decidedAt)}: EM{' '}
          {c.emAdvised ? 'wordt geadviseerd' : 'wordt niet geadviseerd'}
          {c.reason ? ` — ${c.reason}` : ''}.
        </Paragraph>
      )}
      <FormStatus saved={s.saved} error={s.error} errorTitle="De overweging is niet vastgelegd" />
      <RadioGroupField
        id="em-geadviseerd"
        legend="Wordt EM geadviseerd?"
        value={advised}
        onChange={setAdvised}
        options={[
          { value: 'yes', label: 'Ja' },
          { value: 'no', label: 'Nee' },
        ]}
        error={s.fieldErrors.emAdvised}
        required
      />
      <TextareaField
        id="em-overweging-reden"
        label={advised === 'no' ? 'Waarom niet' : 'Toelichting'}
        description={
          view.signals.length
            ? 'Verplicht als EM niet wordt geadviseerd terwijl er signalen zijn.'
            : undefined
        }
        value={reason}
        onChange={setReason}
        rows={2}
        error={s.fieldErrors.reason && 'Geef aan waarom EM niet wordt geadviseerd.'}
        required={advised === 'no' && view.signals.length > 0}
      />
      <div className="utrecht-button-group regie-actions">
        <Button type="submit" appearance="secondary-action-button" busy={s.busy}>
          Overweging vastleggen
        </Button>
      </div>
    </form>
  );
}

/**
 * The EM signal of a regular advice order: the signals with their explanation, the case profile, the
 * consideration "EM overwogen", and completing the advice (refused while the consideration is missing).
 */
export function EmSignalPanel({
  order,
  canWrite,
  onCompleted,
}: {
  order: Order;
  canWrite: boolean;
  onCompleted: () => void;
}) {
  const [load] = useLoad(() => api.emSignal(order.id), [order.id]);
  const [view, setView] = useState<EmSignalView | null>(null);
  const complete = useSubmit();
  const v = view ?? (load.state === 'done' ? load.data : null);
  const closed = order.status === 'COMPLETED' || order.status === 'CANCELLED';

  async function finish() {
    const r = await complete.run(() => api.completeOrder(order.id), 'Het advies is afgerond.');
    if (r) onCompleted();
  }

  return (
    <section aria-labelledby="em-signaal-kop" className="regie-section regie-card">
      <Heading level={2} id="em-signaal-kop">
        EM-signaal
      </Heading>
      {load.state === 'loading' && <Loading what="het EM-signaal" />}
      {load.state === 'error' && <ErrorAlert error={messageOf(load.error)} />}
      {v && (
        <>
          <Signals view={v} />
          <ProfileForm order={order} view={v} canWrite={canWrite && !closed} onChange={setView} />
          {canWrite && !closed && <ConsiderationForm order={order} view={v} onChange={setView} />}
          {/* Outside the form: once the advice is completed the order reloads as closed and the form goes,
              but the confirmation must stay in view. */}
          <FormStatus
            saved={complete.saved}
            error={complete.error && (Object.values(complete.fieldErrors).join(' ') || complete.error)}
            errorTitle="Het advies kan nog niet worden afgerond"
          />
          {canWrite && !closed && (
            <div className="regie-complete">
              <div className="utrecht-button-group regie-actions">
                <Button appearance="primary-action-button" busy={complete.busy} onClick={() => void finish()}>
                  Advies afronden
                </Button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
