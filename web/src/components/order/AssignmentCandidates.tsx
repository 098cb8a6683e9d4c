import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { messageOf } from '../../api/problem';
import type { Order } from '../../api/types';
import { formatNumber } from '../../format';
import { expertiseLabel } from '../../labels';
import { useLoad } from '../../useLoad';
import { useSubmit } from '../../useSubmit';
import { ErrorAlert, Loading } from '../Alert';
import { FormStatus } from '../FormStatus';
import { Heading } from '../Heading';
import { StatusBadge } from '../StatusBadge';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '../Table';
import { usePlaceNames } from '../../structure';

/**
 * Who could take the order (GET assignment-candidates): caseload against capacity, expertise, whether they
 * wrote an earlier advice for this client, and why; one button per candidate (POST assignment).
 */
export function AssignmentCandidates({
  order,
  onAssigned,
}: {
  order: Order;
  onAssigned: (o: Order) => void;
}) {
  const [load, reload] = useLoad(() => api.assignmentCandidates(order.id), [order.id]);
  const placeName = usePlaceNames();
  const s = useSubmit();
  const [busyId, setBusyId] = useState<string | null>(null);

  async function assign(userId: string, name: string) {
    setBusyId(userId);
    const o = await s.run(
      () => api.assignOrder(order.id, { assigneeId: userId }),
      `De opdracht is toegewezen aan ${name}.`,
    );
    setBusyId(null);
    if (o) {
      onAssigned(o);
      reload();
    }
  }

  return (
    <div className="regie-candidates">
      <Heading level={3}>Kandidaten</Heading>
      <FormStatus saved={s.saved} error={s.error} errorTitle="Toewijzen is niet gelukt" />
      {load.state === 'loading' && <Loading what="de kandidaten" />}
      {load.state === 'error' && <ErrorAlert error={messageOf(load.error)} />}
      {load.state === 'done' && (
        <>
          {load.data.neededExpertise.length > 0 && (
            <p className="utrecht-paragraph regie-muted">
              Gevraagde expertise: {load.data.neededExpertise.map(expertiseLabel).join(', ')} · gewicht van
              deze opdracht {formatNumber(load.data.orderWeight)}
            </p>
          )}
          {load.data.items.length === 0 ? (
            <p className="utrecht-paragraph">
              Er zijn geen medewerkers met de juiste rol in deze organisatie.
            </p>
          ) : (
            <Table className="regie-candidates__table">
              <TableCaption>Best passend eerst</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Medewerker</TableHeaderCell>
                  <TableHeaderCell>Caseload</TableHeaderCell>
                  <TableHeaderCell>Waarom</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="regie-visually-hidden">Actie</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {load.data.items.map((c) => {
                  const current = order.assignee?.id === c.userId;
                  return (
                    <TableRow key={c.userId}>
                      <TableHeaderCell scope="row">
                        {c.displayName}
                        <span className="regie-candidate__badges">
                          {c.wroteEarlierAdvice && (
                            <StatusBadge status="active">schreef eerder advies</StatusBadge>
                          )}
                          {c.matchingExpertise.map((e) => (
                            <StatusBadge key={e} status="safe">
                              {expertiseLabel(e)}
                            </StatusBadge>
                          ))}
                        </span>
                        <span className="regie-candidate__unit">{placeName(c.unitId)}</span>
                      </TableHeaderCell>
                      <TableCell>
                        <span className="regie-nowrap">
                          {formatNumber(c.totalWeight)} van {formatNumber(c.capacity)}
                        </span>
                        <br />
                        {c.hasRoom ? (
                          <span className="regie-muted">ruimte {formatNumber(c.room)}</span>
                        ) : (
                          <StatusBadge status="danger">geen ruimte</StatusBadge>
                        )}
                      </TableCell>
                      <TableCell>{c.why}</TableCell>
                      <TableCell>
                        {current ? (
                          <StatusBadge status="inactive">huidige uitvoerder</StatusBadge>
                        ) : (
                          <Button
                            appearance="secondary-action-button"
                            busy={busyId === c.userId}
                            disabled={busyId !== null}
                            onClick={() => void assign(c.userId, c.displayName)}
                          >
                            Wijs toe<span className="regie-visually-hidden"> aan {c.displayName}</span>
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </div>
  );
}
