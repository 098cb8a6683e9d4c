import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import { ApiError, messageOf } from '../api/problem';
import type { Order } from '../api/types';
import { ErrorAlert, Loading } from '../components/Alert';
import { AssignmentForm } from '../components/AssignmentForm';
import { AssignmentCandidates } from '../components/order/AssignmentCandidates';
import { EmSignalPanel } from '../components/order/EmSignalPanel';
import { OfficialOrderLink } from '../components/order/OfficialOrderLink';
import { ConditionView } from '../components/ConditionView';
import { DataList } from '../components/DataList';
import { DueDate } from '../components/DueDate';
import { Heading, Paragraph } from '../components/Heading';
import { ButtonLink, Link } from '../components/Link';
import { ReasonForm } from '../components/ReasonForm';
import { StatusBadge } from '../components/StatusBadge';
import { SimpleTable } from '../components/Table';
import { formatDateTime } from '../format';
import {
  legalFrameworkLabel,
  orderKindLabel,
  organisationLabel,
  principalLabel,
  statusLabel,
} from '../labels';
import { reasons } from '../reasons';
import { paths } from '../router';
import { hasRole, useUser } from '../session';
import { useTitle } from '../useLoad';
import { usePlaceNames } from '../structure';

type State =
  | { state: 'loading' }
  | { state: 'reason' }
  | { state: 'error'; message: string }
  | { state: 'done'; order: Order };

const CLOSED = ['COMPLETED', 'CANCELLED'];

export function OrderPage({ orderId }: { orderId: string }) {
  const placeName = usePlaceNames();
  const user = useUser();
  const [reason, setReason] = useState<string | undefined>(() => reasons.forOrder(orderId));
  const [state, setState] = useState<State>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useTitle(
    state.state === 'done' ? `${orderKindLabel(state.order.kind)} – ${state.order.client.name}` : 'Opdracht',
  );

  useEffect(() => {
    let live = true;
    setState((s) => (s.state === 'done' ? s : { state: 'loading' }));
    api.order(orderId, reason).then(
      (order) => {
        if (!live) return;
        if (reason) reasons.remember(order.clientId, reason, [order.id]);
        setState({ state: 'done', order });
      },
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && err.needsReason) setState({ state: 'reason' });
        else setState({ state: 'error', message: messageOf(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [orderId, reason, tick]);

  if (state.state === 'reason') {
    return (
      <>
        <Heading level={1}>Opdracht inzien</Heading>
        <ReasonForm what="deze opdracht" onSubmit={setReason} />
      </>
    );
  }
  if (state.state === 'loading') {
    return (
      <>
        <Heading level={1}>Opdracht</Heading>
        <Loading what="de opdracht" />
      </>
    );
  }
  if (state.state === 'error') {
    return (
      <>
        <Heading level={1}>Opdracht</Heading>
        <ErrorAlert error={state.message} title="De opdracht kan niet worden getoond" />
      </>
    );
  }

  const { order } = state;
  const closed = CLOSED.includes(order.status);
  const canAssign = !closed && hasRole(user, 'em_coordinator', 'administrator', 'intake_officer');
  const showCandidates =
    canAssign &&
    order.organisation !== null &&
    (hasRole(user, 'em_coordinator') ||
      (hasRole(user, 'administrator') && user.organisation.code === order.organisation));
  const adviceWriter =
    hasRole(user, 'em_coordinator') ||
    (hasRole(user, 'probation_advisor') && (!order.assignee || order.assignee.id === user.id));
  const readOnlyRole = user.roles.every((r) => r === 'inspector' || r === 'quality_officer');
  const setOrder = (o: Order) => setState({ state: 'done', order: o });
  return (
    <>
      <p className="utrecht-pre-heading regie-pre-heading">Opdracht</p>
      <Heading level={1}>
        {orderKindLabel(order.kind)} — {order.client.name}
      </Heading>
      <div className="regie-columns">
        <section aria-labelledby="opdracht-gegevens-kop" className="regie-section">
          <Heading level={2} id="opdracht-gegevens-kop">
            Gegevens
          </Heading>
          <DataList
            items={[
              ['Cliënt', <Link href={paths.client(order.clientId)}>{order.client.name}</Link>],
              ['Soort opdracht', orderKindLabel(order.kind)],
              ['Opdrachtgever', principalLabel(order.principal)],
              ['Kader', legalFrameworkLabel(order.legalFramework)],
              ['Delict', order.offence ?? '—'],
              ['Ontvangen', formatDateTime(order.receivedAt)],
              ['Uiterste datum', <DueDate dueDate={order.dueDate} urgent={order.urgent} closed={closed} />],
              ['Spoed', order.urgent ? 'ja' : 'nee'],
              ...(order.provisional ? ([['Voorlopige toezichtsopdracht', 'ja']] as [string, string][]) : []),
              [
                'Status',
                <StatusBadge status={closed ? 'inactive' : 'active'}>
                  {statusLabel(order.status)}
                </StatusBadge>,
              ],
              ['Organisatie', organisationLabel(order.organisation)],
              [
                'Regio en unit',
                [placeName(order.regionId), placeName(order.unitId)].filter(Boolean).join(' / ') || '—',
              ],
              ['Uitvoerder', order.assignee?.displayName ?? 'nog niet toegewezen'],
            ]}
          />
          {order.kind === 'EM_ADVICE' && (
            <p className="utrecht-paragraph regie-advice-link">
              <ButtonLink href={paths.emAdvice(order.id)}>Naar het EM-advies</ButtonLink>
            </p>
          )}
        </section>
        <div>
          {canAssign && (
            <AssignmentForm order={order} user={user} onAssigned={setOrder}>
              {showCandidates && <AssignmentCandidates order={order} onAssigned={setOrder} />}
            </AssignmentForm>
          )}
          <section aria-labelledby="historie-kop" className="regie-section">
            <Heading level={2} id="historie-kop">
              Statusgeschiedenis
            </Heading>
            <SimpleTable
              caption="Statuswijzigingen, oudste eerst"
              className="regie-history-table"
              headers={['Datum', 'Status', 'Door', 'Toelichting']}
              rows={order.statusHistory.map((h, i) => ({
                key: String(i),
                cells: [formatDateTime(h.at), statusLabel(h.status), h.by ?? '—', h.note ?? '—'],
              }))}
            />
          </section>
        </div>
      </div>
      {order.kind === 'ADVICE' && (
        <EmSignalPanel order={order} canWrite={adviceWriter} onCompleted={() => setTick((t) => t + 1)} />
      )}
      {order.provisional && order.kind === 'SUPERVISION' && !closed && !readOnlyRole && (
        <OfficialOrderLink order={order} onLinked={setOrder} />
      )}
      <section aria-labelledby="voorwaarden-kop" className="regie-section">
        <Heading level={2} id="voorwaarden-kop">
          Bijzondere voorwaarden
        </Heading>
        {order.conditions.length === 0 ? (
          <Paragraph>Bij deze opdracht zijn geen bijzondere voorwaarden opgelegd.</Paragraph>
        ) : (
          <div className="regie-condition-grid">
            {order.conditions.map((c) => (
              <div className="regie-card" key={c.id}>
                <ConditionView condition={c} headingLevel={3} />
              </div>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
