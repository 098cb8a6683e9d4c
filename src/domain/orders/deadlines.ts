import { deadlineFrom } from '../calendar/index.js';

/**
 * Working days an order of each kind has from receipt. The EM advice term (10 working days) is the
 * national agreement in the inspection report (seed 000, §3.2); an urgent EM advice keeps the same legal
 * term but is flagged and sorted first. Regular advice reports have 15 working days; supervision and
 * community service orders have 10 working days to the intake interview.
 */
export const DUE_WORKING_DAYS: Record<string, number> = {
  EM_ADVICE: 10,
  ADVICE: 15,
  SUPERVISION: 10,
  COMMUNITY_SERVICE: 10,
};

/** The due date (YYYY-MM-DD, Europe/Amsterdam calendar) of an order received at `receivedAt`. */
export function orderDueDate(kind: string, receivedAt: string | Date): string {
  const days = DUE_WORKING_DAYS[kind];
  if (days === undefined) throw new RangeError(`No term is known for order kind ${kind}`);
  return deadlineFrom(receivedAt, days);
}
