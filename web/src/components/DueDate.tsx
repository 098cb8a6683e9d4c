import { formatDate, isOverdue } from '../format';
import { StatusBadge } from './StatusBadge';

/** Due date dd-mm-jjjj, with a red "te laat" badge when it has passed and a "spoed" badge when urgent. */
export function DueDate({
  dueDate,
  urgent,
  closed = false,
}: {
  dueDate: string;
  urgent: boolean;
  closed?: boolean;
}) {
  const late = !closed && isOverdue(dueDate);
  return (
    <span className="regie-due">
      <span className={late ? 'regie-due__date regie-due__date--late' : 'regie-due__date'}>
        {formatDate(dueDate)}
      </span>
      {late && <StatusBadge status="danger">te laat</StatusBadge>}
      {urgent && <StatusBadge status="warning">spoed</StatusBadge>}
    </span>
  );
}
