import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import { ApiError, messageOf } from '../api/problem';
import type { ClientSummary, User } from '../api/types';
import { ErrorAlert, Loading } from '../components/Alert';
import { DueDate } from '../components/DueDate';
import { TextField } from '../components/Fields';
import { Heading, Paragraph } from '../components/Heading';
import { Link } from '../components/Link';
import { StatusBadge } from '../components/StatusBadge';
import { SimpleTable } from '../components/Table';
import { formatDate, formatNumber } from '../format';
import {
  legalFrameworkLabel,
  orderKindLabel,
  organisationLabel,
  principalLabel,
  principalShort,
  rolesLabel,
  statusLabel,
} from '../labels';
import { reasons } from '../reasons';
import { paths } from '../router';
import { hasRole, useUser } from '../session';
import { useLoad, useTitle } from '../useLoad';
import { usePlaceNames } from '../structure';

function MyCaseload() {
  const [load] = useLoad(() => api.caseload(), []);
  if (load.state === 'loading') return <Loading what="uw caseload" />;
  if (load.state === 'error') return <ErrorAlert error={messageOf(load.error)} />;
  const { items, totalWeight, capacity } = load.data;
  return (
    <>
      <Paragraph lead>
        {items.length === 0
          ? 'Geen lopende opdrachten'
          : items.length === 1
            ? '1 lopende opdracht'
            : `${items.length} lopende opdrachten`}
        {capacity > 0 && (
          <>
            {' '}
            · belasting {formatNumber(totalWeight)} van {formatNumber(capacity)}
          </>
        )}
      </Paragraph>
      {items.length === 0 ? (
        <Paragraph className="regie-muted">Er zijn nu geen opdrachten aan u toegewezen.</Paragraph>
      ) : (
        <SimpleTable
          caption="Opdrachten die aan u zijn toegewezen"
          rowHeader
          headers={['Cliënt', 'Opdracht', 'Opdrachtgever', 'Kader', 'Status', 'Uiterste datum']}
          rows={items.map((o) => ({
            key: o.orderId,
            cells: [
              <Link href={paths.client(o.clientId)}>{o.clientName}</Link>,
              <span className="regie-cell-links">
                <Link href={paths.order(o.orderId)}>{orderKindLabel(o.kind)}</Link>
                {o.kind === 'EM_ADVICE' && <Link href={paths.emAdvice(o.orderId)}>EM-advies</Link>}
              </span>,
              principalShort(o.principal) === principalLabel(o.principal) ? (
                principalLabel(o.principal)
              ) : (
                <abbr title={principalLabel(o.principal)}>{principalShort(o.principal)}</abbr>
              ),
              legalFrameworkLabel(o.legalFramework),
              statusLabel(o.status),
              <DueDate dueDate={o.dueDate} urgent={o.urgent} />,
            ],
          }))}
        />
      )}
    </>
  );
}

function TeamCaseloads() {
  const placeName = usePlaceNames();
  const [load] = useLoad(() => api.caseloads(), []);
  return (
    <section aria-labelledby="team-kop" className="regie-section">
      <Heading level={2} id="team-kop">
        Caseloads
      </Heading>
      {load.state === 'loading' && <Loading what="de caseloads" />}
      {load.state === 'error' && <ErrorAlert error={messageOf(load.error)} />}
      {load.state === 'done' &&
        (load.data.items.length === 0 ? (
          <Paragraph>Er zijn geen medewerkers met casuswerk in uw organisatie.</Paragraph>
        ) : (
          <SimpleTable
            caption="Werkvoorraad per medewerker van uw organisatie"
            rowHeader
            headers={['Medewerker', 'Rol', 'Unit', 'Lopende opdrachten', 'Belasting']}
            rows={load.data.items.map((w) => {
              const pct = w.capacity > 0 ? Math.round((w.totalWeight / w.capacity) * 100) : null;
              return {
                key: w.userId,
                cells: [
                  w.displayName,
                  rolesLabel(w.roles),
                  placeName(w.unitId) || '—',
                  String(w.activeOrders),
                  <span className="regie-load">
                    {pct !== null && (
                      <span className="regie-load__bar" aria-hidden="true">
                        <span
                          className={`regie-load__fill${pct > 100 ? ' regie-load__fill--full' : ''}`}
                          style={{ inlineSize: `${Math.min(pct, 100)}%` }}
                        />
                      </span>
                    )}
                    <span>
                      {formatNumber(w.totalWeight)} van {formatNumber(w.capacity)}
                      {pct !== null && ` (${pct}%)`}
                    </span>
                    {pct !== null && pct > 100 && <StatusBadge status="danger">overbelast</StatusBadge>}
                  </span>,
                ],
              };
            })}
          />
        ))}
    </section>
  );
}

function ClientSearch({ user }: { user: User }) {
  const inspector = hasRole(user, 'inspector');
  const [q, setQ] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ items: ClientSummary[]; total: number } | null>(null);

  async function search(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setFieldErrors({});
    if (inspector && !reason.trim()) {
      setFieldErrors({ reason: 'Geef een reden van inzage op.' });
      return;
    }
    setBusy(true);
    try {
      setResult(await api.searchClients(q.trim(), inspector ? reason.trim() : undefined));
    } catch (err) {
      if (err instanceof ApiError) setFieldErrors(err.fieldErrors);
      setError(messageOf(err));
      setResult(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="zoek-kop" className="regie-section regie-card">
      <Heading level={2} id="zoek-kop">
        Cliënt zoeken
      </Heading>
      <form
        role="search"
        aria-labelledby="zoek-kop"
        onSubmit={search}
        noValidate
        className="regie-form regie-inline-form"
      >
        <TextField id="q" label="Naam" value={q} onChange={setQ} error={fieldErrors.q} type="search" />
        {inspector && (
          <TextField
            id="zoek-reden"
            label="Reden van inzage"
            value={reason}
            onChange={setReason}
            error={fieldErrors.reason}
            required
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          Zoeken
        </Button>
      </form>
      <ErrorAlert error={error} />
      {result && (
        <div aria-live="polite">
          {result.items.length === 0 ? (
            <Paragraph>Geen cliënten gevonden.</Paragraph>
          ) : (
            <SimpleTable
              caption={`${result.total} ${result.total === 1 ? 'cliënt' : 'cliënten'} gevonden`}
              rowHeader
              headers={['Naam', 'Geboortedatum', 'Organisatie']}
              rows={result.items.map((c) => ({
                key: c.id,
                cells: [
                  <Link
                    href={paths.client(c.id)}
                    onClick={() => inspector && reason.trim() && reasons.remember(c.id, reason.trim())}
                  >
                    {c.familyName}, {c.givenName}
                  </Link>,
                  formatDate(c.birthDate),
                  organisationLabel(c.organisation),
                ],
              }))}
            />
          )}
        </div>
      )}
    </section>
  );
}

/** Roles without a caseload of their own land here too: point them straight to their work. */
function Shortcuts({ user }: { user: User }) {
  const links: [string, string][] = [];
  if (hasRole(user, 'intake_officer')) {
    links.push([paths.intake, 'Instroom'], [paths.emRequest, 'Loket EM'], [paths.hearings, 'Schaduwlijst']);
  }
  if (hasRole(user, 'administrator')) {
    links.push([paths.distributionKeys, 'Verdeelsleutels'], [paths.emSignalRules, 'EM-signaalregels']);
  }
  if (links.length === 0) return null;
  return (
    <nav aria-label="Snel naar" className="regie-section">
      <Paragraph>
        Snel naar:{' '}
        {links.map(([href, label], i) => (
          <span key={href}>
            {i > 0 && ' · '}
            <Link href={href}>{label}</Link>
          </span>
        ))}
      </Paragraph>
    </nav>
  );
}

export function CaseloadPage() {
  useTitle('Mijn caseload');
  const user = useUser();
  return (
    <>
      <Heading level={1}>Mijn caseload</Heading>
      {!hasRole(user, 'em_specialist', 'em_coordinator', 'probation_advisor', 'supervisor') && (
        <Shortcuts user={user} />
      )}
      <MyCaseload />
      <ClientSearch user={user} />
      {hasRole(user, 'em_coordinator', 'quality_officer', 'administrator') && <TeamCaseloads />}
    </>
  );
}
