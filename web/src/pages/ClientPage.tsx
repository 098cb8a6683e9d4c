import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import { ApiError, messageOf } from '../api/problem';
import type { AuditEntry, Client, JournalEntry, Order } from '../api/types';
import { ErrorAlert, Loading } from '../components/Alert';
import { DataList } from '../components/DataList';
import { Heading, Paragraph } from '../components/Heading';
import { JournalForm } from '../components/JournalForm';
import { OrderSummary } from '../components/OrderSummary';
import { ReasonForm } from '../components/ReasonForm';
import { StatusBadge } from '../components/StatusBadge';
import { SimpleTable } from '../components/Table';
import { amsterdamDate, formatDate, formatDateTime } from '../format';
import { auditActionLabel, journalKindLabel, organisationLabel, riskFlagLabel } from '../labels';
import { reasons } from '../reasons';
import { useUser } from '../session';
import { useTitle } from '../useLoad';

type State =
  | { state: 'loading' }
  | { state: 'reason' }
  | { state: 'error'; message: string }
  | { state: 'done'; client: Client; orders: Order[] };

function Details({ client }: { client: Client }) {
  return (
    <section aria-labelledby="gegevens-kop" className="regie-section">
      <Heading level={2} id="gegevens-kop">
        Persoonsgegevens
      </Heading>
      <DataList
        items={[
          ['Naam', `${client.givenName} ${client.familyName}`],
          ['Geboortedatum', formatDate(client.birthDate)],
          ['BSN', client.bsnMasked ?? 'niet bekend'],
          ['Telefoon', client.phone ?? 'niet bekend'],
          ['Organisatie', organisationLabel(client.organisation)],
          [
            'Risicosignalen',
            client.riskFlags.length ? (
              <span className="regie-badges">
                {client.riskFlags.map((f) => (
                  <StatusBadge key={f} status="warning">
                    {riskFlagLabel(f)}
                  </StatusBadge>
                ))}
              </span>
            ) : (
              'geen'
            ),
          ],
          [
            'Eerder betrokken',
            client.earlierInvolvement.length
              ? client.earlierInvolvement.map((e) => `${e.organisation} (${e.year}, ${e.kind})`).join('; ')
              : 'geen',
          ],
        ]}
      />
      <Heading level={3}>Adressen</Heading>
      {client.addresses.length === 0 ? (
        <Paragraph>Geen adres bekend.</Paragraph>
      ) : (
        <SimpleTable
          caption="Adresgeschiedenis, nieuwste eerst"
          headers={['Adres', 'Vanaf', 'Tot en met']}
          rows={[...client.addresses]
            .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
            .map((a) => {
              const current = !a.validTo || a.validTo >= amsterdamDate();
              return {
                key: a.id,
                cells: [
                  <span className="regie-address">
                    <span>
                      {a.street} {a.houseNumber}
                      <br />
                      {a.postcode} {a.city}
                    </span>
                    {current && <StatusBadge status="active">huidig</StatusBadge>}
                  </span>,
                  formatDate(a.validFrom),
                  a.validTo ? formatDate(a.validTo) : '—',
                ],
              };
            })}
        />
      )}
    </section>
  );
}

function Journal({ entries }: { entries: JournalEntry[] | null }) {
  if (!entries) return <Loading what="het journaal" />;
  if (entries.length === 0) return <Paragraph>Het journaal is nog leeg.</Paragraph>;
  const sorted = [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <ol className="regie-journal" aria-label="Journaalregels, nieuwste eerst">
      {sorted.map((j) => (
        <li key={j.id} className="regie-journal__entry">
          <p className="regie-journal__meta">
            <strong>{journalKindLabel(j.kind)}</strong> ·{' '}
            <time dateTime={j.occurredAt}>{formatDateTime(j.occurredAt)}</time> · {j.author.displayName}
          </p>
          <p className="utrecht-paragraph regie-journal__text">{j.text}</p>
        </li>
      ))}
    </ol>
  );
}

function WhoLooked({ entries, error }: { entries: AuditEntry[] | null; error: string | null }) {
  return (
    <section aria-labelledby="inzage-kop" className="regie-section">
      <Heading level={2} id="inzage-kop">
        Wie heeft dit dossier ingezien
      </Heading>
      <Paragraph>
        Elke inzage en wijziging wordt vastgelegd. De cliënt heeft recht op dit overzicht.
      </Paragraph>
      <ErrorAlert error={error} />
      {!entries && !error && <Loading what="het inzageoverzicht" />}
      {entries && (
        <SimpleTable
          caption="Inzage en wijzigingen, nieuwste eerst"
          className="regie-audit-table"
          headers={['Wanneer', 'Wie', 'Organisatie', 'Handeling', 'Reden']}
          rows={entries.map((e) => ({
            key: String(e.seq),
            cells: [
              formatDateTime(e.at),
              <>
                {e.actorName ? `${e.actorName} (${e.actor})` : e.actor}
                {e.onBehalfOf ? ` (namens ${e.onBehalfOf})` : ''}
              </>,
              e.organisation ?? '—',
              auditActionLabel(e.action),
              e.reason ?? '—',
            ],
          }))}
        />
      )}
    </section>
  );
}

export function ClientPage({ clientId }: { clientId: string }) {
  const user = useUser();
  const readOnly = user.roles.every((r) => r === 'inspector' || r === 'quality_officer');
  const [reason, setReason] = useState<string | undefined>(() => reasons.forClient(clientId));
  const [state, setState] = useState<State>({ state: 'loading' });
  const [journal, setJournal] = useState<JournalEntry[] | null>(null);
  const [journalError, setJournalError] = useState<string | null>(null);
  const [audit, setAudit] = useState<AuditEntry[] | null>(null);
  const [auditError, setAuditError] = useState<string | null>(null);

  const title = state.state === 'done' ? `${state.client.givenName} ${state.client.familyName}` : 'Cliënt';
  useTitle(title);

  const loadAudit = useCallback(async () => {
    try {
      setAudit((await api.audit(clientId, reason)).items);
      setAuditError(null);
    } catch (err) {
      setAuditError(messageOf(err));
    }
  }, [clientId, reason]);

  useEffect(() => {
    let live = true;
    setState({ state: 'loading' });
    setJournal(null);
    setAudit(null);
    (async () => {
      try {
        // The client first: it tells whether a reason is needed before anything else is asked.
        const client = await api.client(clientId, reason);
        const [orders, journalResult] = await Promise.all([
          api.clientOrders(clientId, reason),
          api.journal(clientId, reason).then(
            (r) => ({ ok: true as const, items: r.items }),
            (err: unknown) => ({ ok: false as const, message: messageOf(err) }),
          ),
        ]);
        if (!live) return;
        reasons.linkOrders(
          clientId,
          orders.items.map((o) => o.id),
        );
        setState({ state: 'done', client, orders: orders.items });
        if (journalResult.ok) setJournal(journalResult.items);
        else setJournalError(journalResult.message);
        // Last, so the overview includes the reads just made.
        await loadAudit();
      } catch (err) {
        if (!live) return;
        if (err instanceof ApiError && err.needsReason) setState({ state: 'reason' });
        else setState({ state: 'error', message: messageOf(err) });
      }
    })();
    return () => {
      live = false;
    };
  }, [clientId, reason, loadAudit]);

  const onJournalAdded = useCallback(async () => {
    try {
      setJournal((await api.journal(clientId, reason)).items);
    } catch (err) {
      setJournalError(messageOf(err));
    }
    await loadAudit();
  }, [clientId, reason, loadAudit]);

  if (state.state === 'reason') {
    return (
      <>
        <Heading level={1}>Dossier inzien</Heading>
        <ReasonForm
          what="het dossier van deze cliënt"
          onSubmit={(r) => {
            reasons.remember(clientId, r);
            setReason(r);
          }}
        />
      </>
    );
  }
  if (state.state === 'loading') {
    return (
      <>
        <Heading level={1}>Cliënt</Heading>
        <Loading what="het dossier" />
      </>
    );
  }
  if (state.state === 'error') {
    return (
      <>
        <Heading level={1}>Cliënt</Heading>
        <ErrorAlert error={state.message} title="Het dossier kan niet worden getoond" />
      </>
    );
  }

  const { client, orders } = state;
  return (
    <>
      <p className="utrecht-pre-heading regie-pre-heading">Cliënt</p>
      <Heading level={1}>
        {client.givenName} {client.familyName}
      </Heading>
      {reason && (
        <Paragraph className="regie-muted">
          U kijkt met als reden: <q>{reason}</q>
        </Paragraph>
      )}
      <div className="regie-columns">
        <Details client={client} />
        <section aria-labelledby="opdrachten-kop" className="regie-section">
          <Heading level={2} id="opdrachten-kop">
            Opdrachten
          </Heading>
          {orders.length === 0 ? (
            <Paragraph>Er zijn geen opdrachten voor deze cliënt.</Paragraph>
          ) : (
            orders.map((o) => <OrderSummary key={o.id} order={o} />)
          )}
        </section>
      </div>
      <section aria-labelledby="journaal-kop" className="regie-section">
        <Heading level={2} id="journaal-kop">
          Journaal
        </Heading>
        {!readOnly && (
          <JournalForm clientId={clientId} orders={orders} onAdded={() => void onJournalAdded()} />
        )}
        <ErrorAlert error={journalError} />
        <Journal entries={journal} />
      </section>
      <WhoLooked entries={audit} error={auditError} />
    </>
  );
}
