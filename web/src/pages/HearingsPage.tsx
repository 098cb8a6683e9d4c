import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import { messageOf } from '../api/problem';
import type { ChamberHearing, ClientSummary, HearingOutcome, HearingOutcomeInput, Order } from '../api/types';
import { ErrorAlert, Loading } from '../components/Alert';
import { ClientPicker } from '../components/ClientPicker';
import { RadioGroupField, SelectField, TextField } from '../components/Fields';
import { FormStatus } from '../components/FormStatus';
import { Heading, Paragraph } from '../components/Heading';
import { Link } from '../components/Link';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate, formatDateTime } from '../format';
import {
  HEARING_OUTCOME_LABELS,
  hearingOutcomeLabel,
  orderKindLabel,
  organisationLabel,
  statusLabel,
} from '../labels';
import { paths } from '../router';
import { hasRole, useUser } from '../session';
import { useLoad, useTitle } from '../useLoad';
import { useSubmit } from '../useSubmit';

type Filter = 'pending' | 'overdue' | 'all';
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'pending', label: 'Openstaand' },
  { value: 'overdue', label: 'Te laat' },
  { value: 'all', label: 'Alle' },
];

const orderLabel = (o: Order) =>
  `${orderKindLabel(o.kind)}${o.provisional ? ' (voorlopig)' : ''} — ${statusLabel(o.status)}, ontvangen ${formatDate(o.receivedAt)}`;

/** Supervision orders of a client, to link to a hearing. */
function useSupervisionOrders(clientId: string | null) {
  const [load] = useLoad(
    () => (clientId ? api.clientOrders(clientId) : Promise.resolve({ items: [] as Order[] })),
    [clientId],
  );
  return load.state === 'done' ? load.data.items.filter((o) => o.kind === 'SUPERVISION') : [];
}

function AddHearingForm({ onAdded }: { onAdded: () => void }) {
  const [client, setClient] = useState<ClientSummary | null>(null);
  const [court, setCourt] = useState('');
  const [date, setDate] = useState('');
  const [ref, setRef] = useState('');
  const [orderId, setOrderId] = useState('');
  const orders = useSupervisionOrders(client?.id ?? null);
  const s = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await s.run(
      () =>
        api.addHearing({
          clientId: client?.id ?? '',
          court: court.trim(),
          hearingDate: date,
          caseReference: ref.trim(),
          ...(orderId ? { orderId } : {}),
        }),
      'De zitting staat op de schaduwlijst.',
    );
    if (r) {
      setCourt('');
      setDate('');
      setRef('');
      setOrderId('');
      setClient(null);
      onAdded();
    }
  }
  const fe = s.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="regie-form">
      <FormStatus saved={s.saved} error={s.error} errorTitle="De zitting is niet toegevoegd" />
      <ClientPicker
        id="zitting-client"
        value={client}
        onChange={setClient}
        error={fe.clientId && 'Kies een cliënt.'}
      />
      <div className="regie-form-row">
        <TextField
          id="zitting-rechtbank"
          label="Rechtbank"
          description="Bijvoorbeeld Rechtbank Midden-Nederland"
          value={court}
          onChange={setCourt}
          error={fe.court}
          required
        />
        <TextField
          id="zitting-datum"
          label="Datum raadkamer"
          type="date"
          value={date}
          onChange={setDate}
          error={fe.hearingDate}
          required
        />
        <TextField
          id="zitting-parketnummer"
          label="Parketnummer"
          value={ref}
          onChange={setRef}
          error={fe.caseReference}
          required
        />
      </div>
      {orders.length > 0 && (
        <SelectField
          id="zitting-opdracht"
          label="Toezichtsopdracht (als die er al is)"
          value={orderId}
          onChange={setOrderId}
          placeholder="Nog geen opdracht"
          options={orders.map((o) => ({ value: o.id, label: orderLabel(o) }))}
          error={fe.orderId}
        />
      )}
      <div className="utrecht-button-group regie-actions">
        <Button type="submit" appearance="primary-action-button" busy={s.busy}>
          Zitting toevoegen
        </Button>
      </div>
    </form>
  );
}

function OutcomeForm({
  hearing,
  onDone,
  onCancel,
}: {
  hearing: ChamberHearing;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [outcome, setOutcome] = useState<string>(hearing.outcome ?? '');
  const [orderId, setOrderId] = useState(hearing.orderId ?? '');
  const [next, setNext] = useState('');
  const orders = useSupervisionOrders(hearing.clientId);
  const s = useSubmit();
  const id = `uitkomst-${hearing.id}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { outcome: outcome as HearingOutcome } as HearingOutcomeInput;
    if (outcome === 'SUSPENDED_WITH_CONDITIONS' && orderId) body.orderId = orderId;
    if (outcome === 'ADJOURNED' && next) body.nextHearingDate = next;
    const r = await s.run(() => api.recordHearingOutcome(hearing.id, body));
    if (r) onDone();
  }
  const fe = s.fieldErrors;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="regie-form regie-outcome-form"
      aria-label={`Uitkomst vastleggen: ${hearing.clientName}, ${formatDate(hearing.hearingDate)}`}
    >
      <FormStatus saved={null} error={s.error} errorTitle="De uitkomst is niet vastgelegd" />
      <RadioGroupField
        id={`${id}-uitkomst`}
        legend="Uitkomst"
        value={outcome}
        onChange={setOutcome}
        options={Object.entries(HEARING_OUTCOME_LABELS).map(([value, label]) => ({ value, label }))}
        error={fe.outcome}
        required
      />
      {outcome === 'SUSPENDED_WITH_CONDITIONS' && (
        <SelectField
          id={`${id}-opdracht`}
          label="Toezichtsopdracht koppelen"
          description="Zolang er geen opdracht is gekoppeld, blijft het signaal staan."
          value={orderId}
          onChange={setOrderId}
          placeholder={orders.length ? 'Later koppelen' : 'Nog geen toezichtsopdracht voor deze cliënt'}
          options={orders.map((o) => ({ value: o.id, label: orderLabel(o) }))}
          error={fe.orderId}
        />
      )}
      {outcome === 'ADJOURNED' && (
        <TextField
          id={`${id}-nieuwe-datum`}
          label="Datum voortgezette zitting"
          type="date"
          value={next}
          onChange={setNext}
          error={fe.nextHearingDate}
          required
        />
      )}
      <div className="utrecht-button-group regie-actions">
        <Button type="submit" appearance="primary-action-button" busy={s.busy}>
          Uitkomst vastleggen
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

function HearingRow({
  h,
  canWrite,
  onChanged,
}: {
  h: ChamberHearing;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <li className={`regie-card regie-hearing${h.signal ? ' regie-hearing--overdue' : ''}`}>
      <div className="regie-hearing__head">
        <div>
          <Heading level={3} className="regie-hearing__title">
            <Link href={paths.client(h.clientId)}>{h.clientName}</Link>
          </Heading>
          <dl className="regie-inline-dl">
            <div>
              <dt>Raadkamer</dt>
              <dd>{formatDate(h.hearingDate)}</dd>
            </div>
            <div>
              <dt>Rechtbank</dt>
              <dd>{h.court}</dd>
            </div>
            <div>
              <dt>Parketnummer</dt>
              <dd>{h.caseReference}</dd>
            </div>
            <div>
              <dt>Organisatie</dt>
              <dd>{organisationLabel(h.organisation)}</dd>
            </div>
            <div>
              <dt>Uitkomst</dt>
              <dd>
                {hearingOutcomeLabel(h.outcome)}
                {h.outcomeAt ? ` (${formatDateTime(h.outcomeAt)})` : ''}
              </dd>
            </div>
            <div>
              <dt>Opdracht</dt>
              <dd>{h.orderId ? <Link href={paths.order(h.orderId)}>Toezichtsopdracht</Link> : 'nog geen'}</dd>
            </div>
          </dl>
        </div>
        {canWrite && !h.nextHearingId && !open && (
          <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
            Uitkomst vastleggen<span className="regie-visually-hidden"> voor {h.clientName}</span>
          </Button>
        )}
      </div>
      {h.signal && (
        <p className="regie-signal" role="note">
          <StatusBadge status="danger">te laat</StatusBadge> {h.signal.message}
        </p>
      )}
      {h.nextHearingId && (
        <p className="utrecht-paragraph regie-muted">Aangehouden: de zitting loopt door als nieuw item.</p>
      )}
      {open && (
        <OutcomeForm
          hearing={h}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onChanged();
          }}
        />
      )}
    </li>
  );
}

/** Schaduwlijst raadkamer: hearings on the suspension of pre-trial detention, with the overdue signal. */
export function HearingsPage() {
  useTitle('Schaduwlijst');
  const user = useUser();
  const canWrite = !hasRole(user, 'inspector', 'quality_officer');
  const [filter, setFilter] = useState<Filter>('pending');
  const [list, reload] = useLoad(() => api.hearings(filter), [filter]);
  return (
    <>
      <Heading level={1}>Schaduwlijst raadkamer</Heading>
      <Paragraph lead>
        Zittingen over schorsing van de voorlopige hechtenis. Een zitting die voorbij is zonder uitkomst of
        zonder gekoppelde toezichtsopdracht krijgt een signaal.
      </Paragraph>
      <section aria-labelledby="zittingen-kop" className="regie-section">
        <Heading level={2} id="zittingen-kop">
          Zittingen
        </Heading>
        <RadioGroupField
          id="filter"
          legend="Toon"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          options={FILTERS}
          className="regie-filter"
        />
        {list.state === 'loading' && <Loading what="de schaduwlijst" />}
        {list.state === 'error' && <ErrorAlert error={messageOf(list.error)} />}
        {list.state === 'done' && (
          <div aria-live="polite">
            <Paragraph className="regie-muted">
              {list.data.items.length} {list.data.items.length === 1 ? 'zitting' : 'zittingen'}
              {list.data.items.some((h) => h.signal) &&
                `, waarvan ${list.data.items.filter((h) => h.signal).length} met een signaal`}
            </Paragraph>
            {list.data.items.length > 0 && (
              <ol className="regie-hearings">
                {list.data.items.map((h) => (
                  <HearingRow key={h.id} h={h} canWrite={canWrite} onChanged={reload} />
                ))}
              </ol>
            )}
          </div>
        )}
      </section>
      {canWrite && (
        <section aria-labelledby="zitting-nieuw-kop" className="regie-section regie-card">
          <Heading level={2} id="zitting-nieuw-kop">
            Zitting toevoegen
          </Heading>
          <AddHearingForm onAdded={reload} />
        </section>
      )}
    </>
  );
}
