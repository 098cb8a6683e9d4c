import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import type { Order } from '../../api/types';
import { formatDate } from '../../format';
import { statusLabel } from '../../labels';
import { useLoad } from '../../useLoad';
import { useSubmit } from '../../useSubmit';
import { SelectField } from '../Fields';
import { FormStatus } from '../FormStatus';
import { Heading, Paragraph } from '../Heading';

const CLOSED = ['COMPLETED', 'CANCELLED'];

/** A provisional supervision order is followed by the official order (POST official-order). */
export function OfficialOrderLink({ order, onLinked }: { order: Order; onLinked: (o: Order) => void }) {
  const [orders] = useLoad(() => api.clientOrders(order.clientId), [order.clientId]);
  const [officialId, setOfficialId] = useState('');
  const s = useSubmit();
  const candidates =
    orders.state === 'done'
      ? orders.data.items.filter(
          (o) =>
            o.id !== order.id && o.kind === 'SUPERVISION' && !o.provisional && !CLOSED.includes(o.status),
        )
      : [];
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!officialId) {
      s.reset();
      s.setFieldErrors({ officialOrderId: 'Kies de officiële opdracht.' });
      return;
    }
    const r = await s.run(() => api.linkOfficialOrder(order.id, officialId));
    if (r) onLinked(r.provisionalOrder);
  }
  return (
    <section aria-labelledby="officieel-kop" className="regie-section regie-card">
      <Heading level={2} id="officieel-kop">
        Officiële opdracht koppelen
      </Heading>
      <Paragraph>
        Dit is een voorlopige toezichtsopdracht. Koppel hem aan de officiële opdracht zodra die binnen is:
        deze opdracht wordt dan afgerond en het werk loopt door in de officiële opdracht.
      </Paragraph>
      <form onSubmit={submit} noValidate className="regie-form">
        <FormStatus saved={null} error={s.error} errorTitle="Koppelen is niet gelukt" />
        <SelectField
          id="officiele-opdracht"
          label="Officiële toezichtsopdracht"
          value={officialId}
          onChange={setOfficialId}
          placeholder={
            candidates.length ? 'Kies een opdracht' : 'Nog geen officiële opdracht voor deze cliënt'
          }
          options={candidates.map((o) => ({
            value: o.id,
            label: `Toezicht — ${statusLabel(o.status)}, ontvangen ${formatDate(o.receivedAt)}`,
          }))}
          error={s.fieldErrors.officialOrderId}
          required
        />
        <div className="utrecht-button-group regie-actions">
          <Button type="submit" appearance="primary-action-button" busy={s.busy}>
            Koppelen
          </Button>
        </div>
      </form>
    </section>
  );
}
