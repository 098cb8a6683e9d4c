import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import { messageOf } from '../api/problem';
import type { Distribution, IntakeQueueItem, Order } from '../api/types';
import { Alert, ErrorAlert, Loading } from '../components/Alert';
import { DueDate } from '../components/DueDate';
import { SelectField, TextareaField } from '../components/Fields';
import { FormStatus } from '../components/FormStatus';
import { Heading, Paragraph } from '../components/Heading';
import { Link } from '../components/Link';
import { StatusBadge } from '../components/StatusBadge';
import { formatDateTime } from '../format';
import {
  distributionRuleLabel,
  legalFrameworkLabel,
  orderKindLabel,
  PROBATION_ORGANISATIONS,
  principalShort,
  intakeRegionLabel,
} from '../labels';
import { paths } from '../router';
import { useLoad, useTitle } from '../useLoad';
import { useSubmit } from '../useSubmit';
import { usePlaceNames } from '../structure';

type Decided = { item: IntakeQueueItem; order: Order & { distribution: Distribution } };

/** The decision just made, with Regie's explanation up front. */
function Decision({ decided }: { decided: Decided }) {
  const placeName = usePlaceNames();
  const d = decided.order.distribution;
  return (
    <Alert
      type="ok"
      title={`${decided.item.clientName}: verdeeld naar ${PROBATION_ORGANISATIONS[d.organisation] ?? d.organisation}`}
    >
      <p className="utrecht-paragraph regie-explanation" data-testid="verdeelbesluit">
        <strong>Waarom:</strong> {d.explanation}
      </p>
      <p className="utrecht-paragraph regie-muted">
        Regel: {distributionRuleLabel(d.rule)}
        {d.intakeRegion ? ` · instroomregio ${intakeRegionLabel(d.intakeRegion)}` : ''}
        {d.unitId ? ` · unit ${placeName(d.unitId)}` : ''} · {formatDateTime(d.distributedAt)} ·{' '}
        <Link href={paths.order(decided.order.id)}>Naar de opdracht</Link>
      </p>
    </Alert>
  );
}

function ManualForm({
  item,
  onDone,
  onCancel,
}: {
  item: IntakeQueueItem;
  onDone: (d: Decided) => void;
  onCancel: () => void;
}) {
  const [organisation, setOrganisation] = useState('');
  const [reason, setReason] = useState('');
  const s = useSubmit();
  const id = `handmatig-${item.orderId}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const order = await s.run(() =>
      api.distribute(item.orderId, {
        organisation: organisation || undefined,
        reason: reason.trim() || undefined,
      }),
    );
    if (order) onDone({ item, order });
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="regie-form regie-manual"
      aria-label={`Handmatig verdelen: ${item.clientName}`}
    >
      <FormStatus saved={null} error={s.error} errorTitle="Handmatig verdelen is niet gelukt" />
      <div className="regie-form-row">
        <SelectField
          id={`${id}-organisatie`}
          label="Organisatie"
          value={organisation}
          onChange={setOrganisation}
          placeholder="Kies een organisatie"
          options={Object.entries(PROBATION_ORGANISATIONS).map(([value, label]) => ({ value, label }))}
          error={s.fieldErrors.organisation}
          required
        />
        <TextareaField
          id={`${id}-reden`}
          label="Reden"
          description="Minstens 5 tekens; wordt vastgelegd bij de opdracht."
          value={reason}
          onChange={setReason}
          rows={2}
          error={s.fieldErrors.reason && 'Geef een reden op van minstens 5 tekens.'}
          required
        />
      </div>
      <div className="utrecht-button-group regie-actions">
        <Button type="submit" appearance="primary-action-button" busy={s.busy}>
          Handmatig verdelen
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

function QueueItem({ item, onDecided }: { item: IntakeQueueItem; onDecided: (d: Decided) => void }) {
  const [manual, setManual] = useState(false);
  const s = useSubmit();
  async function auto() {
    const order = await s.run(() => api.distribute(item.orderId));
    if (order) onDecided({ item, order });
  }
  const headingId = `instroom-${item.orderId}`;
  return (
    <li
      className={`regie-card regie-queue-item${item.urgent ? ' regie-queue-item--urgent' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="regie-queue-item__main">
        <Heading level={3} id={headingId} className="regie-queue-item__title">
          <Link href={paths.order(item.orderId)}>{item.clientName}</Link>{' '}
          <span className="regie-queue-item__kind">— {orderKindLabel(item.kind)}</span>
        </Heading>
        <dl className="regie-inline-dl">
          <div>
            <dt>Opdrachtgever</dt>
            <dd>{principalShort(item.principal)}</dd>
          </div>
          <div>
            <dt>Kader</dt>
            <dd>{legalFrameworkLabel(item.legalFramework)}</dd>
          </div>
          <div>
            <dt>Ontvangen</dt>
            <dd>{formatDateTime(item.receivedAt)}</dd>
          </div>
          <div>
            <dt>Uiterste datum</dt>
            <dd>
              <DueDate dueDate={item.dueDate} urgent={item.urgent} />
            </dd>
          </div>
          <div>
            <dt>Postcode</dt>
            <dd>{item.postcode ?? 'onbekend'}</dd>
          </div>
          <div>
            <dt>Instroomregio</dt>
            <dd>
              {(item.intakeRegion && intakeRegionLabel(item.intakeRegion)) ?? (
                <StatusBadge status="warning">onbekend: handmatig verdelen</StatusBadge>
              )}
            </dd>
          </div>
        </dl>
        {item.offence && (
          <p className="utrecht-paragraph regie-muted regie-queue-item__offence">Delict: {item.offence}</p>
        )}
      </div>
      <div className="regie-queue-item__actions">
        <Button
          appearance="primary-action-button"
          busy={s.busy}
          onClick={() => void auto()}
          aria-describedby={headingId}
        >
          Verdelen
        </Button>
        {!manual && (
          <Button
            appearance="secondary-action-button"
            onClick={() => setManual(true)}
            aria-describedby={headingId}
          >
            Handmatig verdelen
          </Button>
        )}
      </div>
      {(s.error || manual) && (
        <div className="regie-queue-item__extra">
          <ErrorAlert
            error={s.error && `${s.error}${s.fieldErrors.clientId ? ` ${s.fieldErrors.clientId}` : ''}`}
            title="Automatisch verdelen is niet gelukt"
          />
          {manual && <ManualForm item={item} onDone={onDecided} onCancel={() => setManual(false)} />}
        </div>
      )}
    </li>
  );
}

/** Instroom: the orders received at the intake point, urgent first, to distribute over the 3RO. */
export function IntakePage() {
  useTitle('Instroom');
  const [queue, reload] = useLoad(() => api.intakeQueue(), []);
  const [decided, setDecided] = useState<Decided[]>([]);
  const onDecided = (d: Decided) => {
    setDecided((all) => [d, ...all]);
    reload();
  };
  return (
    <>
      <Heading level={1}>Instroom</Heading>
      <Paragraph lead>
        Ontvangen opdrachten die nog verdeeld moeten worden over RN, SVG en LJ&amp;R. Spoed staat bovenaan,
        daarna de vroegste uiterste datum.
      </Paragraph>
      {decided.length > 0 && (
        <section aria-labelledby="besluiten-kop" className="regie-section">
          <Heading level={2} id="besluiten-kop">
            Zojuist verdeeld
          </Heading>
          <div aria-live="polite">
            {decided.map((d) => (
              <Decision key={d.order.id + d.order.distribution.distributedAt} decided={d} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="wachtrij-kop" className="regie-section">
        <Heading level={2} id="wachtrij-kop">
          Te verdelen
        </Heading>
        {queue.state === 'loading' && <Loading what="de instroom" />}
        {queue.state === 'error' && <ErrorAlert error={messageOf(queue.error)} />}
        {queue.state === 'done' &&
          (queue.data.items.length === 0 ? (
            <Paragraph>Er staan geen opdrachten klaar om te verdelen.</Paragraph>
          ) : (
            <ol className="regie-queue" aria-label={`${queue.data.items.length} te verdelen opdrachten`}>
              {queue.data.items.map((item) => (
                <QueueItem key={item.orderId} item={item} onDecided={onDecided} />
              ))}
            </ol>
          ))}
      </section>
    </>
  );
}
