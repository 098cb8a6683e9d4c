import type { Order } from '../api/types';
import { formatDateTime } from '../format';
import { legalFrameworkLabel, orderKindLabel, principalLabel, statusLabel } from '../labels';
import { paths } from '../router';
import { ConditionView } from './ConditionView';
import { DueDate } from './DueDate';
import { Heading } from './Heading';
import { Link } from './Link';

const CLOSED = ['COMPLETED', 'CANCELLED'];

/** One order on the client page: the essentials and its special conditions. */
export function OrderSummary({ order }: { order: Order }) {
  const headingId = `opdracht-${order.id}`;
  return (
    <article className="regie-card regie-order" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        <Link href={paths.order(order.id)}>{orderKindLabel(order.kind)}</Link>
      </Heading>
      <dl className="regie-inline-dl">
        <div>
          <dt>Opdrachtgever</dt>
          <dd>{principalLabel(order.principal)}</dd>
        </div>
        <div>
          <dt>Kader</dt>
          <dd>{legalFrameworkLabel(order.legalFramework)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{statusLabel(order.status)}</dd>
        </div>
        <div>
          <dt>Ontvangen</dt>
          <dd>{formatDateTime(order.receivedAt)}</dd>
        </div>
        <div>
          <dt>Uiterste datum</dt>
          <dd>
            <DueDate dueDate={order.dueDate} urgent={order.urgent} closed={CLOSED.includes(order.status)} />
          </dd>
        </div>
        <div>
          <dt>Uitvoerder</dt>
          <dd>{order.assignee?.displayName ?? 'nog niet toegewezen'}</dd>
        </div>
      </dl>
      {order.conditions.length > 0 ? (
        <div className="regie-conditions">
          <Heading level={4} className="regie-subheading">
            Bijzondere voorwaarden
          </Heading>
          {order.conditions.map((c) => (
            <ConditionView key={c.id} condition={c} headingLevel={5} />
          ))}
        </div>
      ) : (
        <p className="utrecht-paragraph regie-muted">Geen bijzondere voorwaarden.</p>
      )}
    </article>
  );
}
